import type { ReactNode } from 'react'
import { type Attributes, cx, inner, toReactAttributes } from './shared.ts'

export type TagProps = {
	text?: string
	html?: string
	children?: ReactNode
	classes?: string
	attributes?: Attributes
}

export function Tag({ text, html, children, classes, attributes }: TagProps) {
	return (
		<strong
			{...toReactAttributes(attributes)}
			className={cx('govuk-tag', classes)}
			{...inner({ children, html, text })}
		/>
	)
}

import type { ReactNode } from 'react'
import { type Attributes, cx, inner, toReactAttributes } from './shared.ts'

export type HintProps = {
	text?: string
	html?: string
	children?: ReactNode
	id?: string
	classes?: string
	attributes?: Attributes
}

export function Hint({ text, html, children, id, classes, attributes }: HintProps) {
	return (
		<div
			{...toReactAttributes(attributes)}
			{...(id ? { id } : {})}
			className={cx('govuk-hint', classes)}
			{...inner({ children, html, text })}
		/>
	)
}

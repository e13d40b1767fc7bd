import type { ReactNode } from 'react'
import { type Attributes, cx, inner, toReactAttributes } from './shared.ts'

export type InsetTextProps = {
	text?: string
	html?: string
	/** The inset text's content (the Nunjucks `caller`). */
	children?: ReactNode
	id?: string
	classes?: string
	attributes?: Attributes
}

export function InsetText({ text, html, children, id, classes, attributes }: InsetTextProps) {
	return (
		<div
			{...toReactAttributes(attributes)}
			{...(id ? { id } : {})}
			className={cx('govuk-inset-text', classes)}
			{...inner({ children, html, text })}
		/>
	)
}

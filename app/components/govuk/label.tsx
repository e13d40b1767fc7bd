import type { ReactNode } from 'react'
import { type Attributes, cx, defined, hasContent, inner, toReactAttributes } from './shared.ts'

export type LabelProps = {
	text?: string
	html?: string
	children?: ReactNode
	/** The id of the form control the label is for (`for` in the Nunjucks macro). */
	for?: string
	isPageHeading?: boolean
	classes?: string
	attributes?: Attributes
}

export function Label({ text, html, children, for: htmlFor, isPageHeading, classes, attributes }: LabelProps) {
	if (!hasContent({ children, html, text })) return null
	const label = (
		<label
			{...toReactAttributes(attributes)}
			className={cx('govuk-label', classes)}
			{...defined({ htmlFor: htmlFor || undefined })}
			{...inner({ children, html, text })}
		/>
	)
	if (isPageHeading) return <h1 className="govuk-label-wrapper">{label}</h1>
	return label
}

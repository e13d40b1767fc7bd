import type { ReactNode } from 'react'
import { type Attributes, cx, defined, inner, toReactAttributes } from './shared.ts'

export type DetailsProps = {
	summaryText?: string
	summaryHtml?: string
	text?: string
	html?: string
	/** The revealed content (the Nunjucks `caller`). */
	children?: ReactNode
	id?: string
	/** Initially expanded. */
	open?: boolean
	classes?: string
	attributes?: Attributes
}

export function Details({
	summaryText,
	summaryHtml,
	text,
	html,
	children,
	id,
	open,
	classes,
	attributes,
}: DetailsProps) {
	return (
		<details
			{...toReactAttributes(attributes)}
			{...(id ? { id } : {})}
			className={cx('govuk-details', classes)}
			{...defined({ open: open || undefined })}
		>
			<summary className="govuk-details__summary">
				<span className="govuk-details__summary-text" {...inner({ html: summaryHtml, text: summaryText })} />
			</summary>
			<div className="govuk-details__text" {...inner({ children, html, text })} />
		</details>
	)
}

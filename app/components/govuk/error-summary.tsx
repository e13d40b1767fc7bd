import type { ReactNode } from 'react'
import { type Attributes, cx, defined, hasContent, inner, toReactAttributes } from './shared.ts'

export type ErrorSummaryItem = {
	/** Usually `#` and the id of the field with the error. Without it the error is plain text. */
	href?: string
	text?: string
	html?: string
	attributes?: Attributes
}

export type ErrorSummaryProps = {
	/** Defaults to nothing; GOV.UK uses "There is a problem". */
	titleText?: string
	titleHtml?: string
	descriptionText?: string
	descriptionHtml?: string
	/** The description, as React content (the Nunjucks `caller`). */
	children?: ReactNode
	errorList?: Array<ErrorSummaryItem | null | undefined | false>
	/** Stops GOV.UK Frontend's JavaScript from focusing the summary on page load. */
	disableAutoFocus?: boolean
	classes?: string
	attributes?: Attributes
}

export function ErrorSummary({
	titleText,
	titleHtml,
	descriptionText,
	descriptionHtml,
	children,
	errorList,
	disableAutoFocus,
	classes,
	attributes,
}: ErrorSummaryProps) {
	const description = { children, html: descriptionHtml, text: descriptionText }
	const errors = (errorList ?? []).filter((item): item is ErrorSummaryItem => Boolean(item))
	return (
		<div
			{...toReactAttributes(attributes)}
			className={cx('govuk-error-summary', classes)}
			{...defined({
				'data-disable-auto-focus': disableAutoFocus === undefined ? undefined : String(disableAutoFocus),
			})}
			data-module="govuk-error-summary"
		>
			{/* role="alert" is on a child so the summary's focusing script and the announcement do not race */}
			<div role="alert">
				<h2 className="govuk-error-summary__title" {...inner({ html: titleHtml, text: titleText })} />
				<div className="govuk-error-summary__body">
					{hasContent(description) ? <p {...inner(description)} /> : null}
					{errors.length ? (
						<ul className="govuk-list govuk-error-summary__list">
							{errors.map((item, index) =>
								item.href ? (
									<li key={index}>
										<a {...toReactAttributes(item.attributes)} href={item.href} {...inner(item)} />
									</li>
								) : (
									<li key={index} {...inner(item)} />
								),
							)}
						</ul>
					) : null}
				</div>
			</div>
		</div>
	)
}

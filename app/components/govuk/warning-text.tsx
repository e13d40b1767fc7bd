import type { ReactNode } from 'react'
import { type Attributes, cx, escapeHtml, toReactAttributes } from './shared.ts'

export type WarningTextProps = {
	text?: string
	html?: string
	/** The warning's content. */
	children?: ReactNode
	/** Read out before the warning; defaults to "Warning". */
	iconFallbackText?: string
	classes?: string
	attributes?: Attributes
}

export function WarningText({ text, html, children, iconFallbackText, classes, attributes }: WarningTextProps) {
	const fallback = iconFallbackText || 'Warning'
	const hasChildren = children !== undefined && children !== null && children !== false
	return (
		<div {...toReactAttributes(attributes)} className={cx('govuk-warning-text', classes)}>
			<span className="govuk-warning-text__icon" aria-hidden="true">
				!
			</span>
			{!hasChildren && html ? (
				// React cannot put raw HTML next to an element, so the fallback text joins the HTML string
				<strong
					className="govuk-warning-text__text"
					dangerouslySetInnerHTML={{
						__html: `<span class="govuk-visually-hidden">${escapeHtml(fallback)}</span> ${html}`,
					}}
				/>
			) : (
				<strong className="govuk-warning-text__text">
					<span className="govuk-visually-hidden">{fallback}</span> {hasChildren ? children : text}
				</strong>
			)}
		</div>
	)
}

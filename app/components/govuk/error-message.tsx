import type { ReactNode } from 'react'
import { type Attributes, cx, escapeHtml, inner, toReactAttributes } from './shared.ts'

export type ErrorMessageProps = {
	text?: string
	html?: string
	children?: ReactNode
	id?: string
	classes?: string
	attributes?: Attributes
	/** Prefix read out before the message; defaults to "Error". Pass an empty string to omit it. */
	visuallyHiddenText?: string
}

export function ErrorMessage({
	text,
	html,
	children,
	id,
	classes,
	attributes,
	visuallyHiddenText = 'Error',
}: ErrorMessageProps) {
	const props = {
		...toReactAttributes(attributes),
		...(id ? { id } : {}),
		className: cx('govuk-error-message', classes),
	}
	const content = inner({ children, html, text })
	if (!visuallyHiddenText) return <p {...props} {...content} />
	if ('dangerouslySetInnerHTML' in content) {
		// React cannot put raw HTML next to an element, so the prefix joins the HTML string
		const prefix = `<span class="govuk-visually-hidden">${escapeHtml(visuallyHiddenText)}:</span> `
		return <p {...props} dangerouslySetInnerHTML={{ __html: prefix + content.dangerouslySetInnerHTML.__html }} />
	}
	return (
		<p {...props}>
			<span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {content.children}
		</p>
	)
}

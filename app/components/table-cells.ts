import { cx, escapeHtml } from './govuk/shared.ts'

/**
 * A link as trusted HTML, for a table cell or summary list value shaped outside JSX. The
 * address and the words are escaped, so text a person typed never becomes markup.
 */
export function linkHtml(href: string, text: string, options: { classes?: string; hiddenText?: string } = {}): string {
	const hidden = options.hiddenText
		? `<span class="govuk-visually-hidden">${escapeHtml(options.hiddenText)}</span>`
		: ''
	return `<a class="${cx('govuk-link', options.classes)}" href="${escapeHtml(href)}">${escapeHtml(text)}${hidden}</a>`
}

/** A GOV.UK tag as trusted HTML, its words escaped. */
export function tagHtml(text: string, classes?: string): string {
	return `<strong class="${cx('govuk-tag', classes)}">${escapeHtml(text)}</strong>`
}

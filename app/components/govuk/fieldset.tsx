import type { ReactNode } from 'react'
import { type Attributes, cx, escapeHtml, htmlOf, inner, toReactAttributes } from './shared.ts'

export type FieldsetLegend = {
	text?: string
	html?: string
	classes?: string
	isPageHeading?: boolean
}

export type FieldsetProps = {
	describedBy?: string
	legend?: FieldsetLegend
	classes?: string
	role?: string
	attributes?: Attributes
	/** Trusted HTML for the fieldset's content, after the legend. */
	html?: string
	/** The fieldset's content, after the legend (the Nunjucks `caller`). */
	children?: ReactNode
}

function legendHtml(legend: FieldsetLegend): string {
	const content = legend.isPageHeading ? `<h1 class="govuk-fieldset__heading">${htmlOf(legend)}</h1>` : htmlOf(legend)
	return `<legend class="${escapeHtml(cx('govuk-fieldset__legend', legend.classes))}">${content}</legend>`
}

export function Fieldset({ describedBy, legend, classes, role, attributes, html, children }: FieldsetProps) {
	const hasLegend = Boolean(legend && (legend.html || legend.text))
	const props = {
		...toReactAttributes(attributes),
		className: cx('govuk-fieldset', classes),
		...(role ? { role } : {}),
		...(describedBy ? { 'aria-describedby': describedBy } : {}),
	}
	const hasChildren = children !== undefined && children !== null && children !== false
	if (!hasChildren && html) {
		// React cannot put raw HTML next to an element, so the legend joins the HTML string
		const legendMarkup = legend && hasLegend ? legendHtml(legend) : ''
		return <fieldset {...props} dangerouslySetInnerHTML={{ __html: legendMarkup + html }} />
	}
	const legendContent = inner(legend)
	const legendClassName = cx('govuk-fieldset__legend', legend?.classes)
	return (
		<fieldset {...props}>
			{hasLegend ? (
				legend?.isPageHeading ? (
					<legend className={legendClassName}>
						<h1 className="govuk-fieldset__heading" {...legendContent} />
					</legend>
				) : (
					<legend className={legendClassName} {...legendContent} />
				)
			) : null}
			{children}
		</fieldset>
	)
}

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { SummaryList, type SummaryListProps } from './summary-list.tsx'

describe('SummaryList', () => {
	it.each(fixtureCases<SummaryListProps>('summary-list'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<SummaryList {...options} />))).toBe(normaliseHtml(html))
	})

	it('takes React children for keys, values and actions', () => {
		const html = renderToStaticMarkup(
			<SummaryList
				rows={[
					{
						key: { text: 'Status' },
						value: { children: <strong className="govuk-tag">Active</strong> },
						actions: { items: [{ href: '/status', children: <>Change</>, visuallyHiddenText: 'status' }] },
					},
					false,
				]}
			/>,
		)
		expect(html).toContain('<dd class="govuk-summary-list__value"><strong class="govuk-tag">Active</strong></dd>')
		expect(html).toContain(
			'<a class="govuk-link" href="/status">Change<span class="govuk-visually-hidden"> status</span></a>',
		)
		expect(html.match(/govuk-summary-list__row/g)).toHaveLength(1)
	})
})

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { SummaryCard, SummaryList, type SummaryListProps } from './summary-list.tsx'

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

	it('is a card that can hold more than its list, with a title of React content', () => {
		const html = renderToStaticMarkup(
			<SummaryCard
				card={{
					title: { text: 'Library cleaning', children: <a href="/contracts/3">Library cleaning</a> },
					actions: { items: [{ href: '/contracts/3/edit', text: 'Change' }] },
					attributes: { id: 'contract-3' },
				}}
			>
				<SummaryList rows={[{ key: { text: 'Reference' }, value: { text: 'LIB/1' } }]} />
				<p>After the list</p>
			</SummaryCard>,
		)
		expect(normaliseHtml(html)).toBe(
			normaliseHtml(
				'<div id="contract-3" class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper">' +
					'<h2 class="govuk-summary-card__title"><a href="/contracts/3">Library cleaning</a></h2>' +
					'<div class="govuk-summary-card__actions"><a class="govuk-link" href="/contracts/3/edit">Change' +
					'<span class="govuk-visually-hidden"> (Library cleaning)</span></a></div></div>' +
					'<div class="govuk-summary-card__content"><dl class="govuk-summary-list"><div class="govuk-summary-list__row">' +
					'<dt class="govuk-summary-list__key">Reference</dt><dd class="govuk-summary-list__value">LIB/1</dd></div></dl>' +
					'<p>After the list</p></div></div>',
			),
		)
	})
})

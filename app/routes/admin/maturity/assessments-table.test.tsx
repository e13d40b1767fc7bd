import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { assessmentsHead, assessmentsRows } from './assessments-table.tsx'

test('each assessment leads to itself and its action plan, and says who started it, when, and how far it got', () => {
	const html = renderToStaticMarkup(
		<Table
			head={assessmentsHead}
			rows={assessmentsRows(
				[{ id: 6, title: 'Baseline & review', assessedOn: '2026-11-15', createdBy: 'Sam Lead', areas: 7 }],
				10,
			)}
		/>,
	)
	expect([...html.matchAll(/<td class="govuk-table__cell">(.*?)<\/td>/g)].map((m) => m[1])).toEqual([
		'<a class="govuk-link" href="/admin/maturity/6">Baseline &amp; review</a><div class="govuk-hint govuk-!-margin-bottom-0">Started by Sam Lead</div>',
		'15 November 2026',
		'7 of 10',
		'<a class="govuk-link" href="/admin/maturity/6/plan">Action plan<span class="govuk-visually-hidden"> for Baseline &amp; review</span></a>',
	])
	expect(html).toContain(
		'<th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action plan</span></th>',
	)
})

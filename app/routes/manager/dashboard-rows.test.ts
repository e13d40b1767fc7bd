import { expect, test } from 'vitest'
import { dashboardSummaryRows, overTimeRows, strugglingRows } from './dashboard-rows.ts'

test('the summary gives committed, delivered with its share, and the returns, linking to those to review', () => {
	const rows = dashboardSummaryRows(
		{ committedPence: 200_00, deliveredPence: 50_00 },
		{ due: 2, overdue: 1, awaitingReview: 3 },
	)
	expect(rows.map((row) => row.key.text)).toEqual(['Social value committed', 'Social value delivered', 'Returns'])
	expect(rows[0]?.value).toEqual({ text: '£200.00' })
	expect(rows[1]?.value).toEqual({ text: '£50.00 (25% of committed)' })
	expect(rows[2]?.value).toEqual({
		html: '2 ready to file, 1 overdue, <a class="govuk-link" href="/manage/returns">3 waiting for review</a>',
	})
})

test('a contract behind its milestones names its supplier, links to it and shows the commitment furthest behind', () => {
	const [row] = strugglingRows([
		{
			contractId: 4,
			contract: 'PK/2026/011 · Parks',
			supplier: 'Brightstart <CIC>',
			red: 2,
			amber: 1,
			furthest: { commitment: 'JOB-2: Hours', rag: 'red', progressBasisPoints: 2_500 },
		},
	])
	expect(row).toEqual([
		{
			html: 'Brightstart &lt;CIC&gt;<br><a class="govuk-link govuk-body-s" href="/contracts/4">PK/2026/011 · Parks</a>',
		},
		{ text: 2, format: 'numeric' },
		{ text: 1, format: 'numeric' },
		{ html: 'JOB-2: Hours <span>25% <strong class="govuk-tag govuk-tag--red">Red</strong></span>' },
	])
})

test('delivery over time reads in pounds by month', () => {
	expect(overTimeRows([{ label: 'Sep 2027', pence: 1_234_56 }])).toEqual([
		[{ text: 'Sep 2027' }, { text: '£1,234.56', format: 'numeric' }],
	])
})

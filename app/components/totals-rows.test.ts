import { expect, test } from 'vitest'
import { shareOf, totalsHead, totalsRows } from './totals-rows.ts'

test('delivered as a share of committed reads in whole percentages', () => {
	expect(shareOf(408_16, 100_00)).toBe('408%')
	expect(shareOf(42_50, 100_00)).toBe('43%')
	expect(shareOf(5_00, 0)).toBe('–')
})

test('each row gives committed, delivered and the share, right-aligned, under a head naming the rows', () => {
	expect(totalsHead('Theme').map((cell) => cell.text)).toEqual([
		'Theme',
		'Committed',
		'Delivered',
		'Delivered of committed',
	])
	const rows = totalsRows([{ key: 'jobs', label: 'Jobs', committedPence: 200_00, deliveredPence: 50_00 }])
	expect(rows).toEqual([
		[
			{ text: 'Jobs' },
			{ text: '£200.00', format: 'numeric' },
			{ text: '£50.00', format: 'numeric' },
			{ text: '25%', format: 'numeric' },
		],
	])
})

test('a row can link to what it totals, its name escaped', () => {
	const [row] = totalsRows(
		[{ key: '7', label: 'PK/1 · Parks & <gardens>', committedPence: 0, deliveredPence: 0 }],
		(r) => `/contracts/${r.key}`,
	)
	expect(row?.[0]).toEqual({ html: '<a class="govuk-link" href="/contracts/7">PK/1 · Parks &amp; &lt;gardens&gt;</a>' })
	expect(row?.[3]).toEqual({ text: '–', format: 'numeric' })
})

test('a row whose figures its reader may not see says so in each figure’s place, with no number', () => {
	const [row] = totalsRows([{ key: '7', label: 'PK/1 · Parks', committedPence: null, deliveredPence: null }])
	expect(row?.slice(1)).toEqual([
		{ text: 'Not published', format: 'numeric' },
		{ text: 'Not published', format: 'numeric' },
		{ text: 'Not published', format: 'numeric' },
	])
})

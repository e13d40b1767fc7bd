import { expect, test } from 'vitest'
import { comparisonRows } from './tender-matrices-rows.ts'

test('each matrix links to its review and reads its value, share and scores', () => {
	expect(
		comparisonRows([
			{
				id: 5,
				status: 'approved',
				organisation: 'Rival & Co',
				totalPence: 20_200_00,
				percent: 404,
				quantityScore: 100,
				qualityScore: 80,
				socialValueScore: 9,
			},
		]),
	).toEqual([
		[
			{ html: '<a class="govuk-link" href="/manage/matrices/5">Rival &amp; Co</a>' },
			{ text: 'Approved' },
			{ text: '£20,200.00', format: 'numeric' },
			{ text: '4.04%', format: 'numeric' },
			{ text: 100, format: 'numeric' },
			{ text: 80, format: 'numeric' },
			{ text: 9, format: 'numeric' },
		],
	])
})

test('a matrix not yet scored for quality has no social value score', () => {
	const [row] = comparisonRows([
		{
			id: 6,
			status: 'submitted',
			organisation: 'Reviewed Ltd',
			totalPence: 0,
			percent: null,
			quantityScore: 0,
			qualityScore: null,
			socialValueScore: null,
		},
	])
	expect(row?.slice(3).map((cell) => cell.text)).toEqual(['', 0, 'Not scored', '–'])
})

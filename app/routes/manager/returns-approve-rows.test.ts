import { expect, test } from 'vitest'
import { chosenReturnsRows, notApprovedRows } from './returns-approve-rows.ts'

const item = {
	id: 12,
	version: 3,
	contractReference: 'PK/2026/011',
	contractTitle: 'Parks & gardens',
	organisationName: 'Brightstart CIC',
	periodLabel: 'H1 2025/26',
	submittedAt: Date.UTC(2025, 10, 3, 14, 30),
}

test('a return to approve shows its contract, supplier, period and when it was submitted', () => {
	expect(chosenReturnsRows([item])).toEqual([
		[
			{ text: 'PK/2026/011 Parks & gardens' },
			{ text: 'Brightstart CIC' },
			{ text: 'H1 2025/26' },
			{ text: '3 November 2025 at 2:30pm' },
		],
	])
})

test('a return not approved links to its own page and says why', () => {
	expect(notApprovedRows([{ ...item, reason: '1 line behind plan' }])).toEqual([
		[
			{
				html: '<a class="govuk-link" href="/manage/returns/12">PK/2026/011 Parks &amp; gardens: H1 2025/26</a>',
			},
			{ text: 'Brightstart CIC' },
			{ text: '1 line behind plan' },
		],
	])
})

import { expect, test } from 'vitest'
import { type QueuedForApproval, approvableItems, returnsQueueRows } from './returns-rows.ts'

const item: QueuedForApproval = {
	id: 9,
	version: 4,
	submittedAt: Date.UTC(2025, 10, 3, 14, 30),
	late: false,
	nil: false,
	periodLabel: 'H1 2025/26',
	dueDate: '2025-10-31',
	contractReference: 'PK/2026/011',
	contractTitle: 'Parks & gardens',
	organisationName: 'Brightstart CIC',
	blockers: [],
}

test('a return to review links to it, with its contract, supplier, when it came in, when it was due, and that it can be approved with others', () => {
	expect(returnsQueueRows([item])).toEqual([
		[
			{
				html: '<a class="govuk-link" href="/manage/returns/9">Parks &amp; gardens: H1 2025/26</a><br><span class="govuk-body-s">PK/2026/011</span>',
			},
			{ text: 'Brightstart CIC' },
			{ html: '3 November 2025 at 2:30pm' },
			{ text: '31 October 2025' },
			{ text: 'Yes' },
		],
	])
})

test('a return that cannot be approved with others says why, and has no checkbox', () => {
	const blocked = { ...item, id: 10, blockers: ['2 lines behind plan', 'Evidence missing on 1 line'] }
	expect(returnsQueueRows([blocked])[0]?.[4]).toEqual({ text: '2 lines behind plan and evidence missing on 1 line' })
	expect(approvableItems([item, blocked])).toEqual([
		{
			value: '9:4',
			text: 'Parks & gardens: H1 2025/26',
			hint: { text: 'PK/2026/011, Brightstart CIC, submitted 3 November 2025 at 2:30pm' },
		},
	])
})

test('a nil or late return is tagged so', () => {
	const [row] = returnsQueueRows([{ ...item, nil: true, late: true }])
	expect(row?.[0]?.html).toMatch(/ <strong class="govuk-tag govuk-tag--grey">Nil return<\/strong>$/)
	expect(row?.[2]?.html).toBe('3 November 2025 at 2:30pm <strong class="govuk-tag govuk-tag--red">Late</strong>')
})

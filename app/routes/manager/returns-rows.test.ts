import { expect, test } from 'vitest'
import { type QueuedReturn, returnsQueueRows } from './returns-rows.ts'

const item: QueuedReturn = {
	id: 9,
	submittedAt: Date.UTC(2025, 10, 3, 14, 30),
	late: false,
	nil: false,
	periodLabel: 'H1 2025/26',
	dueDate: '2025-10-31',
	contractReference: 'PK/2026/011',
	contractTitle: 'Parks & gardens',
	organisationName: 'Brightstart CIC',
}

test('a return to review links to it, with its contract, supplier, when it came in and when it was due', () => {
	expect(returnsQueueRows([item])).toEqual([
		[
			{
				html: '<a class="govuk-link" href="/manage/returns/9">Parks &amp; gardens: H1 2025/26</a><br><span class="govuk-body-s">PK/2026/011</span>',
			},
			{ text: 'Brightstart CIC' },
			{ html: '3 November 2025 at 2:30pm' },
			{ text: '31 October 2025' },
		],
	])
})

test('a nil or late return is tagged so', () => {
	const [row] = returnsQueueRows([{ ...item, nil: true, late: true }])
	expect(row?.[0]?.html).toMatch(/ <strong class="govuk-tag govuk-tag--grey">Nil return<\/strong>$/)
	expect(row?.[2]?.html).toBe('3 November 2025 at 2:30pm <strong class="govuk-tag govuk-tag--red">Late</strong>')
})

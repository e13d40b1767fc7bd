import { expect, test } from 'vitest'
import {
	awardsRows,
	glanceRows,
	matricesToReviewRows,
	overdueReturnsRows,
	returnsToReviewRows,
	setUpChecklist,
	tendersToEvaluateRows,
	waitingInWords,
} from './home-rows.ts'

// 1 June 2028, 9am in London (British Summer Time).
const now = Date.parse('2028-06-01T08:00:00Z')

test('how long something has waited is counted in UK calendar days', () => {
	expect(waitingInWords(Date.parse('2028-06-01T07:00:00Z'), now)).toBe('Waiting since today')
	// 11.30pm on 31 May in UTC is already 1 June in London.
	expect(waitingInWords(Date.parse('2028-05-31T23:30:00Z'), now)).toBe('Waiting since today')
	expect(waitingInWords(Date.parse('2028-05-31T22:30:00Z'), now)).toBe('Waiting 1 day')
	expect(waitingInWords(Date.parse('2028-05-20T12:00:00Z'), now)).toBe('Waiting 12 days')
})

test('a return waiting for review links to its review and says how long it has waited', () => {
	const [row] = returnsToReviewRows(
		[
			{
				id: 7,
				submittedAt: Date.parse('2028-05-29T10:00:00Z'),
				late: false,
				nil: false,
				periodLabel: 'H2 2027/28',
				dueDate: '2028-04-30',
				contractReference: 'C/1',
				contractTitle: 'Library <cleaning>',
				organisationName: 'Sparkle Ltd',
			},
		],
		now,
	)
	expect(row![0]!.html).toContain('href="/manage/returns/7"')
	expect(row![0]!.html).toContain('Library &lt;cleaning&gt;: H2 2027/28')
	expect(row![1]).toEqual({ text: 'Sparkle Ltd' })
	expect(row![2]).toEqual({ text: 'Waiting 3 days' })
})

test('a matrix waiting for a decision links to its review, with its status', () => {
	const [row] = matricesToReviewRows(
		[
			{
				id: 4,
				organisation: 'Sparkle Ltd',
				tenderReference: 'T/1',
				tenderTitle: 'Library cleaning',
				status: 'resubmitted',
				since: Date.parse('2028-05-31T10:00:00Z'),
			},
		],
		now,
	)
	expect(row![0]!.html).toContain('href="/manage/matrices/4"')
	expect(row![1]!.html).toContain('Resubmitted')
	expect(row![2]).toEqual({ text: 'Waiting 1 day' })
})

test('an overdue return links to its contract and says how many days late it is', () => {
	const [row] = overdueReturnsRows(
		[
			{
				periodId: 1,
				contractId: 9,
				reference: 'C/9',
				title: 'Parks',
				organisation: 'Green Ltd',
				period: 'H2 2027/28',
				dueDate: '2028-04-30',
			},
		],
		now,
	)
	expect(row![0]!.html).toContain('href="/contracts/9"')
	expect(row![2]!.html).toContain('30 April 2028')
	expect(row![2]!.html).toContain('32 days late')
})

test('a tender ready to evaluate links to its bids', () => {
	const [row] = tendersToEvaluateRows([
		{ id: 3, reference: 'T/3', title: 'Roads', deadlineAt: Date.parse('2028-05-01T11:00:00Z'), bids: 2 },
	])
	expect(row![0]!.html).toContain('href="/manage/tenders/3/matrices"')
	expect(row![1]).toEqual({ text: '1 May 2028 at midday' })
	expect(row![2]).toEqual({ text: 2, format: 'numeric' })
})

test('an award to make goes straight to the one approved bid, or to the tender’s bids to choose between several', () => {
	const since = Date.parse('2028-05-02T09:00:00Z')
	const [one, several] = awardsRows([
		{ tenderId: 3, reference: 'T/3', title: 'Roads', approved: 1, matrixId: 8, since },
		{ tenderId: 5, reference: 'T/5', title: 'Bins', approved: 2, matrixId: 11, since },
	])
	expect(one![0]!.html).toContain('href="/manage/matrices/8/award"')
	expect(one![0]!.html).toContain('approved 2 May 2028')
	expect(several![0]!.html).toContain('href="/manage/tenders/5/matrices"')
})

test('contracts at a glance: committed against delivered, returns, and commitments by RAG', () => {
	const rows = glanceRows(
		{
			contracts: 2,
			committedPence: 1_000_00,
			deliveredPence: 250_00,
			rag: { red: 1, amber: 2, green: 3, not_due: 4 },
		},
		{ due: 1, overdue: 2, awaitingReview: 3 },
	)
	expect(rows.map((row) => [row.key.text, row.value.text ?? row.value.html])).toEqual([
		['Contracts', '2'],
		['Social value committed', '£1,000.00'],
		['Social value delivered', '£250.00 (25% of committed)'],
		['Returns', expect.stringContaining('2 overdue')],
		['Commitments', '1 red, 2 amber, 3 green, 4 with nothing due yet'],
	])
})

const nothingSetUp = {
	settingsSaved: false,
	publishedEditions: 0,
	priorities: 0,
	contractManagers: 0,
	smtpConfigured: false,
	reminderIntervalMinutes: 0,
	lastReminderRun: null,
}
const checkedAt = Date.parse('2027-04-20T09:00:00+01:00')

test('the set-up checklist: every step links to where it is done, and is complete once done', () => {
	const todo = setUpChecklist(nothingSetUp, checkedAt)
	expect(todo.map((item) => [item.title.text, item.href])).toEqual([
		['Save the council’s name and settings', '/admin/settings'],
		['Publish a TOMs edition', '/admin/toms'],
		['Set the council’s priorities', '/admin/priorities'],
		['Invite contract managers', '/admin/users/invite'],
		['Configure email', '/admin/outbox'],
		['Run the reminders', '/admin/settings'],
	])
	expect(todo.every((item) => item.status.tag?.text === 'Incomplete')).toBe(true)
	expect(todo[4]!.hint!.text).toContain('SMTP_URL is not set')
	expect(todo[5]!.hint!.text).toContain('REMINDER_INTERVAL_MINUTES is 0')

	const done = setUpChecklist(
		{
			settingsSaved: true,
			publishedEditions: 1,
			priorities: 3,
			contractManagers: 2,
			smtpConfigured: true,
			reminderIntervalMinutes: 5,
			lastReminderRun: { at: Date.parse('2027-04-20T08:55:00+01:00'), emailsQueued: 3 },
		},
		checkedAt,
	)
	expect(done.map((item) => item.status)).toEqual(Array(6).fill({ text: 'Completed' }))
	expect(done.map((item) => item.hint?.text)).toEqual([
		undefined,
		'1 edition published',
		'3 priorities set',
		'2 contract managers invited',
		'Email is sent through the SMTP server in SMTP_URL.',
		'Reminders run every 5 minutes; the days before a due date they are sent are in the settings. They last ran on 20 April 2027 at 8:55am.',
	])
	expect(todo[5]!.hint!.text).toContain('They have not run yet.')
})

test('reminders run by a scheduled job count as running while they ran in the last two days', () => {
	const ranAt = (iso: string) => ({ ...nothingSetUp, lastReminderRun: { at: Date.parse(iso), emailsQueued: 0 } })
	const step = (iso: string) => setUpChecklist(ranAt(iso), checkedAt)[5]!
	expect(step('2027-04-19T09:00:00+01:00').status).toEqual({ text: 'Completed' })
	expect(step('2027-04-19T09:00:00+01:00').hint!.text).toBe(
		'Reminders are run by a scheduled job (npm run reminders). They last ran on 19 April 2027 at 9:00am.',
	)
	expect(step('2027-04-17T09:00:00+01:00').status.tag?.text).toBe('Incomplete')
	expect(step('2027-04-17T09:00:00+01:00').hint!.text).toContain('They last ran on 17 April 2027 at 9:00am.')
})

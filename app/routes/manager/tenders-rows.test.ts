import { expect, test } from 'vitest'
import { type ListedTender, tendersHead, tendersRows } from './tenders-rows.ts'

const tender: ListedTender = {
	id: 3,
	reference: 'LIB/2027/003',
	title: 'Library <cleaning>',
	deadlineAt: Date.UTC(2027, 2, 1, 12),
	estimatedValuePence: 480_000_00,
	managerName: 'Priya Patel',
	state: 'open',
}

test('each tender links to its page, with its reference, value, deadline and state', () => {
	expect(tendersRows([tender], false)).toEqual([
		[
			{
				html: '<a class="govuk-link" href="/manage/tenders/3">Library &lt;cleaning&gt;</a><div class="govuk-hint govuk-!-margin-bottom-0">LIB/2027/003</div>',
			},
			{ text: '£480,000.00', format: 'numeric' },
			{ text: '1 March 2027 at midday' },
			{ html: '<strong class="govuk-tag govuk-tag--green">Open for bids</strong>' },
		],
	])
	expect(tendersHead(false).map((cell) => cell.text)).toEqual(['Tender', 'Value', 'Deadline', 'Status'])
})

test('the social value lead also sees each tender’s contract manager', () => {
	expect(tendersHead(true).at(-1)).toEqual({ text: 'Contract manager' })
	expect(tendersRows([{ ...tender, state: 'cancelled' }], true)[0]?.slice(3)).toEqual([
		{ html: '<strong class="govuk-tag govuk-tag--red">Cancelled</strong>' },
		{ text: 'Priya Patel' },
	])
})

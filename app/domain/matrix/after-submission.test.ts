import { expect, test } from 'vitest'
import { afterSubmission } from './after-submission.ts'

const deadlineAt = Date.UTC(2027, 4, 14, 11)
const published = { status: 'published' as const, deadlineAt }

test('submitted before the deadline: sealed, and it can be withdrawn until then', () => {
	expect(afterSubmission({ status: 'submitted' }, published, deadlineAt - 1)).toEqual([
		'Bids are sealed until the deadline, 14 May 2027 at midday. Until then you can withdraw your matrix to change it and submit it again.',
		'After the deadline the council evaluates the bids and tells you its decision.',
	])
})

test('submitted, seen once the deadline has passed: it can no longer be withdrawn', () => {
	expect(afterSubmission({ status: 'submitted' }, published, deadlineAt)).toEqual([
		'The deadline, 14 May 2027 at midday, has passed, so you can no longer withdraw or change your matrix.',
		'The council is evaluating the bids and will tell you its decision.',
	])
})

test('resubmitted after a request for changes: no word of sealing or withdrawing', () => {
	const text = afterSubmission({ status: 'resubmitted' }, published, deadlineAt + 20 * 86_400_000)
	expect(text).toEqual([
		'The council will look at your matrix again with the changes you made, and tell you its decision.',
		'The deadline for bids has passed, so you cannot withdraw your matrix. You can change it again only if the council asks for more changes.',
	])
	expect(text.join(' ')).not.toMatch(/sealed|can withdraw/)
})

test('a cancelled tender: nothing will be evaluated', () => {
	for (const status of ['submitted', 'resubmitted'] as const) {
		expect(afterSubmission({ status }, { status: 'cancelled', deadlineAt }, deadlineAt - 1)).toEqual([
			'The council has cancelled this tender, so it will not evaluate the bids or award a contract from them.',
		])
	}
})

import { expect, test } from 'vitest'
import { readOnlyReason } from './read-only-reason.ts'

const deadlineAt = Date.UTC(2027, 4, 14, 11)
const tender = { deadlineAt }
const before = deadlineAt - 1
const after = deadlineAt + 1

test('nothing to explain while the supplier may edit', () => {
	expect(readOnlyReason({ status: 'draft', clarificationDueAt: null }, tender, before)).toBeNull()
	expect(readOnlyReason({ status: 'changes_requested', clarificationDueAt: after + 1 }, tender, after)).toBeNull()
})

test('a draft after the deadline', () => {
	expect(readOnlyReason({ status: 'draft', clarificationDueAt: null }, tender, deadlineAt)).toBe(
		'The deadline for this tender has passed, so this matrix can no longer be changed or submitted.',
	)
})

test('submitted: withdraw it to change it before the deadline; not after', () => {
	expect(readOnlyReason({ status: 'submitted', clarificationDueAt: null }, tender, before)).toBe(
		'Your organisation has submitted this matrix. To change it, withdraw it from your matrix page before the deadline, 14 May 2027 at midday, and submit it again.',
	)
	expect(readOnlyReason({ status: 'submitted', clarificationDueAt: null }, tender, after)).toBe(
		'Your organisation has submitted this matrix and the deadline has passed, so it cannot be changed.',
	)
})

test('under evaluation, after the time for changes, and decided', () => {
	expect(readOnlyReason({ status: 'under_review', clarificationDueAt: null }, tender, after)).toBe(
		'The council is evaluating this matrix, so it cannot be changed unless the council asks for changes.',
	)
	expect(readOnlyReason({ status: 'resubmitted', clarificationDueAt: null }, tender, after)).toBe(
		'The council is evaluating this matrix, so it cannot be changed unless the council asks for changes.',
	)
	expect(readOnlyReason({ status: 'changes_requested', clarificationDueAt: after }, tender, after)).toBe(
		'The time for changes has ended, so this matrix cannot be changed. The council will decide on it as you last submitted it.',
	)
	for (const status of ['approved', 'rejected', 'awarded', 'not_awarded'] as const) {
		expect(readOnlyReason({ status, clarificationDueAt: null }, tender, after)).toBe(
			'The council has decided on this matrix, so it cannot be changed.',
		)
	}
})

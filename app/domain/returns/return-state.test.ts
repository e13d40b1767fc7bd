import { describe, expect, test } from 'vitest'
import { periodEndedAt as periodEnd } from './periods.ts'
import {
	countsAsDelivered,
	isLate,
	returnStatuses,
	returnStatusLabels,
	returnStatusTagClasses,
	supplierCanEditReturn,
	transition,
	type Actor,
	type ReturnEvent,
	type ReturnStatus,
} from './return-state.ts'

// H1 2026/27 ends on 30 September 2026: midnight UK time (summer time) is 23:00 UTC.
const periodEndedAt = periodEnd('2026-09-30')
const during = periodEndedAt - 1
const ended = periodEndedAt

const events: ReturnEvent[] = ['submit', 'approve', 'return', 'reopen']
const actors: Actor[] = ['supplier', 'council']

const legal: Array<[ReturnStatus, ReturnEvent, Actor, ReturnStatus]> = [
	['draft', 'submit', 'supplier', 'submitted'],
	['returned', 'submit', 'supplier', 'submitted'],
	['submitted', 'approve', 'council', 'approved'],
	['submitted', 'return', 'council', 'returned'],
	['approved', 'reopen', 'council', 'returned'],
]

describe('legal transitions', () => {
	test.each(legal)('%s --%s (%s)--> %s', (from, event, actor, to) => {
		expect(transition(from, event, { actor, now: ended, periodEndedAt })).toEqual({ ok: true, to })
	})

	test('a late submission is still a submission', () => {
		const wellAfter = periodEndedAt + 365 * 86_400_000
		expect(transition('draft', 'submit', { actor: 'supplier', now: wellAfter, periodEndedAt })).toEqual({
			ok: true,
			to: 'submitted',
		})
	})

	test('council decisions do not depend on the period clock', () => {
		for (const [from, event, actor, to] of legal.filter(([, , a]) => a === 'council')) {
			expect(transition(from, event, { actor, now: during, periodEndedAt })).toEqual({ ok: true, to })
		}
	})
})

describe('every other combination is refused', () => {
	const refused: Array<[ReturnStatus, ReturnEvent, Actor]> = []
	for (const status of returnStatuses) {
		for (const event of events) {
			for (const actor of actors) {
				if (!legal.some(([f, e, a]) => f === status && e === event && a === actor)) refused.push([status, event, actor])
			}
		}
	}

	test('there are 27 of them', () => {
		expect(refused).toHaveLength(returnStatuses.length * events.length * actors.length - legal.length)
	})

	test.each(refused)('%s --%s (%s)', (status, event, actor) => {
		for (const now of [during, ended]) {
			const result = transition(status, event, { actor, now, periodEndedAt })
			expect(result.ok).toBe(false)
		}
	})

	test('the wrong person is told they cannot do it', () => {
		expect(transition('submitted', 'approve', { actor: 'supplier', now: ended, periodEndedAt })).toEqual({
			ok: false,
			reason: 'You cannot do that to this return',
		})
		expect(transition('draft', 'submit', { actor: 'council', now: ended, periodEndedAt })).toEqual({
			ok: false,
			reason: 'You cannot do that to this return',
		})
	})

	test('the wrong status says what the return is', () => {
		expect(transition('approved', 'approve', { actor: 'council', now: ended, periodEndedAt })).toEqual({
			ok: false,
			reason: 'A return that is approved cannot be changed that way',
		})
		expect(transition('submitted', 'submit', { actor: 'supplier', now: ended, periodEndedAt })).toEqual({
			ok: false,
			reason: 'A return that is submitted cannot be changed that way',
		})
		expect(transition('returned', 'reopen', { actor: 'council', now: ended, periodEndedAt })).toEqual({
			ok: false,
			reason: 'A return that is returned cannot be changed that way',
		})
	})
})

describe('a return can be submitted only once its period has ended', () => {
	test('with the clock moved to either side of midnight', () => {
		expect(transition('draft', 'submit', { actor: 'supplier', now: during, periodEndedAt })).toEqual({
			ok: false,
			reason: 'You can submit this return from 1 October 2026, once the period has ended',
		})
		expect(transition('draft', 'submit', { actor: 'supplier', now: ended, periodEndedAt }).ok).toBe(true)
		expect(transition('draft', 'submit', { actor: 'supplier', now: Date.UTC(2026, 8, 30, 12), periodEndedAt }).ok).toBe(
			false,
		)
		expect(transition('draft', 'submit', { actor: 'supplier', now: Date.UTC(2026, 9, 1, 9), periodEndedAt }).ok).toBe(
			true,
		)
	})

	test('a draft may still be edited while the period runs', () => {
		expect(supplierCanEditReturn('draft')).toBe(true)
	})
})

describe('late returns', () => {
	// Due 30 October 2026, which is after the clocks go back: late from midnight GMT.
	const dueAt = Date.UTC(2026, 9, 31)

	test('on time up to the end of the due date, late from then', () => {
		expect(isLate(Date.UTC(2026, 9, 30, 23, 59, 59, 999), dueAt)).toBe(false)
		expect(isLate(dueAt - 30 * 86_400_000, dueAt)).toBe(false)
		expect(isLate(dueAt, dueAt)).toBe(true)
		expect(isLate(dueAt + 7 * 86_400_000, dueAt)).toBe(true)
	})
})

test('the supplier edits drafts and returned returns only', () => {
	expect(returnStatuses.filter(supplierCanEditReturn)).toEqual(['draft', 'returned'])
})

test('only approved returns count as delivered', () => {
	expect(returnStatuses.filter(countsAsDelivered)).toEqual(['approved'])
})

test('every status has a label and a tag colour', () => {
	expect(returnStatusLabels).toEqual({
		draft: 'Draft',
		submitted: 'Submitted',
		returned: 'Returned',
		approved: 'Approved',
	})
	for (const status of returnStatuses) expect(returnStatusTagClasses[status]).toMatch(/^govuk-tag--/)
})

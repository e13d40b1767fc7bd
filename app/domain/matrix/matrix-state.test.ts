import { describe, expect, test } from 'vitest'
import {
	councilCanReadContent,
	matrixStatuses,
	supplierCanEdit,
	transition,
	type MatrixEvent,
	type MatrixStatus,
} from './matrix-state.ts'

const deadlineAt = Date.UTC(2027, 1, 1, 12)
const before = deadlineAt - 1
const after = deadlineAt

const legal: Array<[MatrixStatus, MatrixEvent, 'supplier' | 'council', number, MatrixStatus]> = [
	['draft', 'submit', 'supplier', before, 'submitted'],
	['submitted', 'withdraw', 'supplier', before, 'draft'],
	['submitted', 'start_review', 'council', after, 'under_review'],
	['under_review', 'request_changes', 'council', after, 'changes_requested'],
	['changes_requested', 'resubmit', 'supplier', after, 'resubmitted'],
	['resubmitted', 'request_changes', 'council', after, 'changes_requested'],
	['changes_requested', 'request_changes', 'council', after, 'changes_requested'],
	['resubmitted', 'approve', 'council', after, 'approved'],
	['under_review', 'approve', 'council', after, 'approved'],
	['under_review', 'reject', 'council', after, 'rejected'],
	['resubmitted', 'reject', 'council', after, 'rejected'],
	['approved', 'award', 'council', after, 'awarded'],
	['approved', 'not_award', 'council', after, 'not_awarded'],
	['draft', 'record', 'council', before, 'awarded'],
	['draft', 'record', 'council', after, 'awarded'],
]

describe('legal transitions', () => {
	test.each(legal)('%s --%s (%s)--> %s', (from, event, actor, now, to) => {
		expect(transition(from, event, { actor, now, deadlineAt })).toEqual({ ok: true, to })
	})
})

describe('every other transition is refused', () => {
	const events: MatrixEvent[] = [
		'submit',
		'withdraw',
		'start_review',
		'request_changes',
		'resubmit',
		'approve',
		'reject',
		'award',
		'not_award',
		'record',
	]
	const cases: Array<[MatrixStatus, MatrixEvent, 'supplier' | 'council', number]> = []
	for (const status of matrixStatuses) {
		for (const event of events) {
			for (const actor of ['supplier', 'council'] as const) {
				for (const now of [before, after]) {
					const isLegal = legal.some(([f, e, a, n]) => f === status && e === event && a === actor && n === now)
					const alsoLegal =
						event === 'not_award' &&
						actor === 'council' &&
						now === after &&
						['under_review', 'resubmitted', 'changes_requested', 'submitted'].includes(status)
					const resubmitBefore = status === 'changes_requested' && event === 'resubmit' && actor === 'supplier'
					if (!isLegal && !alsoLegal && !resubmitBefore) cases.push([status, event, actor, now])
				}
			}
		}
	}
	test(`${cases.length} illegal combinations`, () => {
		for (const [status, event, actor, now] of cases) {
			expect(
				transition(status, event, { actor, now, deadlineAt }).ok,
				`${status} ${event} ${actor} ${now === before ? 'before' : 'after'}`,
			).toBe(false)
		}
	})
})

test('the deadline is enforced with a moved clock', () => {
	expect(transition('draft', 'submit', { actor: 'supplier', now: deadlineAt, deadlineAt })).toEqual({
		ok: false,
		reason: 'The deadline for this tender has passed',
	})
	expect(transition('submitted', 'start_review', { actor: 'council', now: before, deadlineAt })).toEqual({
		ok: false,
		reason: 'Bids are sealed until the deadline has passed',
	})
	expect(supplierCanEdit('draft', before, deadlineAt)).toBe(true)
	expect(supplierCanEdit('draft', after, deadlineAt)).toBe(false)
	expect(supplierCanEdit('submitted', before, deadlineAt)).toBe(false)
	expect(supplierCanEdit('changes_requested', after, deadlineAt)).toBe(true)
	expect(councilCanReadContent(before, deadlineAt)).toBe(false)
	expect(councilCanReadContent(after, deadlineAt)).toBe(true)
})

describe('the clarification window after a change request', () => {
	const dueAt = deadlineAt + 10 * 86_400_000
	const inside = { now: dueAt - 1, deadlineAt, clarificationDueAt: dueAt }
	const closed = { now: dueAt, deadlineAt, clarificationDueAt: dueAt }

	test('the supplier may edit and resubmit only while it is open', () => {
		expect(supplierCanEdit('changes_requested', inside.now, deadlineAt, dueAt)).toBe(true)
		expect(supplierCanEdit('changes_requested', closed.now, deadlineAt, dueAt)).toBe(false)
		expect(transition('changes_requested', 'resubmit', { actor: 'supplier', ...inside })).toEqual({
			ok: true,
			to: 'resubmitted',
		})
		expect(transition('changes_requested', 'resubmit', { actor: 'supplier', ...closed })).toEqual({
			ok: false,
			reason: 'The time for changes has ended',
		})
	})

	test('the council decides on the last submission only once it has closed', () => {
		for (const event of ['approve', 'reject'] as const) {
			expect(transition('changes_requested', event, { actor: 'council', ...inside }).ok).toBe(false)
			expect(transition('changes_requested', event, { actor: 'council', ...closed }).ok).toBe(true)
		}
	})

	test('the council may ask again with a new date at any time', () => {
		expect(transition('changes_requested', 'request_changes', { actor: 'council', ...inside }).ok).toBe(true)
		expect(transition('changes_requested', 'request_changes', { actor: 'council', ...closed }).ok).toBe(true)
	})
})

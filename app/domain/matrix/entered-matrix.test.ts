import { describe, expect, test } from 'vitest'
import { entryNote, entryStep, PORTAL_TENDER, type EntryFacts } from './entered-matrix.ts'

const now = Date.UTC(2027, 4, 1)
const facts = (change: Partial<EntryFacts> = {}): EntryFacts => ({
	tender: { status: 'published', bidding: 'elsewhere', deadlineAt: now - 1000 },
	awarded: false,
	matrix: null,
	bidderClaimed: false,
	now,
	...change,
})

describe('entering a bidder’s matrix on their behalf', () => {
	test('a first matrix is created, before or after the deadline', () => {
		expect(entryStep(facts())).toEqual({ ok: true, step: 'create' })
		expect(entryStep(facts({ tender: { status: 'published', bidding: 'elsewhere', deadlineAt: now + 1000 } }))).toEqual(
			{ ok: true, step: 'create' },
		)
	})

	test('only a tender run elsewhere, published, not awarded, takes entered bids', () => {
		const refused = (tender: EntryFacts['tender'], awarded = false) => {
			const step = entryStep(facts({ tender, awarded }))
			return step.ok ? null : step.message
		}
		expect(refused({ status: 'published', bidding: 'portal', deadlineAt: now })).toBe(PORTAL_TENDER)
		expect(refused({ status: 'published', bidding: 'direct', deadlineAt: now })).toBe('This tender takes no bids')
		expect(refused({ status: 'draft', bidding: 'elsewhere', deadlineAt: now })).toMatch(/Publish the tender/)
		expect(refused({ status: 'cancelled', bidding: 'elsewhere', deadlineAt: now })).toMatch(/cancelled/)
		expect(refused({ status: 'published', bidding: 'elsewhere', deadlineAt: now }, true)).toMatch(/awarded/)
	})

	test('a second upload replaces the lines only while the matrix is submitted', () => {
		expect(entryStep(facts({ matrix: { status: 'submitted', clarificationDueAt: null } }))).toEqual({
			ok: true,
			step: 'replace',
		})
		for (const status of ['under_review', 'resubmitted', 'approved', 'rejected', 'awarded'] as const)
			expect(entryStep(facts({ matrix: { status, clarificationDueAt: null } }))).toMatchObject({
				ok: false,
				message: expect.stringContaining('can no longer be replaced'),
			})
	})

	test('changes asked of an unclaimed bidder are answered by a corrected file while the time for changes is open', () => {
		const asked = (dueAt: number, claimed = false) =>
			entryStep(facts({ matrix: { status: 'changes_requested', clarificationDueAt: dueAt }, bidderClaimed: claimed }))
		expect(asked(now + 1000)).toEqual({ ok: true, step: 'resubmit' })
		expect(asked(now - 1000)).toEqual({ ok: false, message: 'The time for changes has ended' })
		expect(asked(now + 1000, true)).toMatchObject({ ok: false, message: expect.stringContaining('claimed') })
	})

	test('the history says who entered it, for whom', () => {
		expect(entryNote('create', 'Priya Officer', 'Riverside Ltd')).toBe('Entered by Priya Officer for Riverside Ltd')
		expect(entryNote('replace', 'Priya Officer', 'Riverside Ltd')).toMatch(
			/^Entered by Priya Officer for Riverside Ltd, replacing/,
		)
		expect(entryNote('resubmit', 'Priya Officer', 'Riverside Ltd')).toMatch(/corrected/)
	})
})

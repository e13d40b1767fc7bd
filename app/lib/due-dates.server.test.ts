import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { tenders } from '#db/schema.ts'
import { dueDateUid, type DueDate } from '#app/domain/due-dates/due-dates.ts'
import {
	addContractManager,
	day,
	matrixVersion,
	setUpAwardedContract,
	setUpMatrixTender,
	submitBidOf,
} from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { dueDatePath, dueDatesFor } from './due-dates.server.ts'
import { startMatrix } from './matrices.server.ts'
import { decideMatrix } from './matrix-review.server.ts'
import { submitMatrix } from './matrix-submission.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
/** Late November 2027: the first half-year's return is approved, the second half-year is running. */
const later = Date.parse('2027-11-20T10:00:00Z')

let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let otherManager: Awaited<ReturnType<typeof addContractManager>>
let matrixB: number

beforeAll(async () => {
	fixture = await setUpAwardedContract('DUE-1', now)
	otherManager = await addContractManager(fixture)
	matrixB = (startMatrix(fixture.supplierB, fixture.tenderId, { ip: '127.0.0.1', now }) as { matrixId: number })
		.matrixId
	fileReturn(fixture, '2027-28-H1', 40, 'approved', '2027-10-05T09:00:00Z')
})

const summary = (entries: DueDate[]) =>
	entries.map((entry) => `${dueDateUid(entry).split('-')[0]} ${entry.date} ${entry.state}`)

test('a supplier sees its own contract’s returns and the deadline of the tender it bid for, earliest first', () => {
	const entries = dueDatesFor(fixture.supplierA, later)
	expect(summary(entries)).toEqual([
		'tender 2027-01-20 closed',
		'period 2027-10-30 approved',
		'period 2028-04-30 upcoming',
		'period 2028-10-30 upcoming',
		'period 2029-04-30 upcoming',
	])
	const tender = entries[0]!
	expect(tender.kind === 'tender' && tender.matrixId).toBe(fixture.matrixId)
	expect(
		entries.every((entry) => entry.kind === 'tender' || entry.supplier.id === fixture.supplierA.organisationId),
	).toBe(true)
})

test('another supplier sees only the tender it has a matrix for, leading to its own matrix', () => {
	const entries = dueDatesFor(fixture.supplierB, later)
	expect(entries).toHaveLength(1)
	expect(entries[0]!.kind === 'tender' && entries[0]!.matrixId).toBe(matrixB)
	expect(dueDatePath(entries[0]!, 'supplier')).toBe(`/matrices/${matrixB}`)
})

test('the contract’s manager sees its returns and the tender; another contract manager sees neither', () => {
	expect(summary(dueDatesFor(fixture.admin, later))).toEqual(summary(dueDatesFor(fixture.supplierA, later)))
	expect(dueDatesFor(otherManager, later)).toEqual([])
})

test('each due date leads to where it is acted on, for the supplier and for the council', () => {
	const [tender, approved, upcoming] = dueDatesFor(fixture.admin, later) as [DueDate, DueDate, DueDate]
	expect(dueDatePath(tender, 'admin')).toBe(`/manage/tenders/${fixture.tenderId}`)
	const returnId = approved.kind === 'return' ? approved.returnId : null
	expect(dueDatePath(approved, 'admin')).toBe(`/manage/returns/${returnId}`)
	expect(dueDatePath(approved, 'supplier')).toBe(`/returns/${returnId}`)
	expect(dueDatePath(upcoming, 'admin')).toBe(`/contracts/${fixture.contractId}`)
	const periodId = upcoming.kind === 'return' ? upcoming.periodId : null
	expect(dueDatePath(upcoming, 'supplier')).toBe(`/returns/start/${periodId}`)
})

describe('the deadline for changes the council asked of a matrix', () => {
	let bidding: Awaited<ReturnType<typeof setUpMatrixTender>>
	let elsewhere: Awaited<ReturnType<typeof setUpMatrixTender>>
	let managerOfBidding: SessionUser
	let managerElsewhere: SessionUser
	let matrixOfA: number
	let matrixOfB: number
	let matrixElsewhere: number
	let askedAt: number

	function askForChanges(manager: SessionUser, matrixId: number, dueAt: number) {
		const asked = decideMatrix(
			manager,
			{
				matrixId,
				decision: 'request_changes',
				reason: 'Add a milestone for each year.',
				version: matrixVersion(matrixId),
				clarificationDueAt: dueAt,
			},
			{ ip: '127.0.0.1', now: askedAt },
		)
		if (!asked.ok) throw new Error(asked.message)
	}

	const changes = (user: SessionUser, at: number) => dueDatesFor(user, at).filter((entry) => entry.kind === 'changes')
	const seen = (user: SessionUser, at: number) =>
		changes(user, at).map((entry) => `${dueDateUid(entry)} ${entry.state} ${dueDatePath(entry, user.role)}`)

	beforeAll(async () => {
		const ctx = { ip: '127.0.0.1', now }
		bidding = await setUpMatrixTender('DUE-C', now)
		elsewhere = await setUpMatrixTender('DUE-D', now)
		managerOfBidding = await addContractManager(bidding)
		managerElsewhere = await addContractManager(elsewhere)
		for (const [tenderId, manager] of [
			[bidding.tenderId, managerOfBidding],
			[elsewhere.tenderId, managerElsewhere],
		] as const)
			db.update(tenders).set({ contractManagerId: manager.id }).where(eq(tenders.id, tenderId)).run()
		matrixOfA = submitBidOf(bidding, bidding.supplierA, ctx)
		matrixOfB = submitBidOf(bidding, bidding.supplierB, ctx)
		matrixElsewhere = submitBidOf(elsewhere, elsewhere.supplierA, ctx)
		askedAt = bidding.deadlineAt + day
		askForChanges(managerOfBidding, matrixOfB, askedAt + 5 * day)
		askForChanges(managerOfBidding, matrixOfA, askedAt + 2 * day)
		askForChanges(managerElsewhere, matrixElsewhere, askedAt + 3 * day)
	})

	test('every member of the supplier sees its own, leading to its matrix; never another supplier’s', () => {
		const [entry, ...others] = changes(bidding.supplierA, askedAt)
		expect(others).toEqual([])
		expect(entry).toMatchObject({
			matrixId: matrixOfA,
			tender: { id: bidding.tenderId, reference: 'DUE-C', title: 'Library cleaning' },
			supplier: { id: bidding.supplierA.organisationId },
			deadlineAt: askedAt + 2 * day,
			state: 'changes_requested',
		})
		expect(seen(bidding.colleagueA, askedAt)).toEqual([
			`matrix-changes-${matrixOfA} changes_requested /matrices/${matrixOfA}`,
		])
		expect(seen(bidding.supplierB, askedAt)).toEqual([
			`matrix-changes-${matrixOfB} changes_requested /matrices/${matrixOfB}`,
		])
		expect(seen(elsewhere.supplierA, askedAt)).toEqual([
			`matrix-changes-${matrixElsewhere} changes_requested /matrices/${matrixElsewhere}`,
		])
		expect(changes(elsewhere.supplierB, askedAt)).toEqual([])
	})

	test('the tender’s contract manager sees those of its bids, soonest first, leading to the review; another manager sees only theirs', () => {
		expect(seen(managerOfBidding, askedAt)).toEqual([
			`matrix-changes-${matrixOfA} changes_requested /manage/matrices/${matrixOfA}`,
			`matrix-changes-${matrixOfB} changes_requested /manage/matrices/${matrixOfB}`,
		])
		expect(seen(managerElsewhere, askedAt)).toEqual([
			`matrix-changes-${matrixElsewhere} changes_requested /manage/matrices/${matrixElsewhere}`,
		])
		expect(changes(bidding.admin, askedAt).map((entry) => entry.kind === 'changes' && entry.matrixId)).toEqual([
			matrixOfA,
			matrixElsewhere,
			matrixOfB,
		])
	})

	test('once its time has passed it stays, as ended; once the supplier resubmits or the council decides, it is gone', () => {
		const afterA = askedAt + 2 * day + 1
		expect(seen(managerOfBidding, afterA)).toEqual([
			`matrix-changes-${matrixOfA} changes_ended /manage/matrices/${matrixOfA}`,
			`matrix-changes-${matrixOfB} changes_requested /manage/matrices/${matrixOfB}`,
		])
		const resubmitted = submitMatrix(
			bidding.supplierB,
			{ matrixId: matrixOfB, version: matrixVersion(matrixOfB), declarationsConfirmed: true },
			{ ip: '127.0.0.1', now: askedAt + day },
		)
		expect(resubmitted.ok).toBe(true)
		expect(changes(bidding.supplierB, askedAt + day)).toEqual([])
		const approved = decideMatrix(
			managerOfBidding,
			{ matrixId: matrixOfA, decision: 'approve', reason: '', version: matrixVersion(matrixOfA) },
			{ ip: '127.0.0.1', now: afterA },
		)
		expect(approved.ok).toBe(true)
		expect(changes(managerOfBidding, afterA)).toEqual([])
		expect(changes(bidding.supplierA, afterA)).toEqual([])
		expect(seen(managerElsewhere, afterA)).toHaveLength(1)
	})
})

test('the returns are kept between reads, yet a return filed or a day gone by shows at once', () => {
	const secondHalf = (at: number) =>
		summary(dueDatesFor(fixture.supplierA, at)).filter((line) => line.startsWith('period 2028-04-30'))
	const readAt = Date.parse('2028-05-04T10:00:00Z')
	expect(secondHalf(Date.parse('2028-04-10T10:00:00Z'))).toEqual(['period 2028-04-30 due'])
	expect(secondHalf(readAt)).toEqual(['period 2028-04-30 overdue'])
	fileReturn(fixture, '2027-28-H2', 80, 'returned', '2028-05-04T09:00:00Z')
	expect(secondHalf(readAt)).toEqual(['period 2028-04-30 returned'])
	expect(summary(dueDatesFor(fixture.admin, readAt))).toContain('period 2028-04-30 returned')
})

test('a tender read a minute before its deadline shows closed from the deadline’s minute on', () => {
	const { deadlineAt } = db.select().from(tenders).where(eq(tenders.id, fixture.tenderId)).get()!
	const tenderState = (at: number) => dueDatesFor(fixture.admin, at).find((entry) => entry.kind === 'tender')?.state
	expect(deadlineAt % 60_000).toBe(0)
	expect(tenderState(deadlineAt - 60_000)).toBe('open')
	expect(tenderState(deadlineAt - 1)).toBe('open')
	expect(tenderState(deadlineAt)).toBe('closed')
})

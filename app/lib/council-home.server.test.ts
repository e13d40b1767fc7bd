import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { contracts, tenders, users } from '#db/schema.ts'
import { defaultSettings } from '#app/domain/council-settings.ts'
import {
	addContractManager,
	day,
	matrixVersion,
	setUpAwardedContract,
	setUpMatrixTender,
	submitBidOfA,
} from '#tests/matrix-fixture.ts'
import { at, fileReturn, returnVersion } from '#tests/returns-fixture.ts'
import { contractsAtAGlance, councilToDo, deploymentSetUp } from './council-home.server.ts'
import { savePriority } from './council-priorities.server.ts'
import { decideMatrix } from './matrix-review.server.ts'
import { runReminders } from './reminders.server.ts'
import { submitReturn } from './return-submission.server.ts'
import { saveSettings } from './settings.server.ts'

const start = Date.UTC(2027, 0, 10, 9)
const now = Date.parse('2028-06-01T09:00:00Z')

type Manager = Awaited<ReturnType<typeof addContractManager>>
let managerA: Manager
let managerB: Manager
let admin: Manager
let contractA: number
let contractB: number
let returnA: number
let bidA: number
let bidB: number
let ownContract: Awaited<ReturnType<typeof setUpAwardedContract>>

/** A tender with supplier A's bid submitted before the deadline, handed to `manager`. */
async function tenderWithBid(reference: string, manager: Manager) {
	const fixture = await setUpMatrixTender(reference, start)
	const matrixId = submitBidOfA(fixture, { ip: '127.0.0.1', now: start })
	db.update(tenders).set({ contractManagerId: manager.id }).where(eq(tenders.id, fixture.tenderId)).run()
	return { ...fixture, matrixId }
}

beforeAll(async () => {
	const own = await setUpAwardedContract('CH-1', start)
	ownContract = own
	const other = await setUpAwardedContract('CH-2', start)
	admin = own.admin
	managerA = await addContractManager(own)
	managerB = await addContractManager(own)
	contractA = own.contractId
	contractB = other.contractId
	db.update(contracts).set({ contractManagerId: managerA.id }).where(eq(contracts.id, contractA)).run()
	db.update(contracts).set({ contractManagerId: managerB.id }).where(eq(contracts.id, contractB)).run()
	// A's first return is in and waits for review; B's supplier has filed nothing.
	returnA = fileReturn(own, '2027-28-H1', 35, 'draft', '2027-10-05T09:00:00Z')
	submitReturn(own.supplierA, { returnId: returnA, version: returnVersion(returnA) }, at('2027-10-05T09:00:00Z'))
	// A's tender has a bid nobody has opened; B's tender has an approved bid and no contract.
	bidA = (await tenderWithBid('CH-3', managerA)).matrixId
	const approved = await tenderWithBid('CH-4', managerB)
	bidB = approved.matrixId
	db.update(tenders).set({ contractManagerId: approved.admin.id }).where(eq(tenders.id, approved.tenderId)).run()
	decideMatrix(
		approved.admin,
		{ matrixId: bidB, decision: 'approve', reason: '', version: matrixVersion(bidB) },
		{ ip: '127.0.0.1', now: approved.deadlineAt + day },
	)
	db.update(tenders).set({ contractManagerId: managerB.id }).where(eq(tenders.id, approved.tenderId)).run()
})

const ids = (list: { items: Array<{ id: number }> }) => list.items.map((item) => item.id)

test('a contract manager sees only the work on their own contracts and tenders', () => {
	const a = councilToDo(managerA, now)
	expect(ids(a.returnsAwaitingReview)).toEqual([returnA])
	expect(a.returnsAwaitingReview.total).toBe(1)
	expect(a.returns).toEqual({ due: 0, overdue: 1, awaitingReview: 1 })
	expect(a.overdueReturns.items.map((r) => [r.contractId, r.period, r.dueDate])).toEqual([
		[contractA, 'H2 2027/28', '2028-04-30'],
	])
	expect(a.matricesAwaitingReview.items.map((m) => [m.id, m.status])).toEqual([[bidA, 'submitted']])
	expect(a.tendersToEvaluate.items.map((t) => [t.reference, t.bids])).toEqual([['CH-3', 1]])
	expect(a.awardsToMake.total).toBe(0)

	const b = councilToDo(managerB, now)
	expect(b.returnsAwaitingReview.total).toBe(0)
	expect(b.overdueReturns.items.map((r) => [r.contractId, r.dueDate])).toEqual([
		[contractB, '2027-10-30'],
		[contractB, '2028-04-30'],
	])
	expect(b.matricesAwaitingReview.total).toBe(0)
	expect(b.tendersToEvaluate.total).toBe(0)
	expect(b.awardsToMake.items.map((award) => [award.reference, award.approved, award.matrixId])).toEqual([
		['CH-4', 1, bidB],
	])
})

test('an administrator sees the whole council’s work, oldest first', () => {
	const all = councilToDo(admin, now)
	expect(ids(all.returnsAwaitingReview)).toEqual([returnA])
	expect(all.overdueReturns.total).toBe(3)
	expect(all.overdueReturns.items.map((r) => r.dueDate)).toEqual(['2027-10-30', '2028-04-30', '2028-04-30'])
	expect(ids(all.matricesAwaitingReview)).toEqual([bidA])
	expect(all.tendersToEvaluate.total).toBe(1)
	expect(all.awardsToMake.total).toBe(1)
})

test('before the deadline a bid is sealed: nothing to review or evaluate yet', () => {
	const early = councilToDo(managerA, start + day)
	expect(early.matricesAwaitingReview.total).toBe(0)
	expect(early.tendersToEvaluate.total).toBe(0)
})

test('a bid submitted before the deadline has waited for the council since the deadline', () => {
	const matrix = councilToDo(managerA, now).matricesAwaitingReview.items[0]!
	expect(matrix.since).toBe(db.select().from(tenders).where(eq(tenders.reference, 'CH-3')).get()!.deadlineAt)
})

test('contracts at a glance: committed against delivered and commitments by RAG, for each reader’s own contracts', () => {
	const a = contractsAtAGlance(managerA, now)
	// 200 hours at £16.93, 100 expected by 31 March 2028 and none approved yet: red; the text commitment has nothing due.
	expect(a).toMatchObject({
		contracts: 1,
		committedPence: 338_600,
		deliveredPence: 0,
		rag: { red: 1, amber: 0, green: 0, not_due: 1 },
	})
	expect(a.behind.map((c) => [c.contractId, c.red, c.amber])).toEqual([[contractA, 1, 0]])
	expect(a.byContract.map((c) => c.key)).toEqual([String(contractA)])
	expect(contractsAtAGlance(managerB, now).byContract.map((c) => c.key)).toEqual([String(contractB)])
	expect(contractsAtAGlance(admin, now)).toMatchObject({ contracts: 2, committedPence: 677_200 })
})

test('a commercially sensitive contract’s figures show to the council, never as a blank', () => {
	db.update(contracts).set({ commerciallySensitive: true }).where(eq(contracts.id, contractB)).run()
	const shown = contractsAtAGlance(admin, now + 1).byContract.find((c) => c.key === String(contractB))!
	expect(shown.committedPence).toBe(338_600)
	expect(contractsAtAGlance(managerB, now + 1).byContract[0]!.committedPence).toBe(338_600)
	db.update(contracts).set({ commerciallySensitive: false }).where(eq(contracts.id, contractB)).run()
})

test('the set-up checklist follows what the administrator has done', () => {
	const before = deploymentSetUp(admin.organisationId)
	expect(before).toMatchObject({ settingsSaved: false, priorities: 0, contractManagers: 2, smtpConfigured: false })
	expect(before.publishedEditions).toBeGreaterThan(0)
	const ctx = { ip: '127.0.0.1', now }
	expect(saveSettings(admin, { councilName: 'Testshire', ...defaultSettings, version: 0 }, ctx)).toEqual({ ok: true })
	expect(savePriority(admin, { id: null, code: 'P1', name: 'Jobs', description: '' }, ctx)).toEqual({ ok: true })
	db.update(users).set({ status: 'disabled' }).where(eq(users.id, managerB.id)).run()
	expect(deploymentSetUp(admin.organisationId)).toMatchObject({
		settingsSaved: true,
		priorities: 1,
		contractManagers: 1,
	})
	db.update(users).set({ status: 'active' }).where(eq(users.id, managerB.id)).run()
})

test('the checklist knows when the reminders last ran, from the server or a scheduled job', () => {
	expect(deploymentSetUp(admin.organisationId).lastReminderRun).toBeNull()
	runReminders(now)
	expect(deploymentSetUp(admin.organisationId).lastReminderRun).toEqual({ at: now, emailsQueued: expect.any(Number) })
	const later = now + 15 * 60_000
	runReminders(later)
	expect(deploymentSetUp(admin.organisationId).lastReminderRun).toEqual({ at: later, emailsQueued: 0 })
})

test('what is counted once a day follows a return filed since and the day moving on', () => {
	const later = Date.parse('2028-11-02T09:00:00Z')
	expect(councilToDo(managerA, now).returns).toEqual({ due: 0, overdue: 1, awaitingReview: 1 })
	expect(councilToDo(managerA, later).returns).toEqual({ due: 0, overdue: 2, awaitingReview: 1 })
	const filed = fileReturn(ownContract, '2027-28-H2', 60, 'draft', '2028-11-01T09:00:00Z')
	submitReturn(ownContract.supplierA, { returnId: filed, version: returnVersion(filed) }, at('2028-11-01T09:00:00Z'))
	const after = councilToDo(managerA, later)
	expect(after.returns).toEqual({ due: 0, overdue: 1, awaitingReview: 2 })
	expect(ids(after.returnsAwaitingReview)).toEqual([returnA, filed])
	expect(after.overdueReturns.items.map((r) => r.period)).toEqual(['H1 2028/29'])
})

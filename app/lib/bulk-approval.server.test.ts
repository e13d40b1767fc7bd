import { and, eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { auditEvents, contracts, outbox, progressReturns, returnEvents } from '#db/schema.ts'
import { addContractManager, setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { at, fileReturn, periodIdOf, returnVersion } from '#tests/returns-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { approvalQueue, approveReturns, chosenReturns } from './bulk-approval.server.ts'
import { loadReturn } from './return-contents.server.ts'
import { addEvidence, setNilReturn } from './return-lines.server.ts'
import { submitReturn } from './return-submission.server.ts'
import { openReturn } from './returns.server.ts'

type Contract = Awaited<ReturnType<typeof setUpAwardedContract>>

// Every period of the first two years has ended; 100 hours are due by March 2028, 200 by March 2029.
const ctx = at('2029-05-02T09:00:00Z')
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF')

let first: Contract
let second: Contract
let managerA: SessionUser
let managerB: SessionUser
const returns = {} as Record<'onPlan' | 'behind' | 'noEvidence' | 'nil' | 'onPlanB' | 'stale' | 'mixed', number>

/** Supplier A's return for the period, submitted with files against the lines named. */
function submitted(on: Contract, key: string, hours: number, evidenceOn: Array<'hours' | 'words'>) {
	const returnId = fileReturn(on, key, hours, 'draft', '2029-05-01T09:00:00Z')
	for (const line of evidenceOn) {
		const commitment = loadReturn(returnId)!.commitments.find((c) => c.qualitative === (line === 'words'))!
		const file = { fileName: `${line}.pdf`, type: 'pdf' as const, bytes: pdf }
		expect(addEvidence(on.supplierA, { returnId, commitmentId: commitment.id, ...file }, ctx)).toEqual({ ok: true })
	}
	expect(submitReturn(on.supplierA, { returnId, version: returnVersion(returnId) }, ctx)).toEqual({ ok: true })
	return returnId
}

function submittedNil(on: Contract, key: string) {
	const opened = openReturn(on.supplierA, periodIdOf(on.contractId, key), ctx)
	if (!opened.ok) throw new Error(opened.message)
	const { returnId } = opened
	setNilReturn(on.supplierA, { returnId, version: returnVersion(returnId), nil: true, reason: 'Not started' }, ctx)
	expect(submitReturn(on.supplierA, { returnId, version: returnVersion(returnId) }, ctx)).toEqual({ ok: true })
	return returnId
}

const choice = (returnId: number) => ({ returnId, version: returnVersion(returnId) })

function snapshot(returnId: number) {
	return {
		status: db.select().from(progressReturns).where(eq(progressReturns.id, returnId)).get()!.status,
		events: db.select().from(returnEvents).where(eq(returnEvents.returnId, returnId)).all().length,
		audit: db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.subjectType, 'progress_return'), eq(auditEvents.subjectId, String(returnId))))
			.all()
			.filter((event) => event.action === 'return_decided').length,
		mail: db
			.select()
			.from(outbox)
			.all()
			.filter((mail) => mail.dedupeKey.startsWith(`return-decision:${returnId}:`)).length,
	}
}

beforeAll(async () => {
	first = await setUpAwardedContract('BA-1', Date.UTC(2027, 0, 10, 9))
	second = await setUpAwardedContract('BA-2', Date.UTC(2027, 0, 10, 9))
	managerA = await addContractManager(first)
	managerB = await addContractManager(second)
	db.update(contracts).set({ contractManagerId: managerA.id }).where(eq(contracts.id, first.contractId)).run()
	db.update(contracts).set({ contractManagerId: managerB.id }).where(eq(contracts.id, second.contractId)).run()
	// About 49.9 hours are expected by the end of September 2027, 100 by the end of March 2028.
	returns.onPlan = submitted(first, '2027-28-H1', 50, ['hours', 'words'])
	returns.behind = submitted(first, '2027-28-H2', 10, ['hours', 'words'])
	returns.noEvidence = submitted(first, '2028-29-H1', 200, ['hours'])
	returns.nil = submittedNil(first, '2028-29-H2')
	returns.onPlanB = submitted(second, '2027-28-H1', 60, ['hours', 'words'])
	returns.stale = submitted(second, '2027-28-H2', 150, ['hours', 'words'])
	returns.mixed = submitted(second, '2028-29-H1', 10, [])
})

test('the queue says of each return whether it can be approved with others, and why not, on the manager’s own contracts only', () => {
	const queueA = approvalQueue(managerA, null).items
	expect(queueA.map((item) => [item.id, item.blockers])).toEqual([
		[returns.onPlan, []],
		[returns.behind, ['1 line behind plan']],
		[returns.noEvidence, ['Evidence missing on 1 line']],
		[returns.nil, ['Nil return']],
	])
	expect(queueA.every((item) => item.version === returnVersion(item.id))).toBe(true)
	expect(approvalQueue(managerB, null).items.map((item) => [item.id, item.blockers])).toEqual([
		[returns.onPlanB, []],
		[returns.stale, []],
		[returns.mixed, ['1 line behind plan', 'Evidence missing on 2 lines']],
	])
	expect(approvalQueue(first.admin, null).items.map((item) => item.id)).toEqual(
		expect.arrayContaining(Object.values(returns)),
	)
})

test('the queue is read a page at a time, oldest first, with the rule weighed for that page only', () => {
	const second = approvalQueue(managerA, '2', 3)
	expect(second.page).toMatchObject({ number: 2, count: 2, total: 4, offset: 3 })
	expect(second.items.map((item) => [item.id, item.blockers])).toEqual([[returns.nil, ['Nil return']]])
	expect(approvalQueue(managerA, '1', 3).items.map((item) => item.id)).toEqual([
		returns.onPlan,
		returns.behind,
		returns.noEvidence,
	])
	// A page that does not exist shows the nearest one.
	expect(approvalQueue(managerA, '99', 3).page.number).toBe(2)
	expect(approvalQueue(managerA, 'x', 3).page.number).toBe(1)
})

test('the confirmation lists what will be approved apart from what cannot be, and refuses another manager’s return', () => {
	const chosen = chosenReturns(managerA, [choice(returns.onPlan), choice(returns.behind)])
	expect(chosen).toMatchObject({
		ok: true,
		ready: [
			{ id: returns.onPlan, contractReference: 'BA-1/C', contractTitle: 'Library cleaning', periodLabel: 'H1 2027/28' },
		],
		notReady: [{ id: returns.behind, reason: '1 line behind plan' }],
	})
	expect(chosenReturns(managerA, [choice(returns.onPlan), choice(returns.onPlanB)])).toEqual({
		ok: false,
		status: 403,
		message: 'You cannot review this return',
	})
	expect(chosenReturns(managerA, [{ returnId: 999_999, version: 1 }])).toMatchObject({ ok: false, status: 404 })
})

test('a forged choice of another manager’s return approves nothing at all', () => {
	const before = [snapshot(returns.onPlan), snapshot(returns.onPlanB)]
	expect(approveReturns(managerA, [choice(returns.onPlan), choice(returns.onPlanB)], ctx)).toMatchObject({
		ok: false,
		status: 403,
	})
	expect([snapshot(returns.onPlan), snapshot(returns.onPlanB)]).toEqual(before)
})

test('each qualifying return is approved on its own, audited and emailed; one that does not qualify is refused and left as it was', () => {
	const behindBefore = snapshot(returns.behind)
	const nilBefore = snapshot(returns.nil)
	expect(approvalQueue(managerA, null).items.map((item) => item.id)).toContain(returns.onPlan)
	const result = approveReturns(managerA, [choice(returns.onPlan), choice(returns.behind), choice(returns.nil)], ctx)
	expect(result).toMatchObject({
		ok: true,
		approved: [{ id: returns.onPlan }],
		refused: [
			{ id: returns.behind, reason: '1 line behind plan' },
			{ id: returns.nil, reason: 'Nil return' },
		],
	})
	// The supplier's two people are each told, as when a return is approved on its own page.
	expect(snapshot(returns.onPlan)).toEqual({ status: 'approved', events: 3, audit: 1, mail: 2 })
	const mail = db
		.select()
		.from(outbox)
		.all()
		.filter((m) => m.dedupeKey.startsWith(`return-decision:${returns.onPlan}:`))
	expect(mail.map((m) => m.to).sort()).toEqual([first.colleagueA.email, first.supplierA.email].sort())
	const event = db.select().from(returnEvents).where(eq(returnEvents.returnId, returns.onPlan)).all().at(-1)
	expect(event).toMatchObject({ byUserId: managerA.id, fromStatus: 'submitted', toStatus: 'approved' })
	expect(snapshot(returns.behind)).toEqual(behindBefore)
	expect(snapshot(returns.nil)).toEqual(nilBefore)
	// The queue read before the approval is not shown again after it.
	expect(approvalQueue(managerA, null).items.map((item) => item.id)).toEqual([
		returns.behind,
		returns.noEvidence,
		returns.nil,
	])
})

test('a return that changed after it was chosen is refused, and the rest are approved', () => {
	const stale = { returnId: returns.stale, version: returnVersion(returns.stale) - 1 }
	const staleBefore = snapshot(returns.stale)
	const result = approveReturns(managerB, [choice(returns.onPlanB), stale], ctx)
	expect(result).toMatchObject({
		ok: true,
		approved: [{ id: returns.onPlanB }],
		refused: [{ id: returns.stale, reason: 'It changed after you chose it: review it on its own page' }],
	})
	expect(snapshot(returns.onPlanB)).toMatchObject({ status: 'approved', audit: 1, mail: 2 })
	expect(snapshot(returns.stale)).toEqual(staleBefore)
	// Approved once already: choosing it again at its old version changes nothing more.
	const again = approveReturns(
		managerB,
		[{ returnId: returns.onPlanB, version: returnVersion(returns.onPlanB) - 1 }],
		ctx,
	)
	expect(again).toMatchObject({ ok: true, approved: [], refused: [{ id: returns.onPlanB }] })
	expect(snapshot(returns.onPlanB)).toMatchObject({ status: 'approved', audit: 1, mail: 2 })
})

test('an administrator approves on any contract', () => {
	expect(approveReturns(first.admin, [choice(returns.stale)], ctx)).toMatchObject({
		ok: true,
		approved: [{ id: returns.stale }],
		refused: [],
	})
	expect(snapshot(returns.stale)).toMatchObject({ status: 'approved', audit: 1 })
})

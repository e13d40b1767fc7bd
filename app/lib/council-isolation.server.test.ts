import { and, asc, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { auditEvents, contracts, councils, outbox, progressReturns, reportingPeriods } from '#db/schema.ts'
import { contractAudience } from '#app/domain/contracts/contract-audience.ts'
import { addContractManager, setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { at, fileReturn, returnVersion } from '#tests/returns-fixture.ts'
import { annualReport } from './annual-report.server.ts'
import { approveReturns, approvalQueue, chosenReturns } from './bulk-approval.server.ts'
import { changeContract } from './contract-changes.server.ts'
import { contractsProgress } from './contract-progress.server.ts'
import { getCouncilContract, listContracts } from './contracts.server.ts'
import { contractManagers } from './tenders.server.ts'
import { contractsAtAGlance, councilToDo } from './council-home.server.ts'
import { dashboardTotals, scheduledYears } from './dashboard.server.ts'
import { caseStudyRows, commitmentRows, contractTotalsRows, deliveryRowChunks } from './delivery-export.server.ts'
import { dueDatesFor } from './due-dates.server.ts'
import { addReturnComment, canReviewReturn, decideReturn, reviewQueue } from './return-review.server.ts'
import { submitReturn } from './return-submission.server.ts'

/*
 * Two councils in one deployment: council A's contracts, returns and figures are never council
 * B's to see or change, and each council counts its own with its own year and RAG thresholds.
 */

type Awarded = Awaited<ReturnType<typeof setUpAwardedContract>>
let a: Awarded
let b: Awarded
let managerB: Awaited<ReturnType<typeof addContractManager>>
/** Council A's return waiting for review, and one it approved. */
let waitingA: number
let approvedA: number
const now = Date.parse('2028-06-01T09:00:00Z')

beforeAll(async () => {
	a = await setUpAwardedContract('ISO-A', Date.UTC(2027, 0, 10, 9))
	// Council B counts its years from January and is kinder with its RAG thresholds.
	const councilB = createOrganisation(db, { kind: 'council', name: 'Borsetshire Council' })
	db.update(councils)
		.set({ financialYearStartMonth: 1, ragGreenPercent: 50, ragAmberPercent: 20 })
		.where(eq(councils.id, councilB.id))
		.run()
	b = await setUpAwardedContract('ISO-B', Date.UTC(2027, 0, 10, 9), { councilId: councilB.id })
	managerB = await addContractManager(b)
	approvedA = fileReturn(a, '2027-28-H1', 35, 'approved', '2027-10-05T09:00:00Z')
	waitingA = fileReturn(a, '2027-28-H2', 20, 'draft', '2028-04-05T09:00:00Z')
	expect(
		submitReturn(a.supplierA, { returnId: waitingA, version: returnVersion(waitingA) }, at('2028-04-06T09:00:00Z')),
	).toEqual({ ok: true })
	// Council B's periods follow its own year: its first is whatever that year makes it.
	const firstPeriodB = db
		.select({ key: reportingPeriods.key })
		.from(reportingPeriods)
		.where(eq(reportingPeriods.contractId, b.contractId))
		.orderBy(asc(reportingPeriods.startDate))
		.get()!.key
	fileReturn(b, firstPeriodB, 10, 'approved', '2027-10-05T09:00:00Z')
})

const references = (rows: { reference: string }[]) => rows.map((row) => row.reference)

describe('council B’s officers see nothing of council A’s', () => {
	test('contracts: lists, a contract by its id, and who may manage one', () => {
		expect(references(listContracts({ councilId: b.admin.organisationId }))).toEqual(['ISO-B/C'])
		expect(references(listContracts({ councilId: a.admin.organisationId }))).toEqual(['ISO-A/C'])
		expect(getCouncilContract(b.admin.organisationId, a.contractId)).toBeUndefined()
		expect(
			contractManagers(b.admin.organisationId)
				.map((m) => m.id)
				.sort(),
		).toEqual([b.admin.id, managerB.id].sort())
		const contractA = db.select().from(contracts).where(eq(contracts.id, a.contractId)).get()!
		expect(contractAudience(b.admin, contractA)).toBe('public')
		expect(contractAudience(a.admin, contractA)).toBe('council')
	})

	test('returns under review: the queue, the review page, and the bulk choice', () => {
		for (const officer of [b.admin, managerB]) {
			expect(reviewQueue(officer)).toEqual([])
			expect(approvalQueue(officer, null).items).toEqual([])
			expect(canReviewReturn(officer, waitingA)).toMatchObject({ ok: false, status: 404 })
			expect(chosenReturns(officer, [{ returnId: waitingA, version: returnVersion(waitingA) }])).toMatchObject({
				ok: false,
				status: 404,
			})
		}
		expect(reviewQueue(a.admin).map((item) => item.id)).toEqual([waitingA])
	})

	test('dashboard, annual report and exports count only the council’s own contracts', () => {
		const councilB = b.admin.organisationId
		const totals = dashboardTotals({ councilId: councilB, year: null, contractManagerId: null, theme: null })
		expect(totals.byContract.map((row) => row.label)).toEqual(['ISO-B/C · Library cleaning'])
		// 10 hours approved at £16.93 in council B; council A's 35 are not in it.
		expect(totals.overall.deliveredPence).toBe(16_930)
		const report = annualReport(councilB, null, now)
		expect(report.contractCount).toBe(1)
		expect(report.totals.byContract.map((row) => row.label)).toEqual(['ISO-B/C · Library cleaning'])
		const scope = { viewer: b.admin, councilId: councilB }
		expect(new Set(commitmentRows(scope).map((row) => row[0]))).toEqual(new Set(['ISO-B/C']))
		expect(new Set([...deliveryRowChunks(scope)].flat().map((row) => row[0]))).toEqual(new Set(['ISO-B/C']))
		expect(contractTotalsRows(councilB, report.year, b.admin).map((row) => row[0])).toEqual([
			'ISO-B/C · Library cleaning',
		])
		expect(caseStudyRows(councilB, report.year, b.admin).map((row) => row[0])).not.toContain('ISO-A/C')
	})

	test('the council home and due dates hold only the council’s own work', () => {
		const toDo = councilToDo(b.admin, now)
		expect(toDo.returnsAwaitingReview.total).toBe(0)
		expect(toDo.overdueReturns.items.map((item) => item.reference)).not.toContain('ISO-A/C')
		expect(contractsAtAGlance(b.admin, now).contracts).toBe(1)
		expect(councilToDo(a.admin, now).returnsAwaitingReview.items.map((item) => item.id)).toEqual([waitingA])
		for (const officer of [b.admin, managerB]) {
			const entries = dueDatesFor(officer, now)
			expect(entries.every((entry) => entry.council.id === b.admin.organisationId)).toBe(true)
		}
		const adminB = dueDatesFor(b.admin, now)
		expect(adminB.some((entry) => entry.kind === 'return' && entry.contract.reference === 'ISO-A/C')).toBe(false)
		expect(adminB.some((entry) => entry.kind === 'return' && entry.contract.reference === 'ISO-B/C')).toBe(true)
	})

	test('a supplier’s due dates each name the council they are for', () => {
		const entries = dueDatesFor(a.supplierA, now)
		expect(entries.length).toBeGreaterThan(0)
		expect(new Set(entries.map((entry) => entry.council.id))).toEqual(new Set([a.admin.organisationId]))
	})
})

describe('council B’s officers change nothing of council A’s', () => {
	const ctx = at('2028-06-01T09:00:00Z')

	test('deciding, reopening, commenting on or bulk-approving A’s returns is refused as not found', () => {
		const before = db.select().from(progressReturns).all()
		for (const officer of [b.admin, managerB]) {
			expect(
				decideReturn(
					officer,
					{ returnId: waitingA, decision: 'approve', reason: '', version: returnVersion(waitingA) },
					ctx,
				),
			).toMatchObject({ ok: false, status: 404 })
			expect(
				decideReturn(
					officer,
					{ returnId: approvedA, decision: 'reopen', reason: 'Check', version: returnVersion(approvedA) },
					ctx,
				),
			).toMatchObject({ ok: false, status: 404 })
			expect(
				addReturnComment(officer, { returnId: waitingA, commitmentId: a.hoursMeasure, body: 'Hello' }, ctx),
			).toMatchObject({ ok: false, status: 404 })
			expect(approveReturns(officer, [{ returnId: waitingA, version: returnVersion(waitingA) }], ctx)).toMatchObject({
				ok: false,
				status: 404,
			})
		}
		expect(db.select().from(progressReturns).all()).toEqual(before)
	})

	test('changing A’s contract is refused as not found, and A cannot name B’s officer its manager', () => {
		const contract = () => db.select().from(contracts).where(eq(contracts.id, a.contractId)).get()!
		const before = contract()
		const details = {
			title: 'Taken over',
			value: 1_00,
			startDate: before.startDate,
			endDate: before.endDate,
			cadence: before.cadence,
			contractManagerId: before.contractManagerId,
			commerciallySensitive: false,
		}
		expect(
			changeContract(b.admin, { contractId: a.contractId, version: before.version, details, reason: 'Mine' }, ctx),
		).toMatchObject({ ok: false, status: 404 })
		expect(
			changeContract(
				a.admin,
				{
					contractId: a.contractId,
					version: before.version,
					details: { ...details, contractManagerId: managerB.id },
					reason: 'Hand over',
				},
				ctx,
			),
		).toMatchObject({ ok: false, field: 'contractManagerId' })
		expect(contract()).toEqual(before)
	})
})

test('each council’s figures use its own financial year and RAG thresholds', () => {
	expect(scheduledYears(a.admin.organisationId).map((year) => year.start)).toEqual(['2028-04-01', '2027-04-01'])
	const yearsB = scheduledYears(b.admin.organisationId)
	expect(yearsB.length).toBeGreaterThan(0)
	expect(yearsB.every((year) => year.start.endsWith('-01-01'))).toBe(true)
	const progress = contractsProgress([a.contractId, b.contractId], now)
	expect(progress.get(a.contractId)!.ragThresholds).toEqual({ greenPercent: 90, amberPercent: 60 })
	expect(progress.get(b.contractId)!.ragThresholds).toEqual({ greenPercent: 50, amberPercent: 20 })
})

test('decisions on a council’s returns are audited and mailed as that council’s', () => {
	const audited = db
		.select({ councilId: auditEvents.councilId })
		.from(auditEvents)
		.where(and(eq(auditEvents.action, 'return_decided'), eq(auditEvents.subjectId, String(approvedA))))
		.all()
	expect(audited).toEqual([{ councilId: a.admin.organisationId }])
	const mailed = db.select({ councilId: outbox.councilId, dedupeKey: outbox.dedupeKey }).from(outbox).all()
	const decisionMail = mailed.filter((row) => row.dedupeKey.startsWith(`return-decision:${approvedA}:`))
	expect(decisionMail.length).toBeGreaterThan(0)
	expect(decisionMail.every((row) => row.councilId === a.admin.organisationId)).toBe(true)
})

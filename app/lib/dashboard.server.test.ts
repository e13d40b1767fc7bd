import { and, eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { commitmentSchedule, contracts, progressReturns, reportingPeriods } from '#db/schema.ts'
import { addContractManager, setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import {
	contractTotalsShownTo,
	dashboardTotals,
	returnCounts,
	scheduledYears,
	type DashboardFilter,
} from './dashboard.server.ts'

let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
const file = (key: string, delivered: number, outcome: 'approved' | 'returned' | 'draft', iso: string, on = fixture) =>
	fileReturn(on, key, delivered, outcome, iso)

beforeAll(async () => {
	// 200 hours at £16.93 over 1 April 2027 to 31 March 2029: 100 by 31 March 2028, 200 by 31 March 2029.
	fixture = await setUpAwardedContract('DB-1', Date.UTC(2027, 0, 10, 9))
	all = { councilId: council(), year: null, contractManagerId: null, theme: null }
	file('2027-28-H1', 35, 'approved', '2027-10-05T09:00:00Z')
	file('2027-28-H2', 20, 'approved', '2028-04-05T09:00:00Z')
	file('2028-29-H1', 10, 'returned', '2028-10-05T09:00:00Z') // returned for changes: does not count
	file('2028-29-H2', 5, 'draft', '2029-04-05T09:00:00Z') // a draft: does not count
})

const council = () => fixture.admin.organisationId
/** Everything of the fixture's council, all time: the council is made with the fixture. */
let all: DashboardFilter

test('the schedule splits the commitment across the two financial years it spans', () => {
	expect(
		db
			.select()
			.from(commitmentSchedule)
			.all()
			.filter((s) => s.expectedPence > 0)
			.map((s) => [s.yearKey, s.expectedHundredths, s.expectedPence]),
	).toEqual([
		['2027-28', 100_00, 169_300],
		['2028-29', 100_00, 169_300],
	])
	expect(scheduledYears(council()).map((y) => y.key)).toEqual(['2028-29', '2027-28'])
})

test('all time: committed is the whole commitment, delivered only approved returns, valued to the penny', () => {
	const totals = dashboardTotals(all)
	expect(totals.overall).toEqual({ committedPence: 338_600, deliveredPence: 93_115 }) // (35 + 20) × £16.93
	expect(totals.byTheme).toEqual([
		{ key: 'Communities', label: 'Communities', committedPence: 338_600, deliveredPence: 93_115 },
	])
	expect(totals.byContract).toEqual([
		{
			key: String(fixture.contractId),
			label: 'DB-1/C · Library cleaning',
			committedPence: 338_600,
			deliveredPence: 93_115,
			councilId: council(),
			contractManagerId: fixture.admin.id,
			organisationId: fixture.supplierA.organisationId,
			commerciallySensitive: false,
		},
	])
	expect(totals.bySupplier).toHaveLength(1)
	expect(totals.byPriority).toEqual([])
})

test('a financial year: what the milestones expect in it, and what was delivered in its periods', () => {
	const [later, earlier] = scheduledYears(council())
	expect(dashboardTotals({ ...all, year: earlier! }).overall).toEqual({
		committedPence: 169_300,
		deliveredPence: 93_115,
	})
	expect(dashboardTotals({ ...all, year: later! }).overall).toEqual({ committedPence: 169_300, deliveredPence: 0 })
})

test('filters: another manager’s contracts, another theme', () => {
	expect(dashboardTotals({ ...all, contractManagerId: fixture.admin.id }).overall.committedPence).toBe(338_600)
	expect(dashboardTotals({ ...all, contractManagerId: -1 }).overall).toEqual({ committedPence: 0, deliveredPence: 0 })
	expect(dashboardTotals({ ...all, theme: 'Net zero' }).overall).toEqual({ committedPence: 0, deliveredPence: 0 })
})

test('a commercially sensitive contract’s totals: its own contract manager and the administrators see them, another contract manager does not', async () => {
	const [own, other] = [await addContractManager(fixture), await addContractManager(fixture)]
	const sensitive = (commerciallySensitive: boolean, contractManagerId: number) =>
		db
			.update(contracts)
			.set({ commerciallySensitive, contractManagerId })
			.where(eq(contracts.id, fixture.contractId))
			.run()
	sensitive(true, own.id)
	try {
		// One answer for everyone (it is kept for all readers); each reader's view of it is their own.
		const totals = dashboardTotals(all)
		const ours = (viewer: typeof own) =>
			contractTotalsShownTo(viewer, totals.byContract).find((row) => row.key === String(fixture.contractId))
		const figures = { committedPence: 338_600, deliveredPence: 93_115 }
		expect(ours(own)).toEqual({ key: String(fixture.contractId), label: 'DB-1/C · Library cleaning', ...figures })
		expect(ours(fixture.admin)).toEqual(ours(own))
		expect(ours(other)).toEqual({
			key: String(fixture.contractId),
			label: 'DB-1/C · Library cleaning',
			committedPence: null,
			deliveredPence: null,
		})
		// Council-wide totals are what the council publishes.
		expect(totals.overall).toEqual(figures)
		expect(totals.byTheme).toEqual([{ key: 'Communities', label: 'Communities', ...figures }])
		// Whose contract it is goes no further than the rule.
		expect(Object.keys(ours(own)!)).toEqual(['key', 'label', 'committedPence', 'deliveredPence'])
	} finally {
		sensitive(false, fixture.admin.id)
	}
	expect(contractTotalsShownTo(other, dashboardTotals(all).byContract)[0]).toMatchObject({ committedPence: 338_600 })
})

test('returns due, overdue and awaiting review, as of a day', () => {
	// On 15 May 2029: H1 2028/29 was returned and is overdue; H2 2028/29 (due 30 April) is overdue as a draft.
	expect(returnCounts({ councilId: council(), contractManagerId: fixture.admin.id }, '2029-05-15')).toEqual({
		due: 0,
		overdue: 2,
		awaitingReview: 0,
	})
	expect(returnCounts({ councilId: council(), contractManagerId: fixture.admin.id }, '2029-04-10')).toEqual({
		due: 1,
		overdue: 1,
		awaitingReview: 0,
	})
})

test('delivery over time, by the month each period ended', async () => {
	const { deliveredOverTime } = await import('./dashboard.server.ts')
	expect(deliveredOverTime(all)).toEqual([
		{ month: '2027-09', deliveredPence: 59_255 },
		{ month: '2028-03', deliveredPence: 33_860 },
	])
})

test('the annual report’s case studies are only narratives marked for publication in approved returns', async () => {
	const { caseStudies, returnsInYear } = await import('./dashboard.server.ts')
	const year = { start: '2027-04-01', end: '2028-03-31' }
	expect(caseStudies(council(), year)).toEqual([])
	const periodId = db
		.select()
		.from(reportingPeriods)
		.where(and(eq(reportingPeriods.contractId, fixture.contractId), eq(reportingPeriods.key, '2027-28-H1')))
		.get()!.id
	const returnId = db.select().from(progressReturns).where(eq(progressReturns.periodId, periodId)).get()!.id
	const { returnLines } = await import('#db/schema.ts')
	db.update(returnLines)
		.set({ narrative: 'Forty residents helped at the library', mayPublish: true })
		.where(eq(returnLines.returnId, returnId))
		.run()
	expect(caseStudies(council(), year).map((c) => [c.period, c.measure, c.narrative])).toEqual([
		['H1 2027/28', 'V-1: Volunteering hours', 'Forty residents helped at the library'],
		['H1 2027/28', 'V-2: How you will help', 'Forty residents helped at the library'],
	])
	expect(returnsInYear(council(), year, '2029-06-01')).toEqual({
		due: 2,
		onTime: 2,
		late: 0,
		missing: 0,
		notYetDue: 0,
		notYetDueReceived: 0,
	})
	// The returned one was received (and sent back); the draft was never submitted.
	expect(returnsInYear(council(), { start: '2028-04-01', end: '2029-03-31' }, '2029-06-01')).toEqual({
		due: 2,
		onTime: 1,
		late: 0,
		missing: 1,
		notYetDue: 0,
		notYetDueReceived: 0,
	})
	// On 10 April 2028, H2 2027/28 (due 30 April) was in, but not yet due.
	expect(returnsInYear(council(), year, '2028-04-10')).toEqual({
		due: 1,
		onTime: 1,
		late: 0,
		missing: 0,
		notYetDue: 1,
		notYetDueReceived: 1,
	})
})

test('the report features each contract’s most valuable account before any contract’s second', async () => {
	const { caseStudies, caseStudyCount } = await import('./dashboard.server.ts')
	const { returnLines } = await import('#db/schema.ts')
	const year = { start: '2027-04-01', end: '2028-03-31' }
	const publish = (contractId: number, key: string) => {
		const periodId = db
			.select()
			.from(reportingPeriods)
			.where(and(eq(reportingPeriods.contractId, contractId), eq(reportingPeriods.key, key)))
			.get()!.id
		const returnId = db.select().from(progressReturns).where(eq(progressReturns.periodId, periodId)).get()!.id
		db.update(returnLines)
			.set({ narrative: `Story ${key}`, mayPublish: true })
			.where(eq(returnLines.returnId, returnId))
			.run()
	}
	publish(fixture.contractId, '2027-28-H1')
	publish(fixture.contractId, '2027-28-H2')
	const second = await setUpAwardedContract('DB-2', Date.UTC(2027, 0, 10, 9))
	file('2027-28-H1', 3, 'approved', '2027-10-05T09:00:00Z', second)
	publish(second.contractId, '2027-28-H1')
	const featured = (limit?: number) =>
		caseStudies(council(), year, limit).map(
			(c) => `${c.reference} ${c.period} ${c.measure.slice(0, 3)} ${c.deliveredPence}`,
		)
	expect(featured()).toEqual([
		'DB-1/C H1 2027/28 V-1 59255',
		'DB-2/C H1 2027/28 V-1 5079',
		'DB-1/C H2 2027/28 V-1 33860',
		'DB-2/C H1 2027/28 V-2 0',
		'DB-1/C H1 2027/28 V-2 0',
		'DB-1/C H2 2027/28 V-2 0',
	])
	expect(featured(3)).toEqual(featured().slice(0, 3))
	expect(caseStudyCount(council(), year)).toBe(6)
})

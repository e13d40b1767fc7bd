// A large council's data, inserted straight into the database in one transaction: the TOMs,
// suppliers, tenders with their matrices, and contracts with their commitments, periods and
// returns. `npm run bench` and `npm run measure` load pages and time queries against it.
import { asc, count, eq, sql } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { db, type Tx } from '#db/client.server.ts'
import {
	contractCommitments,
	contractEvents,
	contractMilestones,
	contracts,
	councilPriorities,
	matrices,
	matrixEvents,
	matrixLines,
	matrixMilestones,
	organisations,
	progressReturns,
	reportingPeriods,
	returnEvents,
	returnLines,
	tenderMeasures,
	tenders,
	tomsEditions,
	tomsMeasurePriorities,
	tomsMeasures,
	tomsOutcomes,
	tomsThemes,
	users,
	type ReturnStatus,
} from '#db/schema.ts'
import type { MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { lineValuePence } from '#app/domain/matrix/valuation.ts'
import { reportingPeriods as periodsFor } from '#app/domain/returns/periods.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { syncCommitmentSchedule } from '#app/lib/commitment-schedule.server.ts'
import { syncReportingPeriods } from '#app/lib/reporting-periods.server.ts'
import { getSettings } from '#app/lib/settings.server.ts'
import { createCouncil, firstCouncil } from '#app/lib/councils.server.ts'
import { addDays, addMonths } from '#app/domain/calendar-dates.ts'
import { runningContractTerm, tenderedContractTerm, thirtyMonthsFrom, type Term } from '#server/bench/dates.ts'
import { benchSizes, type BenchSizes } from '#server/bench/sizes.ts'

const DAY = 86_400_000
export const COUNCIL_NAME = 'Benchshire Council'
export const themeNames = [
	'Jobs and skills',
	'Local economy',
	'Healthier communities',
	'Net zero',
	'Innovation',
] as const
const themeLetters = ['J', 'E', 'C', 'N', 'I']
const OUTCOMES_PER_THEME = 4
/** Keys of the starting units: measures hold a unit's key. */
const units: string[] = [
	'hours',
	'people_fte',
	'weeks',
	'expert_hours',
	'pounds',
	'tonnes_co2e',
	'hours_attendees',
	'visits',
	'employees',
]

const guidance =
	'Count only what happens because of this contract and would not have happened otherwise. Work with the council’s employment and skills team to reach people furthest from work, and agree the details with the contract manager before you start.'
const evidenceGuidance = 'Timesheets or attendance lists with dates, and a short account from someone who took part.'
const methodStatement =
	'We will recruit through the council’s employment hub and local schools, mentor each person for their first six months and report progress monthly to the contract manager. Our social value lead owns delivery and reviews it with the board every quarter.'

export type SeedOptions = {
	/** 1 for the full dataset; see `benchSizes`. */
	scale?: number
	/** The contracts' first day; by default six quarters before the current one. */
	start?: string
	now?: number
}

export type BenchData = {
	now: number
	sizes: BenchSizes
	term: Term
	users: { admin: number; manager: number; supplier: number }
	/** The signed-in supplier's 50-line draft, on a tender still open. */
	editMatrixId: number
	/** One of the submitted matrices on the tender whose bids are compared. */
	reviewMatrixId: number
	comparisonTenderId: number
	/** A submitted return waiting for the council's decision. */
	reviewReturnId: number
	/** The last due date of the contracts' periods: reminders are overdue for every open one after it. */
	lastDueDate: string
}

type Measure = {
	id: number
	code: string
	title: string
	unit: string
	proxyValuePence: number | null
	themeName: string
}

/**
 * Fills an empty database. Refuses one with users in it: this is for a scratch database
 * only, never the portal's own.
 */
export function seedBenchData(options: SeedOptions = {}): BenchData {
	const now = options.now ?? Date.now()
	const sizes = benchSizes(options.scale ?? 1)
	const today = toLondonDateTime(now).date
	const term = options.start ? thirtyMonthsFrom(options.start) : runningContractTerm(today)
	const [{ n }] = db.select({ n: count() }).from(users).all() as [{ n: number }]
	if (n > 0) throw new Error('The benchmark seeds an empty database only, and this one has users')

	return db.transaction((tx) => {
		const council = createCouncil(tx, { name: COUNCIL_NAME }, now)
		const staff = (email: string, name: string, role: 'admin' | 'contract_manager') =>
			tx
				.insert(users)
				.values({
					organisationId: council.id,
					email,
					name,
					role,
					status: 'active',
					passwordHash: 'x',
					emailVerifiedAt: now,
					createdAt: now,
					updatedAt: now,
				})
				.returning()
				.get().id
		const admin = staff('lead@council.example', 'Sam Lead', 'admin')
		const managers = Array.from({ length: 5 }, (_, i) =>
			staff(`cm${i}@council.example`, `Contract Manager ${i + 1}`, 'contract_manager'),
		)
		const suppliers = seedSuppliers(tx, sizes.suppliers, now)
		const { editionId, measures } = seedToms(tx, council.id, sizes.measures, now)

		const bidding = tenderedContractTerm(today)
		const spread = (count: number, offset = 0) =>
			Array.from(
				{ length: count },
				(_, i) => measures[(offset + Math.floor((i * measures.length) / count)) % measures.length]!,
			)
		const tenderFor = (
			reference: string,
			title: string,
			deadlineAt: number,
			status: 'draft' | 'published',
			scope: Measure[],
			contractTerm: Term,
			managerId: number,
		) => {
			const tender = tx
				.insert(tenders)
				.values({
					councilId: council.id,
					reference,
					title,
					description: `${title}: the council’s requirement, lots and timetable.`,
					estimatedValuePence: 1_000_000_00,
					contractStart: contractTerm.start,
					contractEnd: contractTerm.end,
					deadlineAt,
					weightingPercent: 10,
					cadence: 'quarterly',
					editionId,
					contractManagerId: managerId,
					status,
					publishedAt: status === 'published' ? deadlineAt - 30 * DAY : null,
					createdAt: now,
					updatedAt: now,
				})
				.returning()
				.get()
			tx.insert(tenderMeasures)
				.values(scope.map((m) => ({ tenderId: tender.id, measureId: m.id })))
				.run()
			return tender.id
		}
		const matrixFor = (
			tenderId: number,
			organisationId: number,
			status: MatrixStatus,
			scope: Measure[],
			contractTerm: Term,
			complete: number,
			submittedAt: number | null,
		) => {
			const matrix = tx
				.insert(matrices)
				.values({
					tenderId,
					organisationId,
					status,
					qualityScoreHundredths: status === 'draft' ? null : 6000 + ((tenderId * 7 + organisationId) % 40) * 100,
					declarationsConfirmedAt: submittedAt,
					submittedAt,
					createdAt: now,
					updatedAt: now,
				})
				.returning()
				.get()
			const supplierUser = suppliers.userOf.get(organisationId)!
			tx.insert(matrixEvents)
				.values({
					matrixId: matrix.id,
					at: now - 40 * DAY,
					byUserId: supplierUser,
					fromStatus: null,
					toStatus: 'draft',
				})
				.run()
			if (submittedAt !== null)
				tx.insert(matrixEvents)
					.values({
						matrixId: matrix.id,
						at: submittedAt,
						byUserId: supplierUser,
						fromStatus: 'draft',
						toStatus: 'submitted',
					})
					.run()
			scope.slice(0, complete).forEach((measure, k) => {
				const qualitative = measure.unit === 'text'
				const quantity = (100 + ((organisationId + k) % 9) * 25) * 100
				const line = tx
					.insert(matrixLines)
					.values({
						matrixId: matrix.id,
						measureId: measure.id,
						quantityHundredths: qualitative ? null : quantity,
						commitmentText: qualitative ? 'Two open days a year for local schools' : '',
						responsibleName: 'Alex Morgan',
						responsibleRole: 'Social value lead',
						responsibleEmail: 'alex.morgan@supplier.example',
						methodStatement,
						updatedAt: now,
					})
					.returning({ id: matrixLines.id })
					.get()
				if (!qualitative) {
					tx.insert(matrixMilestones)
						.values([
							{
								lineId: line.id,
								position: 0,
								date: addDays(addMonths(contractTerm.start, 12), -1),
								cumulativeHundredths: Math.round((quantity * 2) / 5),
							},
							{ lineId: line.id, position: 1, date: contractTerm.end, cumulativeHundredths: quantity },
						])
						.run()
				}
			})
			return matrix.id
		}

		// Tenders open for bids or being evaluated, and their matrices.
		const benchSupplier = suppliers.ids[0]!
		let editMatrixId = 0
		let reviewMatrixId = 0
		let comparisonTenderId = 0
		for (let i = 0; i < sizes.tenders; i++) {
			const reference = `O/${String(i).padStart(4, '0')}`
			const manager = managers[i % managers.length]!
			if (i === 0) {
				const scope = spread(sizes.matrixLines)
				const tenderId = tenderFor(
					reference,
					'Highways maintenance framework',
					now + 30 * DAY,
					'published',
					scope,
					bidding,
					manager,
				)
				// Most lines done, the last few still to do: the supplier is part way through.
				editMatrixId = matrixFor(tenderId, benchSupplier, 'draft', scope, bidding, sizes.matrixLines - 5, null)
			} else if (i === 1) {
				const scope = spread(sizes.matrixLines, 1)
				comparisonTenderId = tenderFor(
					reference,
					'Adult social care home support',
					now - 7 * DAY,
					'published',
					scope,
					bidding,
					managers[0]!,
				)
				for (let s = 0; s < sizes.comparedMatrices; s++) {
					const matrixId = matrixFor(
						comparisonTenderId,
						suppliers.ids[(s + 1) % suppliers.ids.length]!,
						'submitted',
						scope,
						bidding,
						scope.length,
						now - 10 * DAY,
					)
					if (s === 0) reviewMatrixId = matrixId
				}
			} else {
				const kind = i % 10
				const scope = spread(10, i)
				if (kind < 4) {
					const tenderId = tenderFor(
						reference,
						`Open tender ${i}`,
						now + (1 + (i % 40)) * DAY,
						'published',
						scope,
						bidding,
						manager,
					)
					matrixFor(tenderId, suppliers.ids[i % suppliers.ids.length]!, 'draft', scope, bidding, 3, null)
				} else if (kind < 9) {
					const tenderId = tenderFor(
						reference,
						`Tender in evaluation ${i}`,
						now - (1 + (i % 60)) * DAY,
						'published',
						scope,
						bidding,
						manager,
					)
					for (let s = 0; s < 5; s++)
						matrixFor(
							tenderId,
							suppliers.ids[(i * 5 + s) % suppliers.ids.length]!,
							'submitted',
							scope,
							bidding,
							scope.length,
							now - (2 + (i % 60)) * DAY,
						)
				} else {
					tenderFor(reference, `Draft tender ${i}`, now + 60 * DAY, 'draft', scope, bidding, manager)
				}
			}
		}

		// Contracts: each awarded from its own tender, with frozen commitments, periods and returns.
		const step = Math.floor(measures.length / sizes.commitmentsPerContract)
		let reviewReturnId = 0
		let lastDueDate = term.end
		for (let c = 0; c < sizes.contracts; c++) {
			const managerId = managers[c % managers.length]!
			const supplierId = suppliers.ids[c % sizes.incumbents]!
			const supplierUser = suppliers.userOf.get(supplierId)!
			const scope = Array.from({ length: sizes.commitmentsPerContract }, (_, k) => measures[k * step + (c % step)]!)
			const tenderId = tenderFor(
				`T/${c}`,
				`Tender ${c}`,
				Date.parse(`${term.start}T12:00:00Z`) - 60 * DAY,
				'published',
				scope,
				term,
				managerId,
			)
			const matrixId = matrixFor(
				tenderId,
				supplierId,
				'awarded',
				scope,
				term,
				scope.length,
				Date.parse(`${term.start}T12:00:00Z`) - 61 * DAY,
			)
			const awardedAt = Date.parse(`${term.start}T12:00:00Z`) - 30 * DAY
			const contract = tx
				.insert(contracts)
				.values({
					councilId: council.id,
					reference: `C/${c}`,
					title: `Contract ${c}`,
					tenderId,
					matrixId,
					organisationId: supplierId,
					contractManagerId: managerId,
					startDate: term.start,
					endDate: term.end,
					valuePence: 1_000_000_00,
					cadence: 'quarterly',
					awardedAt,
					createdAt: awardedAt,
					updatedAt: awardedAt,
				})
				.returning()
				.get()
			tx.insert(contractEvents)
				.values({ contractId: contract.id, at: awardedAt, byUserId: managerId, kind: 'awarded' })
				.run()
			const commitments = scope.map((measure, k) => {
				const qualitative = measure.unit === 'text'
				const quantity = qualitative ? null : 1000_00
				const commitment = tx
					.insert(contractCommitments)
					.values({
						contractId: contract.id,
						measureId: measure.id,
						position: k,
						measureCode: measure.code,
						measureTitle: measure.title,
						themeName: measure.themeName,
						unit: measure.unit,
						proxyValuePence: measure.proxyValuePence,
						quantityHundredths: quantity,
						commitmentText: qualitative ? 'Two open days a year for local schools' : '',
						valuePence: quantity === null ? null : lineValuePence(quantity, measure.proxyValuePence),
						responsibleName: 'Alex Morgan',
						responsibleRole: 'Social value lead',
						responsibleEmail: 'alex.morgan@supplier.example',
						methodStatement,
					})
					.returning({ id: contractCommitments.id })
					.get()
				if (!qualitative) {
					tx.insert(contractMilestones)
						.values([
							{
								commitmentId: commitment.id,
								position: 0,
								date: addDays(addMonths(term.start, 12), -1),
								cumulativeHundredths: 400_00,
							},
							{ commitmentId: commitment.id, position: 1, date: term.end, cumulativeHundredths: 1000_00 },
						])
						.run()
				}
				return { id: commitment.id, qualitative }
			})
			syncReportingPeriods(tx, {
				id: contract.id,
				councilId: council.id,
				startDate: term.start,
				endDate: term.end,
				cadence: 'quarterly',
			})
			syncCommitmentSchedule(tx, contract.id, getSettings(council.id, tx).financialYearStartMonth)
			const periods = tx
				.select()
				.from(reportingPeriods)
				.where(eq(reportingPeriods.contractId, contract.id))
				.orderBy(asc(reportingPeriods.startDate))
				.all()
			for (const [index, period] of periods.entries()) {
				// Ended periods approved, the next two in and waiting, the rest started.
				const status: ReturnStatus = index < 6 ? 'approved' : index < 8 ? 'submitted' : 'draft'
				const late = status !== 'draft' && c % 7 === 0
				const submittedAt =
					status === 'draft' ? null : Date.parse(`${period.dueDate}T12:00:00Z`) + (late ? 3 : -5) * DAY
				const decidedAt = status === 'approved' ? submittedAt! + 4 * DAY : null
				const ret = tx
					.insert(progressReturns)
					.values({
						contractId: contract.id,
						periodId: period.id,
						status,
						submittedAt,
						late,
						decidedAt,
						createdAt: now,
						updatedAt: now,
					})
					.returning({ id: progressReturns.id })
					.get()
				tx.insert(returnLines)
					.values(
						commitments.map((commitment, k) => ({
							returnId: ret.id,
							commitmentId: commitment.id,
							deliveredHundredths: commitment.qualitative ? null : 30_00 + (c % 40) * 100 + k * 50,
							deliveredText: commitment.qualitative ? 'Held one open day with two schools' : '',
							milestoneStatus: 'on_track' as const,
							narrative:
								'Twelve local people started apprenticeships this quarter, three of them care leavers, each with a mentor from our site team.',
							mayPublish: index === 0,
							updatedAt: now,
						})),
					)
					.run()
				tx.insert(returnEvents)
					.values({
						returnId: ret.id,
						at: now - 200 * DAY,
						byUserId: supplierUser,
						fromStatus: null,
						toStatus: 'draft',
					})
					.run()
				if (submittedAt !== null)
					tx.insert(returnEvents)
						.values({
							returnId: ret.id,
							at: submittedAt,
							byUserId: supplierUser,
							fromStatus: 'draft',
							toStatus: 'submitted',
						})
						.run()
				if (decidedAt !== null)
					tx.insert(returnEvents)
						.values({
							returnId: ret.id,
							at: decidedAt,
							byUserId: managerId,
							fromStatus: 'submitted',
							toStatus: 'approved',
						})
						.run()
				if (c === 0 && status === 'submitted' && reviewReturnId === 0) reviewReturnId = ret.id
				if (period.dueDate > lastDueDate) lastDueDate = period.dueDate
			}
		}

		return {
			now,
			sizes,
			term,
			users: { admin, manager: managers[0]!, supplier: suppliers.userOf.get(benchSupplier)! },
			editMatrixId,
			reviewMatrixId,
			comparisonTenderId,
			reviewReturnId,
			lastDueDate,
		}
	})
}

/** Supplier organisations, each with one member who receives its reminders. */
function seedSuppliers(tx: Tx, total: number, now: number) {
	const ids: number[] = []
	const userOf = new Map<number, number>()
	const types = ['sme', 'micro', 'large', 'vcse'] as const
	for (let from = 0; from < total; from += 500) {
		const batch = Array.from({ length: Math.min(500, total - from) }, (_, i) => from + i)
		const orgs = tx
			.insert(organisations)
			.values(
				batch.map((i) => ({
					kind: 'supplier' as const,
					name: `Supplier ${i}`,
					supplierType: types[i % types.length],
					registrationNumber: `BN${String(i).padStart(6, '0')}`,
					postcode: 'EX1 1AA',
					createdAt: now,
				})),
			)
			.returning({ id: organisations.id })
			.all()
		const members = tx
			.insert(users)
			.values(
				orgs.map((org, j) => ({
					organisationId: org.id,
					email: `bids@supplier${batch[j]}.example`,
					name: `Bid Writer ${batch[j]}`,
					role: 'supplier' as const,
					status: 'active' as const,
					passwordHash: 'x',
					isOrgAdmin: true,
					emailVerifiedAt: now,
					createdAt: now,
					updatedAt: now,
				})),
			)
			.returning({ id: users.id, organisationId: users.organisationId })
			.all()
		for (const org of orgs) ids.push(org.id)
		for (const member of members) userOf.set(member.organisationId, member.id)
	}
	return { ids, userOf }
}

/** A published, current TOMs edition: five themes, four outcomes each, and the measures spread over them. */
function seedToms(tx: Tx, councilId: number, total: number, now: number): { editionId: number; measures: Measure[] } {
	const priorities = tx
		.insert(councilPriorities)
		.values(
			['Thriving economy', 'Healthy lives', 'Net zero by 2030', 'Safe communities', 'Skills for all'].map(
				(name, i) => ({ councilId, code: `P${i + 1}`, name, position: i, createdAt: now, updatedAt: now }),
			),
		)
		.returning({ id: councilPriorities.id })
		.all()
	const edition = tx
		.insert(tomsEditions)
		.values({
			councilId,
			name: '2026/27',
			description: 'The council’s themes, outcomes and measures for 2026/27.',
			status: 'draft',
			createdAt: now,
			updatedAt: now,
		})
		.returning()
		.get()
	const measures: Measure[] = []
	const outcomeCount = themeNames.length * OUTCOMES_PER_THEME
	for (const [t, themeName] of themeNames.entries()) {
		const theme = tx
			.insert(tomsThemes)
			.values({ editionId: edition.id, name: themeName, position: t })
			.returning()
			.get()
		for (let o = 0; o < OUTCOMES_PER_THEME; o++) {
			const outcomeIndex = t * OUTCOMES_PER_THEME + o
			const outcome = tx
				.insert(tomsOutcomes)
				.values({ editionId: edition.id, themeId: theme.id, name: `${themeName}: outcome ${o + 1}`, position: o })
				.returning()
				.get()
			const first = Math.round((outcomeIndex * total) / outcomeCount)
			const last = Math.round(((outcomeIndex + 1) * total) / outcomeCount)
			for (let i = first; i < last; i++) {
				// Every tenth measure is qualitative and every seventh record only, as in real frameworks.
				const unit: string = i % 10 === 9 ? 'text' : units[i % units.length]!
				const proxyValuePence = unit === 'text' || i % 7 === 6 ? null : 1693 + (i % 23) * 411
				const code = `${themeLetters[t]}${i - Math.round((t * OUTCOMES_PER_THEME * total) / outcomeCount) + 1}`
				const title = `${unit === 'text' ? 'How you will support' : 'Amount of support for'} ${themeName.toLowerCase()} (${code})`
				const measure = tx
					.insert(tomsMeasures)
					.values({
						editionId: edition.id,
						outcomeId: outcome.id,
						position: i - first,
						code,
						title,
						unit,
						proxyValuePence,
						guidance,
						evidenceGuidance,
					})
					.returning({ id: tomsMeasures.id })
					.get()
				tx.insert(tomsMeasurePriorities)
					.values([
						{ measureId: measure.id, priorityId: priorities[i % priorities.length]!.id },
						...(i % 3 === 0
							? [{ measureId: measure.id, priorityId: priorities[(i + 2) % priorities.length]!.id }]
							: []),
					])
					.run()
				measures.push({ id: measure.id, code, title, unit, proxyValuePence, themeName })
			}
		}
	}
	tx.update(tomsEditions)
		.set({ status: 'published', isCurrent: true, publishedAt: now })
		.where(eq(tomsEditions.id, edition.id))
		.run()
	return { editionId: edition.id, measures }
}

/**
 * Adds contracts with reporting periods and nothing filed until the database holds
 * `target` periods, all sharing the seeded contracts' term: the reminder run's worst case,
 * every period outstanding. Returns how many periods there are now.
 */
export function seedOutstandingPeriods(target: number, term: Term): number {
	return db.transaction((tx) => {
		const have = () => (tx.select({ n: count() }).from(reportingPeriods).all() as [{ n: number }])[0].n
		const councilId = firstCouncil(tx)!.id
		const settings = getSettings(councilId, tx)
		const periods = periodsFor({
			start: term.start,
			end: term.end,
			cadence: 'quarterly',
			financialYearStartMonth: settings.financialYearStartMonth,
			dueDays: settings.returnDueDays,
		})
		const supplierIds = tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(eq(organisations.kind, 'supplier'))
			.all()
			.map((o) => o.id)
		const managerIds = tx
			.select({ id: users.id })
			.from(users)
			.where(eq(users.role, 'contract_manager'))
			.all()
			.map((u) => u.id)
		const edition = tx.select({ id: tomsEditions.id }).from(tomsEditions).where(eq(tomsEditions.isCurrent, true)).get()
		if (!edition || supplierIds.length === 0 || managerIds.length === 0)
			throw new Error('Seed the benchmark data first')
		const missing = Math.max(0, target - have())
		const contractCount = Math.ceil(missing / periods.length)
		const at = Date.parse(`${term.start}T12:00:00Z`) - 30 * DAY
		for (let r = 0; r < contractCount; r++) {
			const organisationId = supplierIds[r % supplierIds.length]!
			const contractManagerId = managerIds[r % managerIds.length]!
			const tender = tx
				.insert(tenders)
				.values({
					councilId,
					reference: `R/${r}`,
					title: `Running contract ${r}`,
					estimatedValuePence: 250_000_00,
					contractStart: term.start,
					contractEnd: term.end,
					deadlineAt: at - 30 * DAY,
					weightingPercent: 10,
					cadence: 'quarterly',
					editionId: edition.id,
					contractManagerId,
					status: 'published',
					publishedAt: at - 60 * DAY,
					createdAt: at,
					updatedAt: at,
				})
				.returning({ id: tenders.id })
				.get()
			const matrix = tx
				.insert(matrices)
				.values({
					tenderId: tender.id,
					organisationId,
					status: 'awarded',
					submittedAt: at - 31 * DAY,
					createdAt: at,
					updatedAt: at,
				})
				.returning({ id: matrices.id })
				.get()
			const contract = tx
				.insert(contracts)
				.values({
					councilId,
					reference: `R/${r}`,
					title: `Running contract ${r}`,
					tenderId: tender.id,
					matrixId: matrix.id,
					organisationId,
					contractManagerId,
					startDate: term.start,
					endDate: term.end,
					valuePence: 250_000_00,
					cadence: 'quarterly',
					awardedAt: at,
					createdAt: at,
					updatedAt: at,
				})
				.returning({ id: contracts.id })
				.get()
			tx.insert(reportingPeriods)
				.values(
					periods.map((p) => ({
						contractId: contract.id,
						key: p.key,
						label: p.label,
						startDate: p.start,
						endDate: p.end,
						dueDate: p.dueDate,
					})),
				)
				.run()
		}
		return have()
	})
}

/** What the database holds, in words, for the results. */
export function describeData(): string[] {
	const tally = (table: SQLiteTable) => db.get<{ n: number }>(sql`select count(*) as "n" from ${table}`)!.n
	const described: [string, number][] = [
		['measures', tally(tomsMeasures)],
		['supplier organisations', tally(organisations) - 1],
		['tenders', tally(tenders)],
		['matrices', tally(matrices)],
		['matrix lines', tally(matrixLines)],
		['contracts', tally(contracts)],
		['commitments', tally(contractCommitments)],
		['reporting periods', tally(reportingPeriods)],
		['returns', tally(progressReturns)],
		['return lines', tally(returnLines)],
	]
	return described.map(([what, n]) => `${n.toLocaleString('en-GB')} ${what}`)
}

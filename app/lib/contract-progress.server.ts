import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { contractCommitments, contractMilestones, contracts, progressReturns, reportingPeriods, returnLines } from '#db/schema.ts'
import { lineValuePence } from '#app/domain/matrix/valuation.ts'
import { expectedToDate, progressBasisPoints, ragStatus, type RagStatus } from '#app/domain/returns/progress.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { needsAction, periodState } from '#app/domain/returns/period-state.ts'
import { getSettings } from './settings.server.ts'

/** Approved quantities per commitment, summed in SQL; optionally leaving one return out. */
export function deliveredByCommitment(contractId: number | number[], exceptReturnId?: number): Map<number, number> {
	const ids = Array.isArray(contractId) ? contractId : [contractId]
	if (ids.length === 0) return new Map()
	const rows = db
		.select({ commitmentId: returnLines.commitmentId, delivered: sql<number>`coalesce(sum(${returnLines.deliveredHundredths}), 0)` })
		.from(returnLines)
		.innerJoin(progressReturns, eq(progressReturns.id, returnLines.returnId))
		.where(
			and(
				inArray(progressReturns.contractId, ids),
				eq(progressReturns.status, 'approved'),
				eq(progressReturns.nil, false),
				exceptReturnId === undefined ? undefined : ne(progressReturns.id, exceptReturnId),
			),
		)
		.groupBy(returnLines.commitmentId)
		.all()
	return new Map(rows.map((row) => [row.commitmentId, row.delivered]))
}

export type CommitmentProgress = {
	id: number
	measureCode: string
	measureTitle: string
	themeName: string
	unit: string
	qualitative: boolean
	committedHundredths: number | null
	deliveredHundredths: number
	expectedHundredths: number | null
	progressBasisPoints: number | null
	rag: RagStatus
	committedValuePence: number | null
	deliveredValuePence: number | null
}

/**
 * Committed, delivered (approved returns only), expected by `now` from the milestones, and
 * the RAG status, per commitment, with £ committed and delivered.
 */
export function contractProgress(contractId: number, now: number) {
	return contractsProgress([contractId], now).get(contractId) ?? null
}

export type ContractProgress = { rows: CommitmentProgress[]; committedPence: number; deliveredPence: number }

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>()
	for (const item of items) {
		const group = groups.get(key(item))
		if (group) group.push(item)
		else groups.set(key(item), [item])
	}
	return groups
}

/** `contractProgress` for many contracts at once: four queries however many there are. */
export function contractsProgress(contractIds: number[], now: number): Map<number, ContractProgress> {
	if (contractIds.length === 0) return new Map()
	const starts = new Map(
		db
			.select({ id: contracts.id, startDate: contracts.startDate })
			.from(contracts)
			.where(inArray(contracts.id, contractIds))
			.all()
			.map((c) => [c.id, c.startDate]),
	)
	const settings = getSettings()
	const asOf = toLondonDateTime(now).date
	const commitments = db
		.select({
			id: contractCommitments.id,
			contractId: contractCommitments.contractId,
			measureCode: contractCommitments.measureCode,
			measureTitle: contractCommitments.measureTitle,
			themeName: contractCommitments.themeName,
			unit: contractCommitments.unit,
			quantityHundredths: contractCommitments.quantityHundredths,
			proxyValuePence: contractCommitments.proxyValuePence,
			valuePence: contractCommitments.valuePence,
		})
		.from(contractCommitments)
		.where(inArray(contractCommitments.contractId, contractIds))
		.orderBy(asc(contractCommitments.contractId), asc(contractCommitments.position))
		.all()
	// expectedToDate orders milestones by date itself, so no ORDER BY here.
	const milestones = db
		.select({ commitmentId: contractMilestones.commitmentId, date: contractMilestones.date, cumulativeHundredths: contractMilestones.cumulativeHundredths })
		.from(contractMilestones)
		.where(inArray(contractMilestones.commitmentId, sql`(select "id" from "contract_commitments" where "contract_id" in ${contractIds.length ? sql`(${sql.join(contractIds.map((id) => sql`${id}`), sql`, `)})` : sql`(null)`})`))
		.all()
	const delivered = deliveredByCommitment(contractIds)
	const milestonesOf = groupBy(milestones, (m) => m.commitmentId)
	const commitmentsOf = groupBy(commitments, (c) => c.contractId)
	const result = new Map<number, ContractProgress>()
	for (const [contractId, startDate] of starts) {
		const rows: CommitmentProgress[] = (commitmentsOf.get(contractId) ?? [])
			.map((c) => {
				const qualitative = c.quantityHundredths === null
				const deliveredHundredths = delivered.get(c.id) ?? 0
				const expectedHundredths = qualitative ? null : expectedToDate(milestonesOf.get(c.id) ?? [], startDate, asOf)
				return {
					id: c.id,
					measureCode: c.measureCode,
					measureTitle: c.measureTitle,
					themeName: c.themeName,
					unit: c.unit,
					qualitative,
					committedHundredths: c.quantityHundredths,
					deliveredHundredths,
					expectedHundredths,
					progressBasisPoints: expectedHundredths === null ? null : progressBasisPoints(deliveredHundredths, expectedHundredths),
					rag: qualitative ? 'not_due' : ragStatus({ deliveredHundredths, expectedHundredths, greenPercent: settings.ragGreenPercent, amberPercent: settings.ragAmberPercent }),
					committedValuePence: c.valuePence,
					deliveredValuePence: qualitative ? null : lineValuePence(deliveredHundredths, c.proxyValuePence),
				}
			})
		const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0)
		result.set(contractId, { rows, committedPence: sum(rows.map((r) => r.committedValuePence)), deliveredPence: sum(rows.map((r) => r.deliveredValuePence)) })
	}
	return result
}

/** A contract's active periods with their returns, in date order: one query. */
export function contractPeriods(contractId: number, now: number) {
	return periodsOf([contractId], now)
}

/**
 * The period each contract's supplier should file next: the earliest that needs action,
 * or else the next to end. One query for every contract.
 */
export function nextReturns(contractIds: number[], now: number) {
	const periods = periodsOf(contractIds, now)
	return new Map(
		contractIds.map((id) => {
			const own = periods.filter((p) => p.contractId === id)
			return [id, own.find((p) => needsAction.has(p.state)) ?? own.find((p) => p.state === 'upcoming') ?? null]
		}),
	)
}

function periodsOf(contractIds: number[], now: number) {
	if (contractIds.length === 0) return []
	return db
		.select({
			id: reportingPeriods.id,
			contractId: reportingPeriods.contractId,
			label: reportingPeriods.label,
			startDate: reportingPeriods.startDate,
			endDate: reportingPeriods.endDate,
			dueDate: reportingPeriods.dueDate,
			returnId: progressReturns.id,
			returnStatus: progressReturns.status,
			late: progressReturns.late,
		})
		.from(reportingPeriods)
		.leftJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
		.where(and(inArray(reportingPeriods.contractId, contractIds), eq(reportingPeriods.active, true)))
		.orderBy(asc(reportingPeriods.startDate))
		.all()
		.map((period) => ({ ...period, state: periodState(period, period.returnStatus, now) }))
}

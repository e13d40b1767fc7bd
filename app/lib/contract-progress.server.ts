import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { progressReturns, reportingPeriods, returnLines } from '#db/schema.ts'
import { lineValuePence } from '#app/domain/matrix/valuation.ts'
import {
	expectedToDate,
	progressBasisPoints,
	ragStatus,
	type Milestone,
	type RagStatus,
	type RagThresholds,
} from '#app/domain/returns/progress.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { needsAction, periodState } from '#app/domain/returns/period-state.ts'
import { dueDateTiming } from '#app/domain/due-dates/due-dates.ts'
import { getSettings } from './settings.server.ts'

/** Approved quantities per commitment, summed in SQL; optionally leaving one return out. */
export function deliveredByCommitment(contractId: number | number[], exceptReturnId?: number): Map<number, number> {
	const ids = Array.isArray(contractId) ? contractId : [contractId]
	if (ids.length === 0) return new Map()
	const rows = db
		.select({
			commitmentId: returnLines.commitmentId,
			delivered: sql<number>`coalesce(sum(${returnLines.deliveredHundredths}), 0)`,
		})
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

/** The rows' RAG tags come with the thresholds they were decided by, for the rule shown beside them. */
export type ContractProgress = {
	rows: CommitmentProgress[]
	committedPence: number
	deliveredPence: number
	ragThresholds: RagThresholds
}

/** A council's RAG thresholds, from its settings. */
export function councilRagThresholds(councilId: number): RagThresholds {
	const settings = getSettings(councilId)
	return { greenPercent: settings.ragGreenPercent, amberPercent: settings.ragAmberPercent }
}

type CommitmentInputs = {
	id: number
	contractId: number
	startDate: string
	measureCode: string
	measureTitle: string
	themeName: string
	unit: string
	quantityHundredths: number | null
	proxyValuePence: number | null
	valuePence: number | null
	delivered: number
	/** "date cumulative" pairs, comma separated: one row per commitment instead of one per milestone. */
	milestones: string | null
}

/** Milestones packed by SQL as "date cumulative" pairs, comma separated. */
export function parseMilestones(packed: string | null): Milestone[] {
	if (!packed) return []
	return packed.split(',').map((pair) => {
		const [date, cumulative] = pair.split(' ')
		return { date: date!, cumulativeHundredths: Number(cumulative) }
	})
}

/**
 * `contractProgress` for many contracts at once, in one statement however many there are:
 * delivered comes from the totals the database keeps per commitment (see `deliveredTotals`).
 */
export function contractsProgress(contractIds: number[], now: number): Map<number, ContractProgress> {
	if (contractIds.length === 0) return new Map()
	const asOf = toLondonDateTime(now).date
	const ids = JSON.stringify(contractIds)
	// A supplier's contracts may be with several councils, each with its own thresholds.
	const result = new Map<number, ContractProgress>(
		db
			.all<{ id: number; greenPercent: number; amberPercent: number }>(
				sql`select c."id", co."rag_green_percent" as "greenPercent", co."rag_amber_percent" as "amberPercent"
					from "contracts" c join "councils" co on co."id" = c."council_id"
					where c."id" in (select value from json_each(${ids}))`,
			)
			.map((c) => [
				c.id,
				{
					rows: [],
					committedPence: 0,
					deliveredPence: 0,
					ragThresholds: { greenPercent: c.greenPercent, amberPercent: c.amberPercent },
				},
			]),
	)
	const inputs = db.all<CommitmentInputs>(sql`
		select cc."id" as "id", cc."contract_id" as "contractId", ct."start_date" as "startDate", cc."measure_code" as "measureCode", cc."measure_title" as "measureTitle",
			cc."theme_name" as "themeName", cc."unit" as "unit", cc."quantity_hundredths" as "quantityHundredths", cc."proxy_value_pence" as "proxyValuePence",
			cc."value_pence" as "valuePence",
			coalesce((select sum(dt."delivered_hundredths") from "delivered_totals" dt where dt."commitment_id" = cc."id"), 0) as "delivered",
			(select group_concat(cm."date" || ' ' || cm."cumulative_hundredths") from "contract_milestones" cm where cm."commitment_id" = cc."id") as "milestones"
		from "contract_commitments" cc
		join "contracts" ct on ct."id" = cc."contract_id"
		where cc."contract_id" in (select value from json_each(${ids}))
		order by cc."contract_id", cc."position"`)
	for (const c of inputs) {
		const qualitative = c.quantityHundredths === null
		const deliveredHundredths = c.delivered
		// expectedToDate orders milestones by date itself.
		const expectedHundredths = qualitative ? null : expectedToDate(parseMilestones(c.milestones), c.startDate, asOf)
		const row: CommitmentProgress = {
			id: c.id,
			measureCode: c.measureCode,
			measureTitle: c.measureTitle,
			themeName: c.themeName,
			unit: c.unit,
			qualitative,
			committedHundredths: c.quantityHundredths,
			deliveredHundredths,
			expectedHundredths,
			progressBasisPoints:
				expectedHundredths === null ? null : progressBasisPoints(deliveredHundredths, expectedHundredths),
			rag: qualitative
				? 'not_due'
				: ragStatus({ deliveredHundredths, expectedHundredths, ...result.get(c.contractId)!.ragThresholds }),
			committedValuePence: c.valuePence,
			deliveredValuePence: qualitative ? null : lineValuePence(deliveredHundredths, c.proxyValuePence),
		}
		const progress = result.get(c.contractId)
		if (!progress) continue
		progress.rows.push(row)
		progress.committedPence += row.committedValuePence ?? 0
		progress.deliveredPence += row.deliveredValuePence ?? 0
	}
	return result
}

/**
 * £ delivered to date per contract (approved returns only): the figure the contract page
 * totals, for the register's pages and downloads. One statement however many contracts.
 */
export function deliveredPenceByContract(contractIds: number[], now: number): Map<number, number> {
	return new Map([...contractsProgress(contractIds, now)].map(([id, progress]) => [id, progress.deliveredPence]))
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

/** The active periods of these contracts with their returns and where each stands, in date order: one query. */
export function periodsOf(contractIds: number[], now: number) {
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
			imported: progressReturns.imported,
		})
		.from(reportingPeriods)
		.leftJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
		.where(and(inArray(reportingPeriods.contractId, contractIds), eq(reportingPeriods.active, true)))
		.orderBy(asc(reportingPeriods.startDate))
		.all()
		.map((period) => {
			const state = periodState(period, period.returnStatus, now)
			return { ...period, state, timing: dueDateTiming({ state, date: period.dueDate }, now) }
		})
}

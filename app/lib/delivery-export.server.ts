import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import {
	contractCommitments,
	contracts,
	organisations,
	progressReturns,
	reportingPeriods,
	returnLines,
	users,
	tomsUnits,
} from '#db/schema.ts'
import { maySeeContractFigures, NOT_PUBLISHED, type Viewer } from '#app/domain/contracts/contract-audience.ts'
import { lineValuePence } from '#app/domain/matrix/valuation.ts'
import { milestoneStatusLabels } from '#app/domain/returns/milestone-status.ts'
import { returnStatusLabels } from '#app/domain/returns/return-state.ts'
import { caseStudies, contractTotalsShownTo, dashboardTotals } from './dashboard.server.ts'
import type { ExportCell } from '#app/infra/table-export.server.ts'

/**
 * Which contracts an export covers (a council's, all of them or one contract manager's) and
 * who it is for: a commercially sensitive contract's figures are only in it for those who may see them.
 */
export type ExportScope = { viewer: Viewer; councilId: number; contractManagerId?: number }

const hundredths = (value: number | null) => (value === null ? null : value / 100)
const pounds = (pence: number | null) => (pence === null ? null : pence / 100)
/** A figure in pounds, or words saying it is not published to whoever downloads it. */
const published = (pence: number | null) => (pence === null ? NOT_PUBLISHED : pence / 100)

/** The columns that say whose a contract is and whether it is commercially sensitive. */
const partiesColumns = {
	councilId: contracts.councilId,
	commerciallySensitive: contracts.commerciallySensitive,
	contractManagerId: contracts.contractManagerId,
	organisationId: contracts.organisationId,
}

/** Passes a contract's figures through for a viewer who may see them, and puts words in their place for one who may not. */
function figuresFor(viewer: Viewer, contract: Parameters<typeof maySeeContractFigures>[1] | undefined) {
	const visible = contract !== undefined && maySeeContractFigures(viewer, contract)
	return (figure: ExportCell): ExportCell => (visible ? figure : NOT_PUBLISHED)
}

/** A council's contracts' parties and supplier names, by contract id. */
function contractParties(councilId: number) {
	return new Map(
		db
			.select({ id: contracts.id, supplier: organisations.name, ...partiesColumns })
			.from(contracts)
			.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
			.where(eq(contracts.councilId, councilId))
			.all()
			.map((c) => [c.id, c]),
	)
}

function scoped(scope: ExportScope) {
	return and(
		eq(contracts.councilId, scope.councilId),
		scope.contractManagerId === undefined ? undefined : eq(contracts.contractManagerId, scope.contractManagerId),
	)
}

/** A commitment's unit is one of its own council's: unit keys repeat from council to council. */
const ownUnit = and(eq(tomsUnits.councilId, contracts.councilId), eq(tomsUnits.key, contractCommitments.unit))

export const commitmentsHeader = [
	'Contract reference',
	'Contract',
	'Supplier',
	'Contract manager',
	'Start',
	'End',
	'Measure code',
	'Measure',
	'Theme',
	'Unit',
	'Committed quantity',
	'Commitment in words',
	'Value per unit (£)',
	'Committed value (£)',
	'Delivered to date (approved)',
	'Delivered value (£)',
]

/** One row per commitment, with what approved returns have delivered so far (summed in SQL). */
export function commitmentRows(scope: ExportScope): ExportCell[][] {
	const delivered = sql<number>`coalesce((
		select sum(rl."delivered_hundredths") from "return_lines" rl
		join "progress_returns" pr on pr."id" = rl."return_id"
		where rl."commitment_id" = "contract_commitments"."id" and pr."status" = 'approved' and pr."nil" = 0
	), 0)`
	// council-scope: scoped(scope) names the council; ownUnit joins the contract's own council's units.
	const rows = db
		.select({
			reference: contracts.reference,
			title: contracts.title,
			supplier: organisations.name,
			manager: users.name,
			startDate: contracts.startDate,
			endDate: contracts.endDate,
			code: contractCommitments.measureCode,
			measure: contractCommitments.measureTitle,
			theme: contractCommitments.themeName,
			unit: sql<string>`coalesce(${tomsUnits.name}, ${contractCommitments.unit})`,
			quantity: contractCommitments.quantityHundredths,
			words: contractCommitments.commitmentText,
			proxy: contractCommitments.proxyValuePence,
			value: contractCommitments.valuePence,
			delivered,
			...partiesColumns,
		})
		.from(contractCommitments)
		.innerJoin(contracts, eq(contracts.id, contractCommitments.contractId))
		.leftJoin(tomsUnits, ownUnit)
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.innerJoin(users, eq(users.id, contracts.contractManagerId))
		.where(scoped(scope))
		.orderBy(asc(contracts.reference), asc(contractCommitments.position))
		.all()
	return rows.map((r) => {
		const qualitative = r.quantity === null
		const deliveredValue = qualitative ? null : lineValuePence(r.delivered, r.proxy)
		const shown = figuresFor(scope.viewer, r)
		return [
			r.reference,
			r.title,
			r.supplier,
			r.manager,
			r.startDate,
			r.endDate,
			r.code,
			r.measure,
			r.theme,
			r.unit,
			shown(hundredths(r.quantity)),
			shown(r.words || null),
			pounds(r.proxy),
			shown(pounds(r.value)),
			shown(qualitative ? null : hundredths(r.delivered)),
			shown(pounds(deliveredValue)),
		]
	})
}

export const deliveryHeader = [
	'Contract reference',
	'Supplier',
	'Period',
	'Period start',
	'Period end',
	'Due',
	'Return status',
	'Submitted late',
	'Measure code',
	'Measure',
	'Unit',
	'Delivered quantity',
	'Delivered in words',
	'Delivered value (£)',
	'Milestones',
	'Counts as delivered',
]

/**
 * One row per commitment per reporting period, with the return's answer if there is one,
 * a few contracts at a time in contract order, for a download that streams.
 * Each contract's rows come from one statement, so each contract is consistent in itself.
 * The statement is prepared once for the whole download, with a place for each contract of
 * a chunk, and the chunks are small: ten downloads at once hold little memory between them.
 */
export function* deliveryRowChunks(scope: ExportScope, contractsPerChunk = 5): Generator<ExportCell[][]> {
	// council-scope: scoped(scope) names the council.
	const ids = db
		.select({ id: contracts.id })
		.from(contracts)
		.where(scoped(scope))
		.orderBy(asc(contracts.reference))
		.all()
		.map((c) => c.id)
	const places = Array.from({ length: contractsPerChunk }, (_, i) => `contract${i}`)
	const statement = deliveryQuery(
		inArray(
			contracts.id,
			places.map((name) => sql.placeholder(name)),
		),
	).prepare()
	for (let start = 0; start < ids.length; start += contractsPerChunk) {
		// A short last chunk fills its spare places with an id no contract has.
		const chunk = ids.slice(start, start + contractsPerChunk)
		yield statement
			.all(Object.fromEntries(places.map((name, i) => [name, chunk[i] ?? 0])))
			.map((line) => deliveryRow(line, scope.viewer))
	}
}

function deliveryQuery(contractsWanted: SQL) {
	// council-scope: the contracts wanted were chosen by scoped(scope); ownUnit joins their own council's units.
	return db
		.select({
			reference: contracts.reference,
			supplier: organisations.name,
			period: reportingPeriods.label,
			start: reportingPeriods.startDate,
			end: reportingPeriods.endDate,
			due: reportingPeriods.dueDate,
			status: progressReturns.status,
			nil: progressReturns.nil,
			late: progressReturns.late,
			code: contractCommitments.measureCode,
			measure: contractCommitments.measureTitle,
			unit: sql<string>`coalesce(${tomsUnits.name}, ${contractCommitments.unit})`,
			qualitative: sql<number>`${contractCommitments.quantityHundredths} is null`,
			proxy: contractCommitments.proxyValuePence,
			delivered: returnLines.deliveredHundredths,
			words: returnLines.deliveredText,
			milestone: returnLines.milestoneStatus,
			...partiesColumns,
		})
		.from(reportingPeriods)
		.innerJoin(contracts, eq(contracts.id, reportingPeriods.contractId))
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.innerJoin(contractCommitments, eq(contractCommitments.contractId, contracts.id))
		.leftJoin(tomsUnits, ownUnit)
		.leftJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
		.leftJoin(
			returnLines,
			and(eq(returnLines.returnId, progressReturns.id), eq(returnLines.commitmentId, contractCommitments.id)),
		)
		.where(and(eq(reportingPeriods.active, true), contractsWanted))
		.orderBy(asc(contracts.reference), asc(reportingPeriods.startDate), asc(contractCommitments.position))
}

type DeliveryLine = Awaited<ReturnType<ReturnType<typeof deliveryQuery>['all']>>[number]

function deliveryRow(r: DeliveryLine, viewer: Viewer): ExportCell[] {
	const delivered = r.nil ? 0 : r.delivered
	const value = r.qualitative || delivered === null ? null : lineValuePence(delivered, r.proxy)
	const shown = figuresFor(viewer, r)
	return [
		r.reference,
		r.supplier,
		r.period,
		r.start,
		r.end,
		r.due,
		r.status === null
			? 'Not started'
			: r.nil
				? `${returnStatusLabels[r.status]} (nil return)`
				: returnStatusLabels[r.status],
		r.late ? 'Yes' : 'No',
		r.code,
		r.measure,
		r.unit,
		shown(r.qualitative ? null : hundredths(delivered)),
		shown(r.words || null),
		shown(pounds(value)),
		r.milestone ? milestoneStatusLabels[r.milestone] : null,
		r.status === 'approved' ? 'Yes' : 'No',
	]
}

export const registerHeader = [
	'Contract reference',
	'Contract',
	'Supplier',
	'Start',
	'End',
	'Contract value (£)',
	'Social value committed (£)',
	'Social value delivered (£)',
]

/**
 * The register as a table (`registerContracts`): every awarded contract, with the figures its
 * reader may see; a figure they may not says so and carries no number.
 */
export function registerRows(
	contracts: {
		reference: string
		title: string
		organisationName: string
		startDate: string
		endDate: string
		valuePence: number | null
		committedPence: number | null
		deliveredPence: number | null
	}[],
): ExportCell[][] {
	return contracts.map((c) => [
		c.reference,
		c.title,
		c.organisationName,
		c.startDate,
		c.endDate,
		published(c.valuePence),
		published(c.committedPence),
		published(c.deliveredPence),
	])
}

export const contractTotalsHeader = ['Contract', 'Supplier', 'Social value committed (£)', 'Social value delivered (£)']

/**
 * Every one of a council's contracts' committed and delivered social value for one of its
 * financial years, most committed first, as the annual report lists them.
 */
export function contractTotalsRows(
	councilId: number,
	year: { key: string; start: string; end: string },
	viewer: Viewer,
): ExportCell[][] {
	const rows = contractTotalsShownTo(
		viewer,
		dashboardTotals({ councilId, year, contractManagerId: null, theme: null }).byContract,
	)
	const parties = contractParties(councilId)
	return rows.map((row) => [
		row.label,
		parties.get(Number(row.key))?.supplier ?? null,
		published(row.committedPence),
		published(row.deliveredPence),
	])
}

export const caseStudiesHeader = [
	'Contract reference',
	'Contract',
	'Supplier',
	'Measure',
	'Period',
	'Delivered value (£)',
	'Account',
]

/** Every account suppliers agreed to publish for the council's year, in the order the report features them. */
export function caseStudyRows(councilId: number, year: { start: string; end: string }, viewer: Viewer): ExportCell[][] {
	const parties = contractParties(councilId)
	return caseStudies(councilId, year).map((story) => {
		const contract = parties.get(story.contractId)
		const shown = figuresFor(viewer, contract)
		return [
			story.reference,
			story.contract,
			story.supplier,
			story.measure,
			story.period,
			shown(pounds(story.deliveredPence)),
			story.narrative,
		]
	})
}

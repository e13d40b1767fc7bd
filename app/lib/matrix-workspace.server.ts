import { asc, eq } from 'drizzle-orm'
import { groupBy } from '#app/domain/group-by.ts'
import { db, type Tx } from '#db/client.server.ts'
import { matrices, matrixLines, matrixMilestones, tenders } from '#db/schema.ts'
import { lineStatus, type LineEntry, type LineStatus } from '#app/domain/matrix/matrix-lines.ts'
import { lineValuePence, matrixTotals } from '#app/domain/matrix/valuation.ts'
import { isQualitative, unitFor, type Unit } from '#app/domain/toms/units.ts'
import { tenderMeasureDetails, type TenderMeasure } from './tenders.server.ts'
import { unitCatalogue } from './units.server.ts'

export type WorkspaceLine = {
	measure: TenderMeasure & { qualitative: boolean; quantityUnit: Unit }
	entry: LineEntry | null
	status: LineStatus
	valuePence: number | null
}

function readEntries(tx: Tx | typeof db, matrixId: number): Map<number, LineEntry> {
	const lines = tx.select().from(matrixLines).where(eq(matrixLines.matrixId, matrixId)).all()
	// Joined rather than listed by line id: the same statement whatever the number of lines.
	const milestones = lines.length
		? tx
				.select({
					lineId: matrixMilestones.lineId,
					date: matrixMilestones.date,
					cumulativeHundredths: matrixMilestones.cumulativeHundredths,
				})
				.from(matrixMilestones)
				.innerJoin(matrixLines, eq(matrixLines.id, matrixMilestones.lineId))
				.where(eq(matrixLines.matrixId, matrixId))
				.orderBy(asc(matrixMilestones.lineId), asc(matrixMilestones.position))
				.all()
		: []
	const milestonesByLine = groupBy(milestones, (m) => m.lineId)
	return new Map(
		lines.map((line) => [
			line.measureId,
			{
				declined: line.declined,
				declineReason: line.declineReason,
				quantityHundredths: line.quantityHundredths,
				commitmentText: line.commitmentText,
				milestones: (milestonesByLine.get(line.id) ?? []).map((m) => ({
					date: m.date,
					cumulativeHundredths: m.cumulativeHundredths,
				})),
				responsibleName: line.responsibleName,
				responsibleRole: line.responsibleRole,
				responsibleEmail: line.responsibleEmail,
				methodStatement: line.methodStatement,
			},
		]),
	)
}

/** A matrix with every measure in scope, its entry, status and £ value, and the totals: four queries. */
export function loadMatrixWorkspace(matrixId: number, tx: Tx | typeof db = db) {
	const matrix = tx.select().from(matrices).where(eq(matrices.id, matrixId)).get()
	if (!matrix) return null
	const tender = tx.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()!
	return { matrix, ...tenderWorkspace(tender, readEntries(tx, matrixId), tx) }
}

/** A tender's measures with no answers yet: the blank matrix a bidder fills in. */
export function loadBlankWorkspace(tenderId: number, tx: Tx | typeof db = db) {
	const tender = tx.select().from(tenders).where(eq(tenders.id, tenderId)).get()
	return tender ? tenderWorkspace(tender, new Map(), tx) : null
}

function tenderWorkspace(tender: typeof tenders.$inferSelect, entries: Map<number, LineEntry>, tx: Tx | typeof db) {
	const measures = tenderMeasureDetails(tender.id, tx)
	const term = { start: tender.contractStart, end: tender.contractEnd }
	const units = unitCatalogue(tender.councilId)
	const lines: WorkspaceLine[] = measures.map((m) => {
		const quantityUnit = unitFor(units, m.unit)
		const measure = { ...m, qualitative: isQualitative(quantityUnit), quantityUnit }
		const entry = entries.get(m.id) ?? null
		const counts = entry && !entry.declined && entry.quantityHundredths !== null && !measure.qualitative
		return {
			measure,
			entry,
			status: lineStatus(entry, measure, term),
			valuePence: counts ? lineValuePence(entry.quantityHundredths!, m.proxyValuePence) : null,
		}
	})
	const totals = matrixTotals(
		lines.map((line) => ({ themeName: line.measure.themeName, valuePence: line.valuePence })),
		tender.estimatedValuePence,
	)
	return { tender, lines, totals, term }
}

export function emptyEntry(): LineEntry {
	return {
		declined: false,
		declineReason: '',
		quantityHundredths: null,
		commitmentText: '',
		milestones: [],
		responsibleName: '',
		responsibleRole: '',
		responsibleEmail: '',
		methodStatement: '',
	}
}

import { and, eq, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { matrices, matrixLines, matrixMilestones, tenderMeasures, tenders } from '#db/schema.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { supplierCanEdit, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import type { SessionUser } from './auth.server.ts'
import { getOwnMatrix, STALE, type MatrixResult } from './matrices.server.ts'

type Ctx = { ip: string; now: number }

/** Why the supplier may not change the matrix's lines now, or null when they may. */
export function editRefusal(
	matrix: { status: MatrixStatus; clarificationDueAt: number | null },
	tender: { deadlineAt: number },
	now: number,
): string | null {
	if (supplierCanEdit(matrix.status, now, tender.deadlineAt, matrix.clarificationDueAt)) return null
	if (matrix.status === 'draft') return 'The deadline for this tender has passed'
	if (matrix.status === 'changes_requested') return 'The time for changes has ended'
	return 'This matrix cannot be changed now'
}

/** Saves one line as a draft: half-filled is fine; only a supplier who may edit can. */
export function saveLine(
	user: SessionUser,
	input: { matrixId: number; measureId: number; version: number; entry: LineEntry },
	ctx: Ctx,
): MatrixResult {
	return db.transaction((tx): MatrixResult => {
		const matrix = getOwnMatrix(user, input.matrixId, tx)
		if (!matrix) return { ok: false, message: 'Matrix not found', status: 404 }
		const tender = tx.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()!
		const refusal = editRefusal(matrix, tender, ctx.now)
		if (refusal) return { ok: false, message: refusal }
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		if (!writeLine(tx, { ...input, tenderId: tender.id, matrixId: matrix.id }, ctx.now))
			return { ok: false, message: 'That measure is not in this tender', status: 404 }
		return { ok: true }
	})
}

/**
 * Writes one line of a matrix and its milestones, and moves the matrix's version on; false,
 * writing nothing, when the measure is not in the tender's scope. Whoever may write it has
 * been checked: the supplier, or the officer recording a contract directly.
 */
export function writeLine(
	tx: Tx,
	input: { tenderId: number; matrixId: number; measureId: number; entry: LineEntry },
	now: number,
): boolean {
	const inScope = tx
		.select({ id: tenderMeasures.measureId })
		.from(tenderMeasures)
		.where(and(eq(tenderMeasures.tenderId, input.tenderId), eq(tenderMeasures.measureId, input.measureId)))
		.get()
	if (!inScope) return false
	const { milestones, ...fields } = input.entry
	const line = tx
		.insert(matrixLines)
		.values({ matrixId: input.matrixId, measureId: input.measureId, ...fields, updatedAt: now })
		.onConflictDoUpdate({
			target: [matrixLines.matrixId, matrixLines.measureId],
			set: { ...fields, updatedAt: now },
		})
		.returning({ id: matrixLines.id })
		.get()
	tx.delete(matrixMilestones).where(eq(matrixMilestones.lineId, line.id)).run()
	if (milestones.length > 0) {
		tx.insert(matrixMilestones)
			.values(
				milestones.map((m, position) => ({
					lineId: line.id,
					position,
					date: m.date,
					cumulativeHundredths: m.cumulativeHundredths,
				})),
			)
			.run()
	}
	tx.update(matrices)
		.set({ version: sql`${matrices.version} + 1`, updatedAt: now })
		.where(eq(matrices.id, input.matrixId))
		.run()
	return true
}

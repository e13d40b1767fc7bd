import { and, eq, ne, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { matrices, matrixEvents, tenders } from '#db/schema.ts'
import type { MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { tenderState } from '#app/domain/tenders/tender-state.ts'
import { BIDS_ELSEWHERE } from '#app/domain/tenders/tender-rules.ts'
import { recordAudit } from './audit.server.ts'
import { isBid } from './tenders.server.ts'
import type { SessionUser } from './auth.server.ts'

type Ctx = { ip: string; now: number }
export type MatrixResult<T = object> =
	({ ok: true } & T) | { ok: false; message: string; status?: 400 | 404 | 409; problems?: string[] }

export const STALE =
	'Someone else in your organisation saved this matrix while you were editing it. Your changes were not saved: check the latest version and enter them again.'

/**
 * A supplier's own matrix, or nothing: the organisation condition is what keeps one
 * supplier out of another's bid, whatever id a URL or form carries.
 */
export function getOwnMatrix(user: SessionUser, matrixId: number, tx: Tx | typeof db = db) {
	if (user.role !== 'supplier') return undefined
	return tx
		.select()
		.from(matrices)
		.where(and(eq(matrices.id, matrixId), eq(matrices.organisationId, user.organisationId), isBid))
		.get()
}

export function findOwnMatrixForTender(user: SessionUser, tenderId: number) {
	if (user.role !== 'supplier') return undefined
	return db
		.select()
		.from(matrices)
		.where(and(eq(matrices.tenderId, tenderId), eq(matrices.organisationId, user.organisationId), isBid))
		.get()
}

/** One step in the matrix's history. */
export function recordMatrixEvent(
	tx: Tx,
	matrixId: number,
	byUserId: number,
	fromStatus: MatrixStatus | null,
	toStatus: MatrixStatus,
	at: number,
	reason?: string,
) {
	tx.insert(matrixEvents)
		.values({ matrixId, at, byUserId, fromStatus, toStatus, reason: reason ?? null })
		.run()
}

/** Starts the organisation's matrix for an open tender, or returns the one it already has. */
export function startMatrix(user: SessionUser, tenderId: number, ctx: Ctx): MatrixResult<{ matrixId: number }> {
	if (user.role !== 'supplier') return { ok: false, message: 'Only suppliers submit matrices', status: 404 }
	return db.transaction((tx): MatrixResult<{ matrixId: number }> => {
		const tender = tx.select().from(tenders).where(eq(tenders.id, tenderId)).get()
		if (!tender || tender.status === 'draft' || tender.bidding === 'direct')
			return { ok: false, message: 'Tender not found', status: 404 }
		if (tender.bidding === 'elsewhere') return { ok: false, message: BIDS_ELSEWHERE }
		const existing = tx
			.select({ id: matrices.id })
			.from(matrices)
			.where(and(eq(matrices.tenderId, tenderId), eq(matrices.organisationId, user.organisationId)))
			.get()
		if (existing) return { ok: true, matrixId: existing.id }
		if (tenderState(tender, ctx.now) !== 'open') return { ok: false, message: 'This tender is not open for bids' }
		const matrix = tx
			.insert(matrices)
			.values({
				tenderId,
				organisationId: user.organisationId,
				status: 'draft',
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning({ id: matrices.id })
			.get()
		recordMatrixEvent(tx, matrix.id, user.id, null, 'draft', ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'matrix_started',
			subject: { type: 'matrix', id: matrix.id },
			detail: { tenderId },
			ip: ctx.ip,
		})
		return { ok: true, matrixId: matrix.id }
	})
}

/** Before the deadline the council learns only how many bids are in, never what they say. */
export function submittedCount(tenderId: number): number {
	const row = db
		.select({ n: sql<number>`count(*)` })
		.from(matrices)
		.where(and(eq(matrices.tenderId, tenderId), ne(matrices.status, 'draft')))
		.get()
	return row?.n ?? 0
}

import { db } from '#db/client.server.ts'
import type { SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { editableDirectDraft, STALE_DRAFT, type Ctx } from './direct-contracts.server.ts'
import { readMatrixLines, replaceMatrixLines, type UploadResult } from './matrix-spreadsheet.server.ts'
import { loadMatrixWorkspace } from './matrix-workspace.server.ts'

function refused(message: string, status: 400 | 403 | 404 | 409): UploadResult {
	const problem: SheetProblem = { sheet: null, row: null, column: null, message }
	return { ok: false, status: status === 403 ? 404 : status, problems: [problem] }
}

/**
 * Replaces the commitments of a contract being recorded with what the supplier's matrix
 * spreadsheet holds, in the same format and with the same cell-by-cell problems as the
 * supplier's own upload; or changes nothing.
 */
export async function uploadDraftSpreadsheet(
	user: SessionUser,
	input: { matrixId: number; version: number; bytes: Uint8Array },
	ctx: Ctx,
): Promise<UploadResult> {
	const found = editableDirectDraft(user, input.matrixId)
	if (!found.ok) return refused(found.message, found.status ?? 400)
	if (found.matrix.version !== input.version) return refused(STALE_DRAFT, 409)
	const parsed = await readMatrixLines(loadMatrixWorkspace(found.matrix.id)!, input.bytes)
	if (!parsed.ok) return { ok: false, status: 400, problems: parsed.problems }
	return db.transaction((tx): UploadResult => {
		// Checked again: the file was read outside the transaction, and someone may have saved since.
		const current = editableDirectDraft(user, input.matrixId, tx)
		if (!current.ok) return refused(current.message, current.status ?? 400)
		if (current.matrix.version !== input.version) return refused(STALE_DRAFT, 409)
		replaceMatrixLines(tx, current.matrix.id, parsed.lines, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: current.tender.councilId,
			action: 'matrix_uploaded',
			subject: { type: 'matrix', id: current.matrix.id },
			detail: { lines: parsed.lines.length, direct: true },
			ip: ctx.ip,
		})
		return { ok: true, lines: parsed.lines.length }
	})
}

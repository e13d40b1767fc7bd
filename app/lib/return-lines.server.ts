import { and, eq, isNull } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { contractCommitments, evidenceFiles, returnLines } from '#db/schema.ts'
import type { EvidenceType } from '#app/domain/returns/evidence-type.ts'
import { NIL_REASON_MAX, type ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { storeEvidence } from '#app/infra/evidence-store.server.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { bumpReturnVersion, editableReturn, type ReturnResult } from './returns.server.ts'

/*
 * What a supplier fills in while the return may still change: each commitment's answer, the
 * evidence files behind it, or a nil return.
 */

type Ctx = { ip: string; now: number }

export type NewEvidenceFile = { fileName: string; type: EvidenceType; bytes: Uint8Array }

/**
 * Saves one commitment's answer as a draft and, in the same transaction, any evidence file
 * sent with it and the removal of one it had: the page sends them together, so nothing typed
 * is lost to an upload or a removal.
 */
export function saveReturnLine(
	user: SessionUser,
	input: {
		returnId: number
		commitmentId: number
		version: number
		entry: ReturnLineEntry
		evidence?: NewEvidenceFile
		removeEvidenceId?: number
	},
	ctx: Ctx,
): ReturnResult {
	return db.transaction((tx): ReturnResult => {
		const found = editableReturn(tx, user, input.returnId, input.version)
		if (!found.ok) return found
		if (!commitmentOf(tx, found.contract.id, input.commitmentId))
			return { ok: false, message: 'That commitment is not in this contract', status: 404 }
		// Before anything is written, so a file that is not there leaves the answer unsaved too.
		if (
			input.removeEvidenceId !== undefined &&
			!markEvidenceRemoved(tx, user, found.contract, input.returnId, input.removeEvidenceId, ctx)
		)
			return { ok: false, message: 'File not found', status: 404, field: 'evidence' }
		const values = { ...input.entry, updatedAt: ctx.now }
		tx.insert(returnLines)
			.values({ returnId: input.returnId, commitmentId: input.commitmentId, ...values })
			.onConflictDoUpdate({ target: [returnLines.returnId, returnLines.commitmentId], set: values })
			.run()
		if (input.evidence)
			insertEvidence(
				tx,
				user,
				found.contract,
				{ returnId: input.returnId, commitmentId: input.commitmentId, ...input.evidence },
				ctx,
			)
		bumpReturnVersion(tx, input.returnId, ctx.now)
		return { ok: true }
	})
}

function commitmentOf(tx: Tx, contractId: number, commitmentId: number) {
	return tx
		.select({ id: contractCommitments.id })
		.from(contractCommitments)
		.where(and(eq(contractCommitments.id, commitmentId), eq(contractCommitments.contractId, contractId)))
		.get()
}

/** The contract a return belongs to: its council is the one its audit events are recorded for. */
type OfContract = { councilId: number }

function insertEvidence(
	tx: Tx,
	user: SessionUser,
	contract: OfContract,
	input: { returnId: number; commitmentId: number } & NewEvidenceFile,
	ctx: Ctx,
) {
	// Written before the row: a crash between the two leaves an unreferenced file, never a row without its file.
	const sha256 = storeEvidence(input.bytes)
	tx.insert(evidenceFiles)
		.values({
			returnId: input.returnId,
			commitmentId: input.commitmentId,
			sha256,
			type: input.type,
			sizeBytes: input.bytes.byteLength,
			fileName: input.fileName,
			uploadedByUserId: user.id,
			uploadedAt: ctx.now,
		})
		.run()
	recordAudit(tx, {
		at: ctx.now,
		actorUserId: user.id,
		action: 'evidence_added',
		subject: { type: 'progress_return', id: input.returnId },
		detail: { commitmentId: input.commitmentId, sha256, fileName: input.fileName },
		ip: ctx.ip,
		councilId: contract.councilId,
	})
}

/** A nil return says nothing was delivered in the period, and why; it needs no lines. */
export function setNilReturn(
	user: SessionUser,
	input: { returnId: number; version: number; nil: boolean; reason: string },
	ctx: Ctx,
): ReturnResult {
	const reason = input.reason.trim()
	if (input.nil && !reason)
		return { ok: false, message: 'Enter why there is nothing to report for this period', field: 'nilReason' }
	if (reason.length > NIL_REASON_MAX)
		return {
			ok: false,
			message: `The reason must be ${NIL_REASON_MAX.toLocaleString('en-GB')} characters or fewer`,
			field: 'nilReason',
		}
	return db.transaction((tx): ReturnResult => {
		const found = editableReturn(tx, user, input.returnId, input.version)
		if (!found.ok) return found
		bumpReturnVersion(tx, input.returnId, ctx.now, { nil: input.nil, nilReason: input.nil ? reason : '' })
		return { ok: true }
	})
}

/** Keeps an evidence file (already checked by content) against one commitment of the return. */
export function addEvidence(
	user: SessionUser,
	input: { returnId: number; commitmentId: number } & NewEvidenceFile,
	ctx: Ctx,
): ReturnResult {
	return db.transaction((tx): ReturnResult => {
		const found = editableReturn(tx, user, input.returnId, null)
		if (!found.ok) return found
		if (!commitmentOf(tx, found.contract.id, input.commitmentId))
			return { ok: false, message: 'That commitment is not in this contract', status: 404 }
		insertEvidence(tx, user, found.contract, input, ctx)
		bumpReturnVersion(tx, input.returnId, ctx.now)
		return { ok: true }
	})
}

/** Removes a file from a return that may still change; the file stays on disk for the audit trail. */
export function removeEvidence(
	user: SessionUser,
	input: { returnId: number; evidenceId: number },
	ctx: Ctx,
): ReturnResult {
	return db.transaction((tx): ReturnResult => {
		const found = editableReturn(tx, user, input.returnId, null)
		if (!found.ok) return found
		if (!markEvidenceRemoved(tx, user, found.contract, input.returnId, input.evidenceId, ctx))
			return { ok: false, message: 'File not found', status: 404 }
		bumpReturnVersion(tx, input.returnId, ctx.now)
		return { ok: true }
	})
}

/** Marks one of the return's files removed, with its audit event; false when the return has no such file. */
function markEvidenceRemoved(
	tx: Tx,
	user: SessionUser,
	contract: OfContract,
	returnId: number,
	evidenceId: number,
	ctx: Ctx,
): boolean {
	const removed = tx
		.update(evidenceFiles)
		.set({ removedAt: ctx.now })
		.where(and(eq(evidenceFiles.id, evidenceId), eq(evidenceFiles.returnId, returnId), isNull(evidenceFiles.removedAt)))
		.run()
	if (removed.changes === 0) return false
	recordAudit(tx, {
		at: ctx.now,
		actorUserId: user.id,
		action: 'evidence_removed',
		subject: { type: 'progress_return', id: returnId },
		detail: { evidenceId },
		ip: ctx.ip,
		councilId: contract.councilId,
	})
	return true
}

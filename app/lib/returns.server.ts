import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm'
import { groupBy } from '#app/domain/group-by.ts'
import { db, type Tx } from '#db/client.server.ts'
import {
	contractCommitments,
	contractMilestones,
	contracts,
	evidenceFiles,
	progressReturns,
	reportingPeriods,
	returnEvents,
	returnLineComments,
	returnLines,
	users,
} from '#db/schema.ts'
import { returnSubmittedEmail } from '#emails/return-submitted.tsx'
import type { EvidenceType } from '#app/domain/returns/evidence-type.ts'
import { NIL_REASON_MAX, returnLineProblems, type ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { isLate, supplierCanEditReturn, transition, type ReturnStatus } from '#app/domain/returns/return-state.ts'
import { periodEndedAt, returnDueAt } from '#app/domain/returns/periods.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { storeEvidence } from '#app/infra/evidence-store.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName } from './settings.server.ts'

type Ctx = { ip: string; now: number }
export type ReturnResult<T = object> =
	| ({ ok: true } & T)
	| {
			ok: false
			message: string
			status?: 400 | 403 | 404 | 409
			problems?: string[]
			field?: 'nilReason' | 'evidence'
	  }

export const STALE_RETURN =
	'Someone else changed this return while you were working on it. Your changes were not saved: check the latest version and enter them again.'

function recordEvent(
	tx: Tx,
	returnId: number,
	byUserId: number,
	fromStatus: ReturnStatus | null,
	toStatus: ReturnStatus,
	at: number,
	reason?: string,
) {
	tx.insert(returnEvents)
		.values({ returnId, at, byUserId, fromStatus, toStatus, reason: reason ?? null })
		.run()
}

/**
 * A supplier's own contract period, or nothing: the organisation condition is what keeps one
 * supplier out of another's returns, whatever id a URL or form carries.
 */
function ownPeriod(tx: Tx | typeof db, user: SessionUser, periodId: number) {
	if (user.role !== 'supplier') return undefined
	return tx
		.select({ period: reportingPeriods, contract: contracts })
		.from(reportingPeriods)
		.innerJoin(contracts, eq(contracts.id, reportingPeriods.contractId))
		.where(and(eq(reportingPeriods.id, periodId), eq(contracts.organisationId, user.organisationId)))
		.get()
}

/** A supplier's own reporting period with its contract and the id of its return, if one was started; or nothing. */
export function getOwnPeriod(user: SessionUser, periodId: number) {
	const found = ownPeriod(db, user, periodId)
	if (!found) return undefined
	const started = db
		.select({ id: progressReturns.id })
		.from(progressReturns)
		.where(eq(progressReturns.periodId, periodId))
		.get()
	return { ...found, returnId: started?.id ?? null }
}

/** A return with its period and contract, matching `where`. */
export function returnWithContext(tx: Tx | typeof db, where: SQL | undefined) {
	return tx
		.select({ progressReturn: progressReturns, period: reportingPeriods, contract: contracts })
		.from(progressReturns)
		.innerJoin(contracts, eq(contracts.id, progressReturns.contractId))
		.innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReturns.periodId))
		.where(where)
		.get()
}

export function getOwnReturn(user: SessionUser, returnId: number, tx: Tx | typeof db = db) {
	if (user.role !== 'supplier') return undefined
	return returnWithContext(tx, and(eq(progressReturns.id, returnId), eq(contracts.organisationId, user.organisationId)))
}

/** Opens the period's return, starting a draft the first time. */
export function openReturn(user: SessionUser, periodId: number, ctx: Ctx): ReturnResult<{ returnId: number }> {
	return db.transaction((tx): ReturnResult<{ returnId: number }> => {
		const found = ownPeriod(tx, user, periodId)
		if (!found) return { ok: false, message: 'Reporting period not found', status: 404 }
		const existing = tx
			.select({ id: progressReturns.id })
			.from(progressReturns)
			.where(eq(progressReturns.periodId, periodId))
			.get()
		if (existing) return { ok: true, returnId: existing.id }
		if (!found.period.active) return { ok: false, message: 'This period is no longer part of the contract' }
		const created = tx
			.insert(progressReturns)
			.values({ contractId: found.contract.id, periodId, status: 'draft', createdAt: ctx.now, updatedAt: ctx.now })
			.returning({ id: progressReturns.id })
			.get()
		recordEvent(tx, created.id, user.id, null, 'draft', ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'return_started',
			subject: { type: 'progress_return', id: created.id },
			detail: { periodId },
			ip: ctx.ip,
		})
		return { ok: true, returnId: created.id }
	})
}

export type ReturnCommitment = {
	id: number
	measureCode: string
	measureTitle: string
	unit: string
	qualitative: boolean
	quantityHundredths: number | null
	commitmentText: string
	proxyValuePence: number | null
	milestones: { date: string; cumulativeHundredths: number }[]
}

export type ReturnEvidence = {
	id: number
	commitmentId: number
	fileName: string
	type: string
	sizeBytes: number
	uploadedAt: number
}

/** A return with its commitments, answers, evidence, comments and history: a fixed number of queries. */
export function loadReturn(returnId: number, tx: Tx | typeof db = db) {
	const found = returnWithContext(tx, eq(progressReturns.id, returnId))
	if (!found) return null
	const commitmentRows = tx
		.select()
		.from(contractCommitments)
		.where(eq(contractCommitments.contractId, found.contract.id))
		.orderBy(asc(contractCommitments.position))
		.all()
	// Joined rather than listed by commitment id: the same statement however many there are.
	const milestones = commitmentRows.length
		? tx
				.select({
					commitmentId: contractMilestones.commitmentId,
					date: contractMilestones.date,
					cumulativeHundredths: contractMilestones.cumulativeHundredths,
				})
				.from(contractMilestones)
				.innerJoin(contractCommitments, eq(contractCommitments.id, contractMilestones.commitmentId))
				.where(eq(contractCommitments.contractId, found.contract.id))
				.orderBy(asc(contractMilestones.position))
				.all()
		: []
	const milestonesByCommitment = groupBy(milestones, (m) => m.commitmentId)
	const commitments: ReturnCommitment[] = commitmentRows.map((c) => ({
		id: c.id,
		measureCode: c.measureCode,
		measureTitle: c.measureTitle,
		unit: c.unit,
		qualitative: c.quantityHundredths === null,
		quantityHundredths: c.quantityHundredths,
		commitmentText: c.commitmentText,
		proxyValuePence: c.proxyValuePence,
		milestones: (milestonesByCommitment.get(c.id) ?? []).map((m) => ({
			date: m.date,
			cumulativeHundredths: m.cumulativeHundredths,
		})),
	}))
	const lines = new Map(
		tx
			.select()
			.from(returnLines)
			.where(eq(returnLines.returnId, returnId))
			.all()
			.map((line): [number, ReturnLineEntry] => [
				line.commitmentId,
				{
					deliveredHundredths: line.deliveredHundredths,
					deliveredText: line.deliveredText,
					milestoneStatus: line.milestoneStatus,
					narrative: line.narrative,
					mayPublish: line.mayPublish,
				},
			]),
	)
	const evidence: ReturnEvidence[] = tx
		.select({
			id: evidenceFiles.id,
			commitmentId: evidenceFiles.commitmentId,
			fileName: evidenceFiles.fileName,
			type: evidenceFiles.type,
			sizeBytes: evidenceFiles.sizeBytes,
			uploadedAt: evidenceFiles.uploadedAt,
		})
		.from(evidenceFiles)
		.where(and(eq(evidenceFiles.returnId, returnId), isNull(evidenceFiles.removedAt)))
		.orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id))
		.all()
	const comments = tx
		.select({
			id: returnLineComments.id,
			commitmentId: returnLineComments.commitmentId,
			at: returnLineComments.at,
			by: users.name,
			body: returnLineComments.body,
		})
		.from(returnLineComments)
		.innerJoin(users, eq(users.id, returnLineComments.byUserId))
		.where(eq(returnLineComments.returnId, returnId))
		.orderBy(asc(returnLineComments.at), asc(returnLineComments.id))
		.all()
	const history = tx
		.select({
			id: returnEvents.id,
			at: returnEvents.at,
			from: returnEvents.fromStatus,
			to: returnEvents.toStatus,
			reason: returnEvents.reason,
			by: users.name,
		})
		.from(returnEvents)
		.innerJoin(users, eq(users.id, returnEvents.byUserId))
		.where(eq(returnEvents.returnId, returnId))
		.orderBy(asc(returnEvents.at), asc(returnEvents.id))
		.all()
	return { ...found, commitments, lines, evidence, comments, history }
}

function editable(tx: Tx, user: SessionUser, returnId: number, version: number | null) {
	const found = getOwnReturn(user, returnId, tx)
	if (!found) return { ok: false as const, message: 'Return not found', status: 404 as const }
	if (!supplierCanEditReturn(found.progressReturn.status))
		return { ok: false as const, message: 'This return cannot be changed now' }
	if (version !== null && found.progressReturn.version !== version)
		return { ok: false as const, message: STALE_RETURN, status: 409 as const }
	return { ok: true as const, ...found }
}

function bumpVersion(tx: Tx, returnId: number, now: number, extra: Partial<typeof progressReturns.$inferInsert> = {}) {
	tx.update(progressReturns)
		.set({ ...extra, version: sql`${progressReturns.version} + 1`, updatedAt: now })
		.where(eq(progressReturns.id, returnId))
		.run()
}

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
		const found = editable(tx, user, input.returnId, input.version)
		if (!found.ok) return found
		if (!commitmentOf(tx, found.contract.id, input.commitmentId))
			return { ok: false, message: 'That commitment is not in this contract', status: 404 }
		// Before anything is written, so a file that is not there leaves the answer unsaved too.
		if (
			input.removeEvidenceId !== undefined &&
			!markEvidenceRemoved(tx, user, input.returnId, input.removeEvidenceId, ctx)
		)
			return { ok: false, message: 'File not found', status: 404, field: 'evidence' }
		const values = { ...input.entry, updatedAt: ctx.now }
		tx.insert(returnLines)
			.values({ returnId: input.returnId, commitmentId: input.commitmentId, ...values })
			.onConflictDoUpdate({ target: [returnLines.returnId, returnLines.commitmentId], set: values })
			.run()
		if (input.evidence)
			insertEvidence(tx, user, { returnId: input.returnId, commitmentId: input.commitmentId, ...input.evidence }, ctx)
		bumpVersion(tx, input.returnId, ctx.now)
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

function insertEvidence(
	tx: Tx,
	user: SessionUser,
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
		const found = editable(tx, user, input.returnId, input.version)
		if (!found.ok) return found
		bumpVersion(tx, input.returnId, ctx.now, { nil: input.nil, nilReason: input.nil ? reason : '' })
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
		const found = editable(tx, user, input.returnId, null)
		if (!found.ok) return found
		if (!commitmentOf(tx, found.contract.id, input.commitmentId))
			return { ok: false, message: 'That commitment is not in this contract', status: 404 }
		insertEvidence(tx, user, input, ctx)
		bumpVersion(tx, input.returnId, ctx.now)
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
		const found = editable(tx, user, input.returnId, null)
		if (!found.ok) return found
		if (!markEvidenceRemoved(tx, user, input.returnId, input.evidenceId, ctx))
			return { ok: false, message: 'File not found', status: 404 }
		bumpVersion(tx, input.returnId, ctx.now)
		return { ok: true }
	})
}

/** Marks one of the return's files removed, with its audit event; false when the return has no such file. */
function markEvidenceRemoved(tx: Tx, user: SessionUser, returnId: number, evidenceId: number, ctx: Ctx): boolean {
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
	})
	return true
}

/** What is still missing before the return can be submitted: none for a nil return with its reason. */
export function returnProblems(loaded: NonNullable<ReturnType<typeof loadReturn>>): string[] {
	if (loaded.progressReturn.nil)
		return loaded.progressReturn.nilReason ? [] : ['Enter why there is nothing to report for this period']
	return loaded.commitments.flatMap((commitment) =>
		returnLineProblems(loaded.lines.get(commitment.id) ?? null, commitment).map(
			(problem) => `${commitment.measureCode}: ${problem}`,
		),
	)
}

/**
 * Submits (or resubmits) a return once its period has ended: late if after the due date.
 * Tells the contract manager, in the same transaction.
 */
export function submitReturn(user: SessionUser, input: { returnId: number; version: number }, ctx: Ctx): ReturnResult {
	const result = db.transaction((tx): ReturnResult => {
		const found = editable(tx, user, input.returnId, input.version)
		if (!found.ok) return found
		const { progressReturn, period, contract } = found
		const allowed = transition(progressReturn.status, 'submit', {
			actor: 'supplier',
			now: ctx.now,
			periodEndedAt: periodEndedAt(period.endDate),
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		const problems = returnProblems(loadReturn(input.returnId, tx)!)
		if (problems.length > 0) return { ok: false, message: 'The return cannot be submitted yet', problems }
		const late = isLate(ctx.now, returnDueAt(period.dueDate))
		bumpVersion(tx, input.returnId, ctx.now, { status: allowed.to, submittedAt: ctx.now, late })
		recordEvent(
			tx,
			input.returnId,
			user.id,
			progressReturn.status,
			allowed.to,
			ctx.now,
			late ? 'Submitted after the due date' : undefined,
		)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'return_submitted',
			subject: { type: 'progress_return', id: input.returnId },
			detail: { late },
			ip: ctx.ip,
		})
		const manager = tx
			.select({ id: users.id, email: users.email, status: users.status })
			.from(users)
			.where(eq(users.id, contract.contractManagerId))
			.get()
		if (manager?.status === 'active') {
			enqueueEmail(
				tx,
				{
					dedupeKey: `return-submitted:${input.returnId}:${progressReturn.version}`,
					to: manager.email,
					email: returnSubmittedEmail({
						councilName: getCouncilName(),
						contractReference: contract.reference,
						contractTitle: contract.title,
						periodLabel: period.label,
						submittedBy: user.name,
						late,
						resubmitted: progressReturn.status === 'returned',
						reviewUrl: emailLink('/manage/returns/:returnId', { returnId: String(input.returnId) }),
					}),
				},
				ctx.now,
			)
		}
		return { ok: true }
	})
	if (result.ok) wakeOutbox()
	return result
}

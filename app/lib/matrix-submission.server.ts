import { eq, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { matrices, organisations, tenders, users } from '#db/schema.ts'
import { matrixReceivedEmail } from '#emails/matrix-received.tsx'
import { matrixSubmittedEmail } from '#emails/matrix-submitted.tsx'
import { formatDateTime } from '#app/domain/dates.ts'
import { lineProblems } from '#app/domain/matrix/matrix-lines.ts'
import { transition } from '#app/domain/matrix/matrix-state.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { getOwnMatrix, recordMatrixEvent, STALE, type MatrixResult } from './matrices.server.ts'
import { emptyEntry, loadMatrixWorkspace } from './matrix-workspace.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName } from './settings.server.ts'
import { reachableMembers } from './supplier-members.server.ts'

type Ctx = { ip: string; now: number }

/**
 * Submits (or, after a change request, resubmits) a matrix. Refused unless every line is
 * complete, the declarations are confirmed and the state machine allows it now. Tells every
 * member of the organisation by email, in the same transaction.
 */
export function submitMatrix(
	user: SessionUser,
	input: { matrixId: number; version: number; declarationsConfirmed: boolean },
	ctx: Ctx,
): MatrixResult {
	const result = db.transaction((tx): MatrixResult => {
		const matrix = getOwnMatrix(user, input.matrixId, tx)
		if (!matrix) return { ok: false, message: 'Matrix not found', status: 404 }
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		const workspace = loadMatrixWorkspace(matrix.id, tx)!
		// Suppliers bid for any council's tenders: what a bid causes is the tender's council's.
		const { councilId } = workspace.tender
		const councilName = getCouncilName(councilId)
		const event = matrix.status === 'changes_requested' ? 'resubmit' : 'submit'
		const allowed = transition(matrix.status, event, {
			actor: 'supplier',
			now: ctx.now,
			deadlineAt: workspace.tender.deadlineAt,
			clarificationDueAt: matrix.clarificationDueAt,
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		const incomplete = workspace.lines.filter(
			(line) => lineProblems(line.entry ?? emptyEntry(), line.measure, workspace.term).length > 0,
		)
		const problems = incomplete.map((line) => `Complete ${line.measure.code}: ${line.measure.title}`)
		if (!input.declarationsConfirmed) problems.push('Confirm the ethical sourcing declarations')
		if (problems.length > 0) return { ok: false, message: 'The matrix cannot be submitted yet', problems }
		tx.update(matrices)
			.set({
				status: allowed.to,
				submittedAt: ctx.now,
				declarationsConfirmedAt: ctx.now,
				updatedAt: ctx.now,
				version: sql`${matrices.version} + 1`,
			})
			.where(eq(matrices.id, matrix.id))
			.run()
		recordMatrixEvent(tx, matrix.id, user.id, matrix.status, allowed.to, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId,
			action: 'matrix_submitted',
			subject: { type: 'matrix', id: matrix.id },
			detail: { to: allowed.to },
			ip: ctx.ip,
		})
		const organisation = tx
			.select({ name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, matrix.organisationId))
			.get()
		const members = reachableMembers(tx, [matrix.organisationId])
		for (const member of members) {
			enqueueEmail(
				tx,
				{
					dedupeKey: `matrix-submitted:${matrix.id}:${matrix.version}:${member.id}`,
					councilId,
					to: member.email,
					email: matrixSubmittedEmail({
						councilName,
						tenderTitle: workspace.tender.title,
						tenderReference: workspace.tender.reference,
						organisationName: organisation?.name ?? '',
						submittedBy: user.name,
						matrixUrl: emailLink('/matrices/:matrixId', { matrixId: String(matrix.id) }),
						resubmitted: event === 'resubmit',
					}),
				},
				ctx.now,
			)
		}
		const manager = tx
			.select({ id: users.id, email: users.email, status: users.status })
			.from(users)
			.where(eq(users.id, workspace.tender.contractManagerId))
			.get()
		if (manager?.status === 'active') {
			const sealed = ctx.now < workspace.tender.deadlineAt
			enqueueEmail(
				tx,
				{
					dedupeKey: `matrix-received:${matrix.id}:${matrix.version}:${manager.id}`,
					councilId,
					to: manager.email,
					email: matrixReceivedEmail({
						councilName,
						tenderReference: workspace.tender.reference,
						tenderTitle: workspace.tender.title,
						organisationName: organisation?.name ?? '',
						resubmitted: event === 'resubmit',
						deadline: formatDateTime(workspace.tender.deadlineAt),
						sealed,
						url: sealed
							? emailLink('/manage/tenders/:tenderId', { tenderId: String(workspace.tender.id) })
							: emailLink('/manage/matrices/:matrixId', { matrixId: String(matrix.id) }),
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

/** A bid sent to another system is withdrawn there: the matrix here is the council's record of it. */
export const BID_ELSEWHERE_WITHDRAW =
	'The council entered this matrix from the bid you sent to its e-tendering system: withdraw your bid there'

export function withdrawMatrix(
	user: SessionUser,
	input: { matrixId: number; version: number },
	ctx: Ctx,
): MatrixResult {
	return db.transaction((tx): MatrixResult => {
		const matrix = getOwnMatrix(user, input.matrixId, tx)
		if (!matrix) return { ok: false, message: 'Matrix not found', status: 404 }
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		const tender = tx
			.select({ deadlineAt: tenders.deadlineAt, bidding: tenders.bidding, councilId: tenders.councilId })
			.from(tenders)
			.where(eq(tenders.id, matrix.tenderId))
			.get()!
		if (tender.bidding === 'elsewhere') return { ok: false, message: BID_ELSEWHERE_WITHDRAW }
		const allowed = transition(matrix.status, 'withdraw', {
			actor: 'supplier',
			now: ctx.now,
			deadlineAt: tender.deadlineAt,
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		tx.update(matrices)
			.set({ status: allowed.to, submittedAt: null, updatedAt: ctx.now, version: sql`${matrices.version} + 1` })
			.where(eq(matrices.id, matrix.id))
			.run()
		recordMatrixEvent(tx, matrix.id, user.id, matrix.status, allowed.to, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'matrix_withdrawn',
			subject: { type: 'matrix', id: matrix.id },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

import { and, asc, eq, ne, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import {
	matrices,
	matrixEvents,
	matrixLineComments,
	organisations,
	tenderMeasures,
	tenders,
	users,
} from '#db/schema.ts'
import { matrixDecisionEmail } from '#emails/matrix-decision.tsx'
import { formatDateTime } from '#app/domain/dates.ts'
import { transition, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { quantityScores, socialValueScore } from '#app/domain/matrix/scoring.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName } from './settings.server.ts'
import { canManageTender } from './tenders.server.ts'
import { isStaffOf } from '#app/domain/roles.ts'
import { reachableMembers } from './supplier-members.server.ts'

type Ctx = { ip: string; now: number }
export type ReviewResult =
	| { ok: true }
	/** `field`: the reason or comment typed, when that is what was refused. */
	| { ok: false; message: string; status?: 400 | 403 | 404 | 409; field?: 'reason' | 'comment' }

const STALE = 'This matrix changed while you were looking at it. Check the latest version and try again.'

/**
 * The submitted matrices of one of the council's tenders with their totals, quantity and weighted scores. The
 * totals are summed in SQL from lines rounded to the penny, halves up, exactly as the
 * supplier's pages show them.
 */
export function reviewList(councilId: number, tenderId: number) {
	const tender = db
		.select()
		.from(tenders)
		.where(and(eq(tenders.id, tenderId), eq(tenders.councilId, councilId)))
		.get()
	if (!tender || tender.bidding === 'direct') return null
	const rows = db
		.select({
			id: matrices.id,
			status: matrices.status,
			organisation: organisations.name,
			submittedAt: matrices.submittedAt,
			qualityScoreHundredths: matrices.qualityScoreHundredths,
			// Per line rounded to the penny, halves up (integer division of non-negative values).
			totalPence: sql<number>`coalesce((
				select sum((l."quantity_hundredths" * m."proxy_value_pence" + 50) / 100)
				from "matrix_lines" l join "toms_measures" m on m."id" = l."measure_id"
				where l."matrix_id" = "matrices"."id" and l."declined" = 0
					and l."quantity_hundredths" is not null and m."proxy_value_pence" is not null
			), 0)`,
		})
		.from(matrices)
		.innerJoin(organisations, eq(organisations.id, matrices.organisationId))
		.where(and(eq(matrices.tenderId, tenderId), ne(matrices.status, 'draft')))
		.orderBy(asc(organisations.name))
		.all()
	const scores = quantityScores(new Map(rows.map((row) => [row.id, row.totalPence])))
	return {
		tender,
		rows: rows.map((row) => {
			const quantityScore = scores.get(row.id) ?? 0
			const qualityScore = row.qualityScoreHundredths === null ? null : row.qualityScoreHundredths / 100
			return {
				...row,
				quantityScore,
				qualityScore,
				socialValueScore: socialValueScore({
					weightingPercent: tender.weightingPercent,
					quantitySharePercent: tender.quantitySharePercent,
					quantityScore,
					qualityScore,
				}),
			}
		}),
	}
}

export function matrixHistory(matrixId: number) {
	return db
		.select({
			id: matrixEvents.id,
			at: matrixEvents.at,
			from: matrixEvents.fromStatus,
			to: matrixEvents.toStatus,
			reason: matrixEvents.reason,
			by: users.name,
		})
		.from(matrixEvents)
		.innerJoin(users, eq(users.id, matrixEvents.byUserId))
		.where(eq(matrixEvents.matrixId, matrixId))
		.orderBy(asc(matrixEvents.at), asc(matrixEvents.id))
		.all()
}

/** The matrix and its tender, if this council user may review it now (after the deadline). */
type Found =
	| { ok: true; matrix: typeof matrices.$inferSelect; tender: typeof tenders.$inferSelect }
	| Extract<ReviewResult, { ok: false }>

function reviewable(tx: Tx | typeof db, user: SessionUser, matrixId: number, now: number): Found {
	const matrix = tx.select().from(matrices).where(eq(matrices.id, matrixId)).get()
	if (!matrix || matrix.status === 'draft') return { ok: false, message: 'Matrix not found', status: 404 }
	const tender = tx.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()!
	// The commitments of a contract recorded directly were never a bid to review; another
	// council's bids are not there at all for this council's staff.
	if (tender.bidding === 'direct' || !isStaffOf(user, tender.councilId))
		return { ok: false, message: 'Matrix not found', status: 404 }
	if (!canManageTender(user, tender)) return { ok: false, message: 'You cannot review this matrix', status: 403 }
	if (now < tender.deadlineAt)
		return { ok: false, message: 'Bids are sealed until the deadline has passed', status: 403 }
	return { ok: true, matrix, tender }
}

/** The matrix, its tender and the name of the supplier that bid, if this council user may review it now. */
export function canReviewMatrix(user: SessionUser, matrixId: number, now: number) {
	const found = reviewable(db, user, matrixId, now)
	if (!found.ok) return found
	const organisation = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, found.matrix.organisationId))
		.get()
	return { ...found, organisationName: organisation?.name ?? '' }
}

export function setQualityScore(
	user: SessionUser,
	input: { matrixId: number; score: number; version: number },
	ctx: Ctx,
): ReviewResult {
	return db.transaction((tx): ReviewResult => {
		const found = reviewable(tx, user, input.matrixId, ctx.now)
		if (!found.ok) return found
		if (found.matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		tx.update(matrices)
			.set({
				qualityScoreHundredths: Math.round(input.score * 100),
				version: sql`${matrices.version} + 1`,
				updatedAt: ctx.now,
			})
			.where(eq(matrices.id, input.matrixId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: found.tender.councilId,
			action: 'matrix_scored',
			subject: { type: 'matrix', id: input.matrixId },
			detail: { quality: input.score },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export type Decision = 'request_changes' | 'approve' | 'reject'

/** The longest reason for a decision: the supplier reads it in full, in the email and on the matrix. */
export const REASON_MAX = 2000

/**
 * Requests changes to, approves or rejects a matrix: refused unless the state machine
 * allows it from the current state. A matrix still marked submitted is first taken under
 * review, in the same transaction, so its history shows both steps.
 */
export function decideMatrix(
	user: SessionUser,
	input: { matrixId: number; decision: Decision; reason: string; version: number; clarificationDueAt?: number },
	ctx: Ctx,
): ReviewResult {
	const result = db.transaction((tx): ReviewResult => {
		const found = reviewable(tx, user, input.matrixId, ctx.now)
		if (!found.ok) return found
		const { matrix, tender } = found
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		if (input.decision !== 'approve' && !input.reason.trim())
			return { ok: false, message: 'Enter the reason: the supplier will see it', field: 'reason' }
		if (input.reason.trim().length > REASON_MAX)
			return {
				ok: false,
				message: `Reason must be ${REASON_MAX.toLocaleString('en-GB')} characters or fewer`,
				field: 'reason',
			}
		const dueAt = input.decision === 'request_changes' ? input.clarificationDueAt : undefined
		if (input.decision === 'request_changes' && (dueAt === undefined || dueAt <= ctx.now))
			return { ok: false, message: 'Enter the date changes are due by' }
		const when = {
			actor: 'council' as const,
			now: ctx.now,
			deadlineAt: tender.deadlineAt,
			clarificationDueAt: matrix.clarificationDueAt,
		}
		let status: MatrixStatus = matrix.status
		if (status === 'submitted') {
			const review = transition(status, 'start_review', when)
			if (!review.ok) return { ok: false, message: review.reason }
			tx.insert(matrixEvents)
				.values({ matrixId: matrix.id, at: ctx.now, byUserId: user.id, fromStatus: status, toStatus: review.to })
				.run()
			status = review.to
		}
		const decided = transition(status, input.decision, when)
		if (!decided.ok) return { ok: false, message: decided.reason }
		tx.update(matrices)
			.set({
				status: decided.to,
				clarificationDueAt: dueAt ?? null,
				updatedAt: ctx.now,
				version: sql`${matrices.version} + 1`,
			})
			.where(eq(matrices.id, matrix.id))
			.run()
		tx.insert(matrixEvents)
			.values({
				matrixId: matrix.id,
				at: ctx.now,
				byUserId: user.id,
				fromStatus: status,
				toStatus: decided.to,
				reason: input.reason.trim() || null,
			})
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'matrix_decided',
			subject: { type: 'matrix', id: matrix.id },
			detail: { decision: input.decision, reason: input.reason, clarificationDueAt: dueAt ?? null },
			ip: ctx.ip,
		})
		const members = reachableMembers(tx, [matrix.organisationId])
		for (const member of members) {
			enqueueEmail(
				tx,
				{
					dedupeKey: `matrix-decision:${matrix.id}:${matrix.version}:${member.id}`,
					councilId: tender.councilId,
					to: member.email,
					email: matrixDecisionEmail({
						councilName: getCouncilName(tender.councilId),
						tenderTitle: tender.title,
						tenderReference: tender.reference,
						decision: input.decision,
						reason: input.reason.trim(),
						changesDueBy: dueAt === undefined ? null : formatDateTime(dueAt),
						matrixUrl: emailLink('/matrices/:matrixId', { matrixId: String(matrix.id) }),
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

export const COMMENT_MAX = 2000

/** Adds an evaluator's comment to one line. Comments are kept, never edited, like the history. */
export function addLineComment(
	user: SessionUser,
	input: { matrixId: number; measureId: number; body: string },
	ctx: Ctx,
): ReviewResult {
	const body = input.body.trim()
	if (!body) return { ok: false, message: 'Enter your comment', field: 'comment' }
	if (body.length > COMMENT_MAX)
		return {
			ok: false,
			message: `Comment must be ${COMMENT_MAX.toLocaleString('en-GB')} characters or fewer`,
			field: 'comment',
		}
	return db.transaction((tx): ReviewResult => {
		const found = reviewable(tx, user, input.matrixId, ctx.now)
		if (!found.ok) return found
		const inScope = tx
			.select({ id: tenderMeasures.measureId })
			.from(tenderMeasures)
			.where(and(eq(tenderMeasures.tenderId, found.tender.id), eq(tenderMeasures.measureId, input.measureId)))
			.get()
		if (!inScope) return { ok: false, message: 'That measure is not in this tender', status: 404 }
		tx.insert(matrixLineComments)
			.values({ matrixId: input.matrixId, measureId: input.measureId, byUserId: user.id, at: ctx.now, body })
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: found.tender.councilId,
			action: 'matrix_line_commented',
			subject: { type: 'matrix', id: input.matrixId },
			detail: { measureId: input.measureId },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export type LineComment = { id: number; measureId: number; at: number; by: string; body: string }

/** Comments on a matrix's lines, oldest first; `until` limits them to those written by then. */
export function lineComments(matrixId: number, until?: number): LineComment[] {
	const rows = db
		.select({
			id: matrixLineComments.id,
			measureId: matrixLineComments.measureId,
			at: matrixLineComments.at,
			by: users.name,
			body: matrixLineComments.body,
		})
		.from(matrixLineComments)
		.innerJoin(users, eq(users.id, matrixLineComments.byUserId))
		.where(eq(matrixLineComments.matrixId, matrixId))
		.orderBy(asc(matrixLineComments.at), asc(matrixLineComments.id))
		.all()
	return until === undefined ? rows : rows.filter((row) => row.at <= until)
}

const decisionStatuses: ReadonlySet<MatrixStatus> = new Set([
	'changes_requested',
	'approved',
	'rejected',
	'awarded',
	'not_awarded',
])

/** The comments the supplier has been sent: those written up to the council's latest decision. */
export function commentsSentToSupplier(matrixId: number, history: { at: number; to: MatrixStatus }[]): LineComment[] {
	const decisions = history.filter((event) => decisionStatuses.has(event.to))
	if (decisions.length === 0) return []
	return lineComments(matrixId, Math.max(...decisions.map((event) => event.at)))
}

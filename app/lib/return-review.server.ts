import { and, asc, count, eq, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import {
	contractCommitments,
	contracts,
	organisations,
	progressReturns,
	reportingPeriods,
	returnEvents,
	returnLineComments,
} from '#db/schema.ts'
import { returnDecisionEmail } from '#emails/return-decision.tsx'
import { transition, type ReturnStatus } from '#app/domain/returns/return-state.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { returnWithContext } from './returns.server.ts'
import { getCouncilName } from './settings.server.ts'
import { reachableMembers } from './supplier-members.server.ts'
import { isStaffOf, managesForCouncil } from '#app/domain/roles.ts'

type Ctx = { ip: string; now: number }
export type ReviewReturnResult =
	| { ok: true }
	/** `field`: the reason or comment typed, when that is what was refused. */
	| { ok: false; message: string; status?: 400 | 403 | 404 | 409; field?: 'reason' | 'comment' }

export const ALREADY_DECIDED =
	'Someone else decided on this return while you were looking at it. Nothing you chose was saved: check what they decided.'
export const RETURN_COMMENT_MAX = 2000

/** Contract managers review the returns of the contracts they manage; administrators any of their own council's. */
export function canReviewContract(
	user: SessionUser,
	contract: { councilId: number; contractManagerId: number },
): boolean {
	return managesForCouncil(user, contract)
}

function reviewable(tx: Tx | typeof db, user: SessionUser, returnId: number) {
	const found = returnWithContext(tx, eq(progressReturns.id, returnId))
	// A draft is the supplier's own business until it is submitted; another council's return is
	// not found, as if it did not exist.
	if (
		!found ||
		(found.progressReturn.status === 'draft' && found.progressReturn.submittedAt === null) ||
		!isStaffOf(user, found.contract.councilId)
	)
		return { ok: false as const, message: 'Return not found', status: 404 as const }
	if (!canReviewContract(user, found.contract))
		return { ok: false as const, message: 'You cannot review this return', status: 403 as const }
	return { ok: true as const, ...found }
}

/** The return with its period, contract and supplier's name, if this council user may review it. */
export function canReviewReturn(user: SessionUser, returnId: number) {
	const found = reviewable(db, user, returnId)
	if (!found.ok) return found
	const organisation = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, found.contract.organisationId))
		.get()
	return { ...found, organisationName: organisation?.name ?? '' }
}

function reviewQueueWhere(user: SessionUser) {
	return and(
		eq(progressReturns.status, 'submitted'),
		eq(contracts.councilId, user.organisationId),
		user.role === 'admin' ? undefined : eq(contracts.contractManagerId, user.id),
	)
}

/** How many returns wait for a decision on the contracts this person reviews. */
export function countReviewQueue(user: SessionUser): number {
	// council-scope: reviewQueueWhere names the reviewer's council.
	return (
		db
			.select({ n: count() })
			.from(progressReturns)
			.innerJoin(contracts, eq(contracts.id, progressReturns.contractId))
			.where(reviewQueueWhere(user))
			.get()?.n ?? 0
	)
}

/**
 * Returns waiting for a decision on the contracts this person reviews, oldest submission
 * first; one page of them if given, each row carrying how many there are in all.
 */
export function reviewQueue(user: SessionUser, page?: { offset: number; size: number }) {
	// council-scope: reviewQueueWhere names the reviewer's council.
	const query = db
		.select({
			id: progressReturns.id,
			version: progressReturns.version,
			submittedAt: progressReturns.submittedAt,
			late: progressReturns.late,
			nil: progressReturns.nil,
			periodLabel: reportingPeriods.label,
			dueDate: reportingPeriods.dueDate,
			contractReference: contracts.reference,
			contractTitle: contracts.title,
			organisationName: organisations.name,
			total: sql<number>`count(*) over ()`,
		})
		.from(progressReturns)
		.innerJoin(contracts, eq(contracts.id, progressReturns.contractId))
		.innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReturns.periodId))
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.where(reviewQueueWhere(user))
		.orderBy(asc(progressReturns.submittedAt), asc(progressReturns.id))
	return (page === undefined ? query : query.limit(page.size).offset(page.offset)).all()
}

export type ReturnDecision = 'approve' | 'return' | 'reopen'

/**
 * Approves a submitted return, returns it for changes, or reopens an approved one. The
 * version check makes two managers deciding at once safe: the second is refused whole.
 * `unlessRefused` may refuse the decision, inside its transaction, for a reason of its own.
 */
export function decideReturn(
	user: SessionUser,
	input: { returnId: number; decision: ReturnDecision; reason: string; version: number },
	ctx: Ctx,
	unlessRefused?: (tx: Tx, returnId: number) => string | null,
): ReviewReturnResult {
	const reason = input.reason.trim()
	if (reason.length > RETURN_COMMENT_MAX)
		return {
			ok: false,
			message: `Reason must be ${RETURN_COMMENT_MAX.toLocaleString('en-GB')} characters or fewer`,
			field: 'reason',
		}
	const result = db.transaction((tx): ReviewReturnResult => {
		const found = reviewable(tx, user, input.returnId)
		if (!found.ok) return found
		const { progressReturn, period, contract } = found
		if (progressReturn.version !== input.version) return { ok: false, message: ALREADY_DECIDED, status: 409 }
		if (input.decision !== 'approve' && !reason)
			return { ok: false, message: 'Enter the reason: the supplier will see it', field: 'reason' }
		const allowed = transition(progressReturn.status, input.decision, {
			actor: 'council',
			now: ctx.now,
			periodEndedAt: 0,
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		if (progressReturn.imported)
			return {
				ok: false,
				message: 'An imported return records delivery approved before the portal: it cannot be reopened',
			}
		const refusal = unlessRefused?.(tx, input.returnId) ?? null
		if (refusal !== null) return { ok: false, message: refusal, status: 409 }
		tx.update(progressReturns)
			.set({ status: allowed.to, decidedAt: ctx.now, updatedAt: ctx.now, version: sql`${progressReturns.version} + 1` })
			.where(and(eq(progressReturns.id, input.returnId), eq(progressReturns.version, input.version)))
			.run()
		tx.insert(returnEvents)
			.values({
				returnId: input.returnId,
				at: ctx.now,
				byUserId: user.id,
				fromStatus: progressReturn.status,
				toStatus: allowed.to as ReturnStatus,
				reason: reason || null,
			})
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: input.decision === 'reopen' ? 'return_reopened' : 'return_decided',
			subject: { type: 'progress_return', id: input.returnId },
			detail: { decision: input.decision, reason },
			ip: ctx.ip,
			councilId: contract.councilId,
		})
		const members = reachableMembers(tx, [contract.organisationId])
		for (const member of members) {
			enqueueEmail(
				tx,
				{
					dedupeKey: `return-decision:${input.returnId}:${progressReturn.version}:${member.id}`,
					to: member.email,
					councilId: contract.councilId,
					email: returnDecisionEmail({
						councilName: getCouncilName(contract.councilId),
						contractReference: contract.reference,
						periodLabel: period.label,
						decision: input.decision,
						reason,
						returnUrl: emailLink('/returns/:returnId', { returnId: String(input.returnId) }),
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

/** A comment on one commitment of a return; the supplier sees it with the return. */
export function addReturnComment(
	user: SessionUser,
	input: { returnId: number; commitmentId: number; body: string },
	ctx: Ctx,
): ReviewReturnResult {
	const body = input.body.trim()
	if (!body) return { ok: false, message: 'Enter your comment', field: 'comment' }
	if (body.length > RETURN_COMMENT_MAX)
		return {
			ok: false,
			message: `Comment must be ${RETURN_COMMENT_MAX.toLocaleString('en-GB')} characters or fewer`,
			field: 'comment',
		}
	return db.transaction((tx): ReviewReturnResult => {
		const found = reviewable(tx, user, input.returnId)
		if (!found.ok) return found
		const commitment = tx
			.select({ id: contractCommitments.id })
			.from(contractCommitments)
			.where(and(eq(contractCommitments.id, input.commitmentId), eq(contractCommitments.contractId, found.contract.id)))
			.get()
		if (!commitment) return { ok: false, message: 'That commitment is not in this contract', status: 404 }
		tx.insert(returnLineComments)
			.values({ returnId: input.returnId, commitmentId: input.commitmentId, byUserId: user.id, at: ctx.now, body })
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'return_commented',
			subject: { type: 'progress_return', id: input.returnId },
			detail: { commitmentId: input.commitmentId },
			ip: ctx.ip,
			councilId: found.contract.councilId,
		})
		return { ok: true }
	})
}

import { clarificationOpen } from './clarification.ts'

/**
 * The life of a Social Value Matrix, as rules the server applies to every change:
 *
 *   draft ──submit──▶ submitted ──(deadline passes)──▶ start review ──▶ under review
 *     ▲                  │                                              │
 *     └────withdraw──────┘ (before the deadline)         request changes│approve / reject
 *                                                                      ▼
 *   changes requested ──resubmit (within the clarification window)──▶ resubmitted ──▶ request changes │ approve │ reject
 *   changes requested ──(window closed)──▶ approve │ reject, on what was last submitted; or request changes again
 *   approved ──award──▶ awarded, and every other approved matrix ──▶ not awarded
 *
 * A contract recorded directly (no tender in the portal) has one matrix the council types in:
 *   draft ──record──▶ awarded, whenever the council confirms it
 */

export const matrixStatuses = [
	'draft',
	'submitted',
	'under_review',
	'changes_requested',
	'resubmitted',
	'approved',
	'rejected',
	'awarded',
	'not_awarded',
] as const
export type MatrixStatus = (typeof matrixStatuses)[number]

export type MatrixEvent =
	| 'submit'
	| 'withdraw'
	| 'start_review'
	| 'request_changes'
	| 'resubmit'
	| 'approve'
	| 'reject'
	| 'award'
	| 'not_award'
	| 'record'

export type Actor = 'supplier' | 'council'

type Rule = { from: readonly MatrixStatus[]; to: MatrixStatus; actor: Actor; deadline: 'before' | 'after' | 'any' }

const rules: Record<MatrixEvent, Rule> = {
	submit: { from: ['draft'], to: 'submitted', actor: 'supplier', deadline: 'before' },
	withdraw: { from: ['submitted'], to: 'draft', actor: 'supplier', deadline: 'before' },
	start_review: { from: ['submitted'], to: 'under_review', actor: 'council', deadline: 'after' },
	request_changes: {
		from: ['under_review', 'resubmitted', 'changes_requested'],
		to: 'changes_requested',
		actor: 'council',
		deadline: 'after',
	},
	resubmit: { from: ['changes_requested'], to: 'resubmitted', actor: 'supplier', deadline: 'any' },
	approve: {
		from: ['under_review', 'resubmitted', 'changes_requested'],
		to: 'approved',
		actor: 'council',
		deadline: 'after',
	},
	reject: {
		from: ['under_review', 'resubmitted', 'changes_requested'],
		to: 'rejected',
		actor: 'council',
		deadline: 'after',
	},
	award: { from: ['approved'], to: 'awarded', actor: 'council', deadline: 'after' },
	not_award: {
		from: ['approved', 'under_review', 'resubmitted', 'changes_requested', 'submitted'],
		to: 'not_awarded',
		actor: 'council',
		deadline: 'after',
	},
	// No bids and no deadline to wait for: the council typed the commitments the supplier agreed.
	record: { from: ['draft'], to: 'awarded', actor: 'council', deadline: 'any' },
}

export const matrixStatusLabels: Record<MatrixStatus, string> = {
	draft: 'Draft',
	submitted: 'Submitted',
	under_review: 'Under review',
	changes_requested: 'Changes requested',
	resubmitted: 'Resubmitted',
	approved: 'Approved',
	rejected: 'Rejected',
	awarded: 'Awarded',
	not_awarded: 'Not awarded',
}

/** GOV.UK tag colours: grey for not yet sent or over, orange when the supplier must act. */
export const matrixStatusTagClasses: Record<MatrixStatus, string> = {
	draft: 'govuk-tag--grey',
	submitted: 'govuk-tag--blue',
	under_review: 'govuk-tag--blue',
	changes_requested: 'govuk-tag--orange',
	resubmitted: 'govuk-tag--blue',
	approved: 'govuk-tag--green',
	rejected: 'govuk-tag--red',
	awarded: 'govuk-tag--green',
	not_awarded: 'govuk-tag--grey',
}

export type TransitionResult = { ok: true; to: MatrixStatus } | { ok: false; reason: string }

/** Whether `event` may happen to a matrix in `status`, by this actor, at `now`. */
export function transition(
	status: MatrixStatus,
	event: MatrixEvent,
	context: { actor: Actor; now: number; deadlineAt: number; clarificationDueAt?: number | null },
): TransitionResult {
	const rule = rules[event]
	if (rule.actor !== context.actor) return { ok: false, reason: 'You cannot do that to this matrix' }
	if (!rule.from.includes(status)) {
		return {
			ok: false,
			reason: `A matrix that is ${matrixStatusLabels[status].toLowerCase()} cannot be changed that way`,
		}
	}
	const beforeDeadline = context.now < context.deadlineAt
	if (rule.deadline === 'before' && !beforeDeadline)
		return { ok: false, reason: 'The deadline for this tender has passed' }
	if (rule.deadline === 'after' && beforeDeadline)
		return { ok: false, reason: 'Bids are sealed until the deadline has passed' }
	if (status === 'changes_requested') {
		const windowOpen = clarificationOpen(context.clarificationDueAt ?? null, context.now)
		if (event === 'resubmit' && !windowOpen) return { ok: false, reason: 'The time for changes has ended' }
		if ((event === 'approve' || event === 'reject') && windowOpen) {
			return { ok: false, reason: 'The supplier is still making changes: decide once the time for changes has ended' }
		}
	}
	return { ok: true, to: rule.to }
}

/** The supplier may edit lines only while a draft before the deadline, or while changes are requested and the window is open. */
export function supplierCanEdit(
	status: MatrixStatus,
	now: number,
	deadlineAt: number,
	clarificationDueAt: number | null = null,
): boolean {
	if (status === 'draft') return now < deadlineAt
	return status === 'changes_requested' && clarificationOpen(clarificationDueAt, now)
}

/** Before the deadline the council sees only that a bid exists, never its content. */
export function councilCanReadContent(now: number, deadlineAt: number): boolean {
	return now >= deadlineAt
}

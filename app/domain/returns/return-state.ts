import { formatDate } from '../dates.ts'

/**
 * The life of a progress return, as rules the server applies to every change:
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved
 *                       ▲     │                  │
 *                 submit│     │return            │reopen
 *                       │     ▼                  │
 *                      returned ◀────────────────┘
 *
 * A return can be submitted only once its period has ended: figures for a period still
 * running would be guesses. Late submissions are allowed: lateness is recorded (`isLate`),
 * not refused, because the council would rather have a late return than none.
 *
 * Returning and reopening must say why, since the supplier has to know what to fix. The
 * reason is free text from a form, so the service checks it, not this module.
 * Only approved figures count as delivered.
 */

export const returnStatuses = ['draft', 'submitted', 'returned', 'approved'] as const
export type ReturnStatus = (typeof returnStatuses)[number]

export type ReturnEvent = 'submit' | 'approve' | 'return' | 'reopen'

export type Actor = 'supplier' | 'council'

type Rule = { from: readonly ReturnStatus[]; to: ReturnStatus; actor: Actor; needsPeriodEnded: boolean }

const rules: Record<ReturnEvent, Rule> = {
	submit: { from: ['draft', 'returned'], to: 'submitted', actor: 'supplier', needsPeriodEnded: true },
	approve: { from: ['submitted'], to: 'approved', actor: 'council', needsPeriodEnded: false },
	return: { from: ['submitted'], to: 'returned', actor: 'council', needsPeriodEnded: false },
	reopen: { from: ['approved'], to: 'returned', actor: 'council', needsPeriodEnded: false },
}

export const returnStatusLabels: Record<ReturnStatus, string> = {
	draft: 'Draft',
	submitted: 'Submitted',
	returned: 'Returned',
	approved: 'Approved',
}

/** GOV.UK tag colours: grey before it is sent, orange when the supplier must act. */
export const returnStatusTagClasses: Record<ReturnStatus, string> = {
	draft: 'govuk-tag--grey',
	submitted: 'govuk-tag--blue',
	returned: 'govuk-tag--orange',
	approved: 'govuk-tag--green',
}

export type TransitionResult = { ok: true; to: ReturnStatus } | { ok: false; reason: string }

/** Whether `event` may happen to a return in `status`, by this actor, at `now`. */
export function transition(
	status: ReturnStatus,
	event: ReturnEvent,
	context: { actor: Actor; now: number; periodEndedAt: number },
): TransitionResult {
	const rule = rules[event]
	if (rule.actor !== context.actor) return { ok: false, reason: 'You cannot do that to this return' }
	if (!rule.from.includes(status)) {
		return {
			ok: false,
			reason: `A return that is ${returnStatusLabels[status].toLowerCase()} cannot be changed that way`,
		}
	}
	if (rule.needsPeriodEnded && context.now < context.periodEndedAt) {
		return {
			ok: false,
			reason: `You can submit this return from ${formatDate(context.periodEndedAt)}, once the period has ended`,
		}
	}
	return { ok: true, to: rule.to }
}

/** `dueAt` is the first instant after the due date, so a return submitted on the due date itself is on time. */
export function isLate(submittedAt: number, dueAt: number): boolean {
	return submittedAt >= dueAt
}

/** The supplier may change a return's answers and evidence until it is submitted, and again once it is returned. */
export function supplierCanEditReturn(status: ReturnStatus): boolean {
	return status === 'draft' || status === 'returned'
}

/** Only figures the council has approved count towards what has been delivered. */
export function countsAsDelivered(status: ReturnStatus): boolean {
	return status === 'approved'
}

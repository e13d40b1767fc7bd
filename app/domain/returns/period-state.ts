import { periodEndedAt, returnDueAt } from './periods.ts'

export type PeriodState = 'upcoming' | 'due' | 'overdue' | 'submitted' | 'returned' | 'approved'

/** Where a period stands for the supplier: not yet ended, ready to file, overdue, or its return's status. */
export function periodState(
	period: { endDate: string; dueDate: string },
	returnStatus: string | null,
	now: number,
): PeriodState {
	if (returnStatus === 'submitted' || returnStatus === 'returned' || returnStatus === 'approved') return returnStatus
	if (now < periodEndedAt(period.endDate)) return 'upcoming'
	return isReturnDue(period.dueDate, now) ? 'overdue' : 'due'
}

/**
 * Whether a period's return has fallen due: once its due date is over, UK time. Only then is
 * it counted as expected from the supplier, and late or missing if it is not in; before that
 * it is not yet due, however far the period has run. Queries use `returnIsDue`
 * (app/lib/period-due.server.ts), the same rule by the UK date.
 */
export function isReturnDue(dueDate: string, now: number): boolean {
	return now >= returnDueAt(dueDate)
}

export const periodStateLabels: Record<PeriodState, string> = {
	upcoming: 'Not yet ended',
	due: 'Ready to file',
	overdue: 'Overdue',
	submitted: 'Submitted',
	returned: 'Needs changes',
	approved: 'Approved',
}

export const periodStateTagClasses: Record<PeriodState, string> = {
	upcoming: 'govuk-tag--grey',
	due: 'govuk-tag--blue',
	overdue: 'govuk-tag--red',
	submitted: 'govuk-tag--light-blue',
	returned: 'govuk-tag--orange',
	approved: 'govuk-tag--green',
}

/** The states in which the supplier has something to do. */
export const needsAction: ReadonlySet<PeriodState> = new Set(['overdue', 'due', 'returned'])

import { periodEndedAt, returnDueAt } from './periods.ts'

export type PeriodState = 'upcoming' | 'due' | 'overdue' | 'submitted' | 'returned' | 'approved'

/** Where a period stands for the supplier: not yet ended, ready to file, overdue, or its return's status. */
export function periodState(period: { endDate: string; dueDate: string }, returnStatus: string | null, now: number): PeriodState {
	if (returnStatus === 'submitted' || returnStatus === 'returned' || returnStatus === 'approved') return returnStatus
	if (now < periodEndedAt(period.endDate)) return 'upcoming'
	return now < returnDueAt(period.dueDate) ? 'due' : 'overdue'
}

export const periodStateLabels: Record<PeriodState, string> = {
	upcoming: 'Not yet ended',
	due: 'Ready to file',
	overdue: 'Overdue',
	submitted: 'Submitted',
	returned: 'Needs changes',
	approved: 'Approved',
}

/** The states in which the supplier has something to do. */
export const needsAction: ReadonlySet<PeriodState> = new Set(['overdue', 'due', 'returned'])

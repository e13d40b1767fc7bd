import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'

/**
 * The rules of `periodState` and `isReturnDue` (app/domain/returns/period-state.ts) for queries
 * that count periods, where `today` is the UK date: both instants those rules compare with fall
 * at midnight UK time, so comparing dates gives the same answer.
 */

/** The period is over: its last day is before today. */
export function periodHasEnded(endDate: SQLWrapper, today: string): SQL {
	return sql`${endDate} < ${today}`
}

/** The period's return has fallen due: its due date is before today. */
export function returnIsDue(dueDate: SQLWrapper, today: string): SQL {
	return sql`${dueDate} < ${today}`
}

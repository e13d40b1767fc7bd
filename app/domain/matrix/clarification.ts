import { fromLondonDateTime, isCalendarDate, toLondonDateTime } from '../tenders/london-time.ts'

/**
 * When a contract manager requests changes, the supplier gets a clarification window: they
 * may edit and resubmit until 11:59pm UK time on the date given. Once it closes, the council
 * decides on what was last submitted, or asks again with a new date.
 */
export const DEFAULT_CLARIFICATION_DAYS = 10
export const MAX_CLARIFICATION_DAYS = 90
const DAY = 86_400_000

export function defaultClarificationDate(now: number): string {
	return toLondonDateTime(now + DEFAULT_CLARIFICATION_DAYS * DAY).date
}

export type ClarificationDue = { ok: true; dueAt: number } | { ok: false; message: string }

export function parseClarificationDue(date: string, now: number): ClarificationDue {
	if (!isCalendarDate(date)) return { ok: false, message: 'Enter the date changes are due by, like 30 April 2027' }
	const dueAt = fromLondonDateTime(date, '23:59')
	if (dueAt === null || dueAt <= now) return { ok: false, message: 'The date changes are due by must be today or in the future' }
	if (dueAt - now > MAX_CLARIFICATION_DAYS * DAY) return { ok: false, message: `The date changes are due by must be within ${MAX_CLARIFICATION_DAYS} days` }
	return { ok: true, dueAt }
}

/** A missing date means no window was set: the request stays open until the council acts. */
export function clarificationOpen(dueAt: number | null, now: number): boolean {
	return dueAt === null || now < dueAt
}

import { DATE_PARTS, type DatePart, type DateParts, readDateParts } from '../date-parts.ts'
import { fromLondonDateTime, toLondonDateTime } from '../tenders/london-time.ts'

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

/** `parts`: the date fields to highlight. */
export type ClarificationDue = { ok: true; dueAt: number } | { ok: false; message: string; parts: DatePart[] }

const names = { missing: 'Enter the date changes are due by', label: 'The date changes are due by' }

export function parseClarificationDue(date: DateParts, now: number): ClarificationDue {
	const reading = readDateParts(date, names)
	if (!reading.ok) return reading
	const dueAt = fromLondonDateTime(reading.date, '23:59')
	const whole = [...DATE_PARTS]
	if (dueAt === null || dueAt <= now)
		return { ok: false, message: `${names.label} must be today or in the future`, parts: whole }
	if (dueAt - now > MAX_CLARIFICATION_DAYS * DAY)
		return { ok: false, message: `${names.label} must be within ${MAX_CLARIFICATION_DAYS} days`, parts: whole }
	return { ok: true, dueAt }
}

/** A missing date means no window was set: the request stays open until the council acts. */
export function clarificationOpen(dueAt: number | null, now: number): boolean {
	return dueAt === null || now < dueAt
}

import { z } from 'zod'
import { dateSchema } from '../date-parts.ts'
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

const names = { missing: 'Enter the date changes are due by', label: 'The date changes are due by' }

/**
 * The date changes are due by, typed in the GOV.UK date input, read as the moment the window
 * closes. A date that cannot be read is refused on the fields to highlight; one in the past or
 * too far ahead, on the whole date.
 */
export function clarificationDueSchema(now: number) {
	return dateSchema(names).transform((date, ctx) => {
		const dueAt = fromLondonDateTime(date, '23:59')
		const message =
			dueAt === null || dueAt <= now
				? `${names.label} must be today or in the future`
				: dueAt - now > MAX_CLARIFICATION_DAYS * DAY
					? `${names.label} must be within ${MAX_CLARIFICATION_DAYS} days`
					: null
		if (message === null) return dueAt!
		ctx.addIssue({ code: 'custom', message })
		return z.NEVER
	})
}

/** A missing date means no window was set: the request stays open until the council acts. */
export function clarificationOpen(dueAt: number | null, now: number): boolean {
	return dueAt === null || now < dueAt
}

import { addDays } from '#app/domain/calendar-dates.ts'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { dueDateSummary, dueDateUid, type DueDate } from '#app/domain/due-dates/due-dates.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { icalendarText, type AllDayEvent } from '#app/infra/icalendar.server.ts'
import { dueDatePath, dueDatesFor } from './due-dates.server.ts'
import type { SessionUser } from './session.server.ts'
import { nameSeenBy } from './councils.server.ts'

/** A calendar keeps the last year and everything to come: older dates are history, not plans. */
const DAYS_KEPT = 365

/** A person's due dates as an iCalendar file, each an all-day event linking to where it is done. */
export function dueDatesCalendar(user: SessionUser, now: number): string {
	const since = addDays(toLondonDateTime(now).date, -DAYS_KEPT)
	const host = new URL(getEnv().APP_URL).host
	const events = dueDatesFor(user, now)
		.filter((entry) => entry.date >= since)
		.map((entry) =>
			calendarEvent(entry, `${getEnv().APP_URL}${dueDatePath(entry, user.role)}`, host, user.role === 'supplier'),
		)
	return icalendarText({
		productId: '-//Golden Thread//Due dates//EN',
		name: `${nameSeenBy(user.organisationId)}: due dates`,
		events,
		now,
	})
}

/** `namingCouncil`: a supplier's calendar holds several councils' dates, so each says whose it is. */
function calendarEvent(entry: DueDate, url: string, host: string, namingCouncil: boolean): AllDayEvent {
	return {
		uid: `${dueDateUid(entry)}@${host}`,
		date: entry.date,
		summary: dueDateSummary(entry),
		description: `${namingCouncil ? `${entry.council.name}: ` : ''}${whenDue(entry)}\n${url}`,
		url,
	}
}

function whenDue(entry: DueDate): string {
	switch (entry.kind) {
		case 'return':
			return `The ${entry.label} return for ${entry.contract.reference} is due on ${formatCalendarDate(entry.date)}.`
		case 'tender':
			return `Bids for ${entry.tender.reference} close on ${formatDateTime(entry.deadlineAt)}.`
		case 'changes':
			return `The changes the council asked ${entry.supplier.name} to make to its social value matrix for ${entry.tender.reference} are due by ${formatDateTime(entry.deadlineAt)}.`
	}
}

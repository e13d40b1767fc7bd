import { daysSinceEpoch } from './calendar-dates.ts'
import { countOf } from './plural.ts'
import { toLondonDateTime } from './tenders/london-time.ts'

/**
 * UK calendar days from today (in London, at `now`) to `dueDate`: 0 on the day itself,
 * negative once it has passed. A return due on 30 April is 1 day late on 1 May, whatever
 * the hour.
 */
export function daysToGo(dueDate: string, now: number): number {
	return daysSinceEpoch(dueDate) - daysSinceEpoch(toLondonDateTime(now).date)
}

/** "Due today", "Due tomorrow", "12 days to go", "1 day late", "30 days late": as every due date says it. */
export function daysToGoInWords(dueDate: string, now: number): string {
	const days = daysToGo(dueDate, now)
	if (days === 0) return 'Due today'
	if (days === 1) return 'Due tomorrow'
	return days > 0 ? `${countOf(days, 'day')} to go` : `${countOf(-days, 'day')} late`
}

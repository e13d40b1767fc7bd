import { toLondonDateTime } from '../tenders/london-time.ts'
import { addDays, daysSinceEpoch } from '../calendar-dates.ts'
import { sendTimeOn } from './send-time.ts'

/**
 * The contract managers' weekly digest goes out on Mondays at 08:00 UK time. This is the
 * latest such slot at or before `now`, keyed by its ISO week ("2027-W43"), so every run in
 * the same week gets the same key.
 */
export function weeklyDigestSlot(now: number): { key: string; startsAt: number } {
	const today = toLondonDateTime(now).date
	let monday = addDays(today, -daysSinceMonday(today))
	if (sendTimeOn(monday) > now) monday = addDays(monday, -7)
	return { key: isoWeekKey(monday), startsAt: sendTimeOn(monday) }
}

export function daysSinceMonday(date: string): number {
	// 1 January 1970 was a Thursday, three days after a Monday.
	return (((daysSinceEpoch(date) + 3) % 7) + 7) % 7
}

/** An ISO week belongs to the year its Thursday falls in, so 30 December 2024 is in 2025-W01. */
function isoWeekKey(monday: string): string {
	const thursday = addDays(monday, 3)
	const year = thursday.slice(0, 4)
	const week = Math.floor((daysSinceEpoch(thursday) - daysSinceEpoch(`${year}-01-01`)) / 7) + 1
	return `${year}-W${String(week).padStart(2, '0')}`
}

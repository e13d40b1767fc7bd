import { LRUCache } from 'lru-cache'
import { isCalendarDate } from './tenders/london-time.ts'

/**
 * Calendar dates, "YYYY-MM-DD": days with no time of day. They are counted as whole days
 * with Date.UTC, so no time zone or clock change can move them.
 */

const DAY = 86_400_000

/** "1970-01-02" → 1: whole days, so calendar arithmetic is plain subtraction. */
export function daysSinceEpoch(date: string): number {
	const cached = dayNumbers.get(date)
	if (cached !== undefined) return cached
	if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`)
	const [year, month, day] = date.split('-').map(Number) as [number, number, number]
	const days = Date.UTC(year, month - 1, day) / DAY
	dayNumbers.set(date, days)
	return days
}

// Dashboards work out thousands of commitments against the same few dates.
const dayNumbers = new LRUCache<string, number>({ max: 100_000 })

/** 1 → "1970-01-02": the calendar date a count of days since 1970-01-01 falls on. */
export function calendarDateOf(days: number): string {
	return new Date(days * DAY).toISOString().slice(0, 10)
}

/** "2027-10-30" + 1 → "2027-10-31"; "2027-04-01" - 1 → "2027-03-31". */
export function addDays(date: string, days: number): string {
	return calendarDateOf(daysSinceEpoch(date) + days)
}

/** "2026-12-01" + 18 months → "2028-06-01". The day of the month must exist in both months. */
export function addMonths(date: string, months: number): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number]
	return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10)
}

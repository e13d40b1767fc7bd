import { formatDateTime } from '../dates.ts'
import { countOf } from '../plural.ts'
import { addDays } from '../calendar-dates.ts'
import { fromLondonDateTime, toLondonDateTime } from './london-time.ts'

/**
 * The tender period is the time bidders have: from the minute the tender is published to its
 * submission deadline. It is counted in UK calendar days, then hours and minutes: a tender
 * published at 10:00 on 1 May has 10 days when it closes at 10:00 on 11 May UK time, even if
 * the clocks change in between and that is 239 or 241 hours.
 */
export type TenderPeriod = { days: number; hours: number; minutes: number }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * The same UK clock time `days` calendar days later. Should that time fall in the hour skipped
 * when the clocks go forward, it is the instant the clock would have shown it.
 */
function sameClockTimeLater(at: number, days: number): number {
	const { date, time } = toLondonDateTime(at)
	const later = addDays(date, days)
	return fromLondonDateTime(later, time) ?? Date.parse(`${later}T${time}:00Z`)
}

/** The time from `now` (to the minute) to `deadlineAt`; null once the deadline has passed. */
export function tenderPeriod(deadlineAt: number, now: number): TenderPeriod | null {
	const start = now - (now % MINUTE)
	if (deadlineAt <= start) return null
	// Whole days of 24 hours are at most a clock change away from calendar days.
	let days = Math.floor((deadlineAt - start) / DAY) + 1
	while (days > 0 && sameClockTimeLater(start, days) > deadlineAt) days--
	const rest = deadlineAt - sameClockTimeLater(start, days)
	return { days, hours: Math.floor(rest / HOUR), minutes: Math.floor((rest % HOUR) / MINUTE) }
}

/** The period bidders would have if the tender were published at `now`, when it is shorter than the council's minimum. */
export function shortTenderPeriod(deadlineAt: number, now: number, minimumDays: number): TenderPeriod | null {
	const period = tenderPeriod(deadlineAt, now)
	return period !== null && period.days < minimumDays ? period : null
}

/** "9 days and 23 hours", "1 day", "5 hours and 20 minutes", "less than a minute". */
export function describeTenderPeriod({ days, hours, minutes }: TenderPeriod): string {
	// Minutes matter only when less than a day is left.
	const parts: Array<[number, string]> =
		days > 0
			? [
					[days, 'day'],
					[hours, 'hour'],
				]
			: [
					[hours, 'hour'],
					[minutes, 'minute'],
				]
	const named = parts.filter(([n]) => n > 0).map(([n, unit]) => countOf(n, unit))
	return named.length > 0 ? named.join(' and ') : 'less than a minute'
}

/** What the contract manager is told before publishing a tender with a short period. */
export function shortPeriodWarning(period: TenderPeriod, deadlineAt: number, minimumDays: number): string {
	return `If you publish now, bidders will have ${describeTenderPeriod(period)} to respond, until ${formatDateTime(deadlineAt)}. The council’s minimum tender period is ${countOf(minimumDays, 'day')}.`
}

/** The error when a short period was not confirmed. */
export function shortPeriodNotConfirmed(minimumDays: number): string {
	return `Confirm that you want to publish with less than the minimum tender period of ${countOf(minimumDays, 'day')}, or change the deadline`
}

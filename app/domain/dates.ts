const TIME_ZONE = 'Europe/London'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: TIME_ZONE,
})

const timeFormat = new Intl.DateTimeFormat('en-GB', {
	hour: 'numeric',
	minute: '2-digit',
	hourCycle: 'h12',
	timeZone: TIME_ZONE,
})

/** "30 April 2027", in UK time. */
export function formatDate(at: number | Date): string {
	return dateFormat.format(at)
}

/** "9:05am", "2:30pm", "midday", in UK time (GOV.UK style: lower-case am/pm, no space). */
function formatTime(at: number | Date): string {
	const time = timeFormat.format(at).replace(/\s/g, '').toLowerCase()
	return time === '12:00pm' ? 'midday' : time
}

const HOUR = 3_600_000

/**
 * "30 April 2027 at 9:05am", in UK time, with "midday" and "midnight" as GOV.UK writes them.
 * Midnight goes with the day it ends ("15 January 2027 at midnight" for 00:00 on the 16th),
 * as people read a deadline: "16 January at midnight" would sound a day later than it is.
 */
export function formatDateTime(at: number | Date): string {
	const time = formatTime(at)
	if (time === '12:00am') return `${formatDate(Number(at) - HOUR)} at midnight`
	return `${formatDate(at)} at ${time}`
}

/** "2027-04-30" (a calendar date, no time) → "30 April 2027". */
export function formatCalendarDate(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
	if (!match) return date
	// Noon UTC is the same calendar day in UK time, summer or winter.
	return formatDate(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
}

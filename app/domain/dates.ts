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

/** "30 April 2027 at 9:05am", in UK time (GOV.UK style: lower-case am/pm, no space). */
export function formatDateTime(at: number | Date): string {
	const time = timeFormat.format(at).replace(/\s/g, '').toLowerCase()
	return `${formatDate(at)} at ${time}`
}

/** "2027-04-30" (a calendar date, no time) → "30 April 2027". */
export function formatCalendarDate(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
	if (!match) return date
	// Noon UTC is the same calendar day in UK time, summer or winter.
	return formatDate(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
}

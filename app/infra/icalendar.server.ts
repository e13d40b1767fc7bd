/**
 * iCalendar text (RFC 5545) for a calendar of all-day events. Written by hand: the format is
 * small, and the well-known generators need a newer Node than the portal runs on.
 */

export type AllDayEvent = {
	/** Stable across feeds, so a calendar updates an event rather than adding a copy. */
	uid: string
	/** "YYYY-MM-DD" */
	date: string
	summary: string
	description: string
	url: string
}

export type Calendar = { productId: string; name: string; events: readonly AllDayEvent[]; now: number }

export function icalendarText(calendar: Calendar): string {
	const stamp = utcStamp(calendar.now)
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${escapeText(calendar.productId)}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		...calendar.events.flatMap((event) => [
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${basicDate(event.date)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`DESCRIPTION:${escapeText(event.description)}`,
			`URL:${event.url}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	]
	return lines.map(foldLine).join('\r\n') + '\r\n'
}

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Lines longer than 75 octets are folded: broken with CRLF and a space (RFC 5545 §3.1),
 * never inside a multi-byte character.
 */
export function foldLine(line: string): string {
	if (Buffer.byteLength(line) <= 75) return line
	const parts: string[] = []
	let current = ''
	let octets = 0
	for (const character of line) {
		const size = utf8Length(character.codePointAt(0)!)
		// Continuation lines begin with a space, which counts towards their 75.
		const limit = parts.length === 0 ? 75 : 74
		if (octets + size > limit) {
			parts.push(current)
			current = ''
			octets = 0
		}
		current += character
		octets += size
	}
	parts.push(current)
	return parts.join('\r\n ')
}

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

function basicDate(date: string): string {
	return date.replaceAll('-', '')
}

function nextDay(date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number]
	return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}

function utcStamp(at: number): string {
	return new Date(at)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '')
}

/**
 * A calendar as a response, never stored: a calendar program reads it in place; with a
 * `fileName` it is a download to import.
 */
export function calendarResponse(text: string, options: { fileName?: string } = {}): Response {
	return new Response(text, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Cache-Control': 'no-store',
			...(options.fileName ? { 'Content-Disposition': `attachment; filename="${options.fileName}.ics"` } : {}),
		},
	})
}

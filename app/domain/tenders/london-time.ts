import { LRUCache } from 'lru-cache'

const TIME_ZONE = 'Europe/London'

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
})

type LondonDateTime = Readonly<{ date: string; time: string }>

// Formatting with the time zone rules is slow beside everything else a page does, and a page
// of due dates or tenders asks it of hundreds of deadlines, the same ones on every view: each
// minute's answer is kept, as it never changes.
const byMinute = new LRUCache<number, LondonDateTime>({ max: 10_000 })

/** The UK wall-clock date and time of an instant: { date: "2027-04-30", time: "12:00" }. */
export function toLondonDateTime(at: number): LondonDateTime {
	const minute = Math.floor(at / 60_000)
	let found = byMinute.get(minute)
	if (found === undefined) {
		const p = Object.fromEntries(parts.formatToParts(at).map((part) => [part.type, part.value]))
		found = Object.freeze({ date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` })
		byMinute.set(minute, found)
	}
	return found
}

/**
 * The instant a UK wall-clock date and time names, or null if there is no such time (it
 * falls in the hour skipped when the clocks go forward). In the repeated hour when they go
 * back, the first (summer time) instant is taken.
 */
export function fromLondonDateTime(date: string, time: string): number | null {
	const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
	const timeMatch = /^(\d{1,2}):(\d{2})$/.exec(time)
	if (!dateMatch || !timeMatch) return null
	const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])]
	const [hour, minute] = [Number(timeMatch[1]), Number(timeMatch[2])]
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
	const asUtc = Date.UTC(year, month - 1, day, hour, minute)
	if (new Date(asUtc).getUTCDate() !== day) return null
	// UK time is UTC or UTC+1: try summer time first, then winter time.
	for (const offsetHours of [1, 0]) {
		const candidate = asUtc - offsetHours * 3_600_000
		const back = toLondonDateTime(candidate)
		if (back.date === date && back.time === `${String(hour).padStart(2, '0')}:${timeMatch[2]}`) return candidate
	}
	return null
}

/** Is "YYYY-MM-DD" a real calendar date? */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
	if (!match) return false
	const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
	return (
		d.getUTCFullYear() === Number(match[1]) &&
		d.getUTCMonth() === Number(match[2]) - 1 &&
		d.getUTCDate() === Number(match[3])
	)
}

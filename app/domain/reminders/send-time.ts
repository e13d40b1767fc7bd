import { daysSinceEpoch } from '../returns/periods.ts'
import { fromLondonDateTime } from '../tenders/london-time.ts'

const DAY = 86_400_000

/** The instant reminders for a day go out: 08:00 UK time, so they land at the start of the working day. */
export function sendTimeOn(date: string): number {
	const at = fromLondonDateTime(date, '08:00')
	// Clocks change at 1am in the UK, so 8am always exists.
	if (at === null) throw new RangeError(`No 8am on ${date}`)
	return at
}

/** "2027-10-30" + 1 → "2027-10-31": whole calendar days, untouched by clock changes. */
export function addDays(date: string, days: number): string {
	return new Date((daysSinceEpoch(date) + days) * DAY).toISOString().slice(0, 10)
}

import { fromLondonDateTime } from '../tenders/london-time.ts'

/** The instant reminders for a day go out: 08:00 UK time, so they land at the start of the working day. */
export function sendTimeOn(date: string): number {
	const at = fromLondonDateTime(date, '08:00')
	// Clocks change at 1am in the UK, so 8am always exists.
	if (at === null) throw new RangeError(`No 8am on ${date}`)
	return at
}

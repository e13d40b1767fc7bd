import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { isReturnDue, periodState } from '#app/domain/returns/period-state.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { periodHasEnded, returnIsDue } from './period-due.server.ts'

const MINUTE = 60_000

/** Every minute from `from` for `minutes`: either side of a midnight. */
function instants(from: string, minutes: number): number[] {
	return Array.from({ length: minutes }, (_, i) => Date.parse(from) + i * MINUTE)
}

test('queries and pages agree on whether a period has ended and its return is due, to the minute, in summer and winter time', () => {
	const period = { endDate: '2028-03-31', dueDate: '2028-04-30' }
	const winter = { endDate: '2027-09-30', dueDate: '2027-12-31' }
	const moments = [
		// The end of 31 March 2028 (summer time since 26 March), and of 30 April 2028.
		...instants('2028-03-31T22:50:00Z', 20),
		...instants('2028-04-30T22:50:00Z', 20),
		// The end of 31 December 2027, in winter time.
		...instants('2027-12-31T23:50:00Z', 20),
	]
	for (const now of moments) {
		const today = toLondonDateTime(now).date
		for (const p of [period, winter]) {
			const row = db.get<{ ended: number; due: number }>(
				sql`select ${periodHasEnded(sql`${p.endDate}`, today)} as "ended", ${returnIsDue(sql`${p.dueDate}`, today)} as "due"`,
			)!
			const state = periodState(p, null, now)
			expect([Boolean(row.ended), Boolean(row.due)], `${p.dueDate} at ${new Date(now).toISOString()}`).toEqual([
				state !== 'upcoming',
				isReturnDue(p.dueDate, now),
			])
			expect(isReturnDue(p.dueDate, now)).toBe(state === 'overdue')
		}
	}
	expect(isReturnDue('2028-04-30', Date.parse('2028-04-30T22:59:59Z'))).toBe(false)
	expect(isReturnDue('2028-04-30', Date.parse('2028-04-30T23:00:00Z'))).toBe(true)
})

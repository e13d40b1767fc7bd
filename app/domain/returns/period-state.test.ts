import { expect, test } from 'vitest'
import { periodState } from './period-state.ts'
import { periodEndedAt, returnDueAt } from './periods.ts'

const period = { endDate: '2026-09-30', dueDate: '2026-10-30' }

test('a period ends at midnight UK time after its last day, in summer time too', () => {
	expect(periodEndedAt('2026-09-30')).toBe(Date.UTC(2026, 8, 30, 23))
	expect(returnDueAt('2026-12-31')).toBe(Date.UTC(2027, 0, 1))
})

test('with a moved clock: upcoming, then due, then overdue, unless a return is in', () => {
	expect(periodState(period, null, Date.UTC(2026, 8, 30, 22))).toBe('upcoming')
	expect(periodState(period, null, Date.UTC(2026, 8, 30, 23))).toBe('due')
	expect(periodState(period, 'draft', Date.UTC(2026, 9, 30, 22, 59))).toBe('due')
	expect(periodState(period, 'draft', Date.UTC(2026, 9, 31))).toBe('overdue')
	expect(periodState(period, 'submitted', Date.UTC(2027, 0, 1))).toBe('submitted')
	expect(periodState(period, 'returned', Date.UTC(2027, 0, 1))).toBe('returned')
})

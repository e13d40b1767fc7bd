import { expect, test } from 'vitest'
import { addDays, addMonths, calendarDateOf, daysSinceEpoch } from './calendar-dates.ts'

test('days since 1970 and back', () => {
	expect(daysSinceEpoch('1970-01-01')).toBe(0)
	expect(daysSinceEpoch('1970-01-02')).toBe(1)
	expect(daysSinceEpoch('2028-02-29') - daysSinceEpoch('2028-02-28')).toBe(1)
	expect(calendarDateOf(daysSinceEpoch('2027-10-31'))).toBe('2027-10-31')
})

test.each([
	['2027-10-30', 1, '2027-10-31'],
	['2027-04-01', -1, '2027-03-31'],
	['2027-01-01', -1, '2026-12-31'],
	['2028-02-28', 1, '2028-02-29'],
	['2027-02-28', 1, '2027-03-01'],
	['2027-04-01', -365, '2026-04-01'],
	['2027-03-28', 1, '2027-03-29'],
	['2027-10-30', 0, '2027-10-30'],
])('%s with %i days is %s, whatever the clocks do', (date, days, expected) => {
	expect(addDays(date, days)).toBe(expected)
})

test('a date that does not exist is refused, not rolled over', () => {
	expect(() => addDays('2027-02-30', 1)).toThrow(RangeError)
	expect(() => daysSinceEpoch('30/04/2027')).toThrow(RangeError)
})

test('months cross year ends', () => {
	expect(addMonths('2026-12-01', 18)).toBe('2028-06-01')
	expect(addMonths('2026-01-01', -18)).toBe('2024-07-01')
})

import { expect, test } from 'vitest'
import { formatCalendarDate, formatDate, formatDateTime } from './dates.ts'

test('dates are en-GB in UK time', () => {
	expect(formatDate(Date.UTC(2027, 3, 30, 12))).toBe('30 April 2027')
	// 23:30 UTC on 31 March 2027 is already 1 April in British Summer Time.
	expect(formatDate(Date.UTC(2027, 2, 31, 23, 30))).toBe('1 April 2027')
})

test('times use lower-case am/pm in UK time', () => {
	expect(formatDateTime(Date.UTC(2027, 0, 15, 9, 5))).toBe('15 January 2027 at 9:05am')
	expect(formatDateTime(Date.UTC(2027, 6, 15, 13, 30))).toBe('15 July 2027 at 2:30pm')
})

test('noon and midnight read as midday and midnight, as GOV.UK writes them', () => {
	expect(formatDateTime(Date.UTC(2027, 0, 15, 12, 0))).toBe('15 January 2027 at midday')
	// 00:00 on 16 January, UK time (GMT in winter), is the end of the 15th.
	expect(formatDateTime(Date.UTC(2027, 0, 16, 0, 0))).toBe('15 January 2027 at midnight')
	// In British Summer Time, 23:00 UTC is midnight in the UK.
	expect(formatDateTime(Date.UTC(2027, 6, 15, 23, 0))).toBe('15 July 2027 at midnight')
	// The night the clocks go forward (28 March 2027, 1am GMT becomes 2am BST).
	expect(formatDateTime(Date.UTC(2027, 2, 28, 0, 0))).toBe('27 March 2027 at midnight')
	// Only the exact hour is named: half past twelve stays a time.
	expect(formatDateTime(Date.UTC(2027, 0, 15, 0, 30))).toBe('15 January 2027 at 12:30am')
	expect(formatDateTime(Date.UTC(2027, 0, 15, 12, 30))).toBe('15 January 2027 at 12:30pm')
})

test('calendar dates format without shifting a day', () => {
	expect(formatCalendarDate('2027-04-01')).toBe('1 April 2027')
	expect(formatCalendarDate('2027-10-31')).toBe('31 October 2027')
})

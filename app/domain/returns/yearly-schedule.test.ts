import { expect, test } from 'vitest'
import { yearlySchedule } from './yearly-schedule.ts'

test('a commitment across two financial years splits by its milestones and adds up exactly', () => {
	// 1 October 2026 to 30 September 2027: 100 by 31 March 2027, 300 by 30 September 2027.
	const years = yearlySchedule(
		[
			{ date: '2027-03-31', cumulativeHundredths: 100_00 },
			{ date: '2027-09-30', cumulativeHundredths: 300_00 },
		],
		'2026-10-01',
		4,
	)
	expect(years.map((y) => [y.yearKey, y.yearLabel, y.expectedHundredths])).toEqual([
		['2026-27', '2026/27', 100_00],
		['2027-28', '2027/28', 200_00],
	])
	expect(years.reduce((sum, y) => sum + y.expectedHundredths, 0)).toBe(300_00)
})

test('between milestones the year gets its share by days', () => {
	// 0 on 1 April 2027, 365 by 31 March 2029: about half in each year.
	const years = yearlySchedule([{ date: '2029-03-31', cumulativeHundredths: 730_00 }], '2027-04-01', 4)
	expect(years.map((y) => y.yearKey)).toEqual(['2027-28', '2028-29'])
	expect(years[0]!.expectedHundredths + years[1]!.expectedHundredths).toBe(730_00)
	expect(Math.abs(years[0]!.expectedHundredths - 365_00)).toBeLessThan(100)
})

test('no milestones, no schedule', () => {
	expect(yearlySchedule([], '2027-04-01', 4)).toEqual([])
})

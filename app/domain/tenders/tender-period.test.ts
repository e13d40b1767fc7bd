import { describe, expect, test } from 'vitest'
import {
	describeTenderPeriod,
	shortPeriodNotConfirmed,
	shortPeriodWarning,
	shortTenderPeriod,
	tenderPeriod,
} from './tender-period.ts'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
// 9am on 10 January 2027, UK winter time (UTC).
const now = Date.UTC(2027, 0, 10, 9, 0)

describe('the tender period', () => {
	test('counts UK calendar days, then hours and minutes', () => {
		expect(tenderPeriod(now + 10 * day, now)).toEqual({ days: 10, hours: 0, minutes: 0 })
		expect(tenderPeriod(now + 10 * day - minute, now)).toEqual({ days: 9, hours: 23, minutes: 59 })
		expect(tenderPeriod(now + 2 * day + 3 * hour + 20 * minute, now)).toEqual({ days: 2, hours: 3, minutes: 20 })
		expect(tenderPeriod(now + 20 * minute, now)).toEqual({ days: 0, hours: 0, minutes: 20 })
		expect(tenderPeriod(now + 400 * day, now)).toEqual({ days: 400, hours: 0, minutes: 0 })
	})

	test('starts from the minute of publishing, so seconds past it do not shorten it', () => {
		expect(tenderPeriod(now + 10 * day, now + 30_000)).toEqual({ days: 10, hours: 0, minutes: 0 })
	})

	test('a day is a calendar day when the clocks go forward (23 hours) or back (25 hours)', () => {
		// Clocks go forward on 28 March 2027: noon GMT on 20 March to noon BST on 30 March is 239 hours.
		const march = Date.UTC(2027, 2, 20, 12, 0)
		expect(tenderPeriod(Date.UTC(2027, 2, 30, 11, 0), march)).toEqual({ days: 10, hours: 0, minutes: 0 })
		expect(tenderPeriod(march + 10 * day, march)).toEqual({ days: 10, hours: 1, minutes: 0 })
		// Clocks go back on 31 October 2027: noon BST on 25 October to noon GMT on 4 November is 241 hours.
		const october = Date.UTC(2027, 9, 25, 11, 0)
		expect(tenderPeriod(Date.UTC(2027, 10, 4, 12, 0), october)).toEqual({ days: 10, hours: 0, minutes: 0 })
		expect(tenderPeriod(october + 10 * day, october)).toEqual({ days: 9, hours: 23, minutes: 0 })
	})

	test('a publishing time that does not exist on the last day is taken as the clock would have shown it', () => {
		// 1:30am on 28 March 2027 is skipped; 1:30am GMT is 2:30am BST.
		const publishedAt = Date.UTC(2027, 2, 18, 1, 30)
		expect(tenderPeriod(Date.UTC(2027, 2, 28, 1, 30), publishedAt)).toEqual({ days: 10, hours: 0, minutes: 0 })
		expect(tenderPeriod(Date.UTC(2027, 2, 28, 1, 29), publishedAt)).toEqual({ days: 9, hours: 23, minutes: 59 })
	})

	test('there is none once the deadline has passed', () => {
		expect(tenderPeriod(now, now)).toBeNull()
		expect(tenderPeriod(now - day, now)).toBeNull()
	})
})

describe('the council’s minimum', () => {
	test('a period shorter than the minimum is returned, one at or above it is not', () => {
		expect(shortTenderPeriod(now + 10 * day - minute, now, 10)).toEqual({ days: 9, hours: 23, minutes: 59 })
		expect(shortTenderPeriod(now + 10 * day, now, 10)).toBeNull()
		expect(shortTenderPeriod(now + 30 * day, now, 10)).toBeNull()
		expect(shortTenderPeriod(now + 2 * day, now, 1)).toBeNull()
	})

	test('a deadline already passed is not a short period: publishing refuses it for its own reason', () => {
		expect(shortTenderPeriod(now - minute, now, 10)).toBeNull()
	})
})

describe('in words', () => {
	test('days and hours, or hours and minutes when less than a day is left', () => {
		expect(describeTenderPeriod({ days: 9, hours: 23, minutes: 59 })).toBe('9 days and 23 hours')
		expect(describeTenderPeriod({ days: 1, hours: 0, minutes: 5 })).toBe('1 day')
		expect(describeTenderPeriod({ days: 2, hours: 1, minutes: 0 })).toBe('2 days and 1 hour')
		expect(describeTenderPeriod({ days: 0, hours: 5, minutes: 20 })).toBe('5 hours and 20 minutes')
		expect(describeTenderPeriod({ days: 0, hours: 0, minutes: 1 })).toBe('1 minute')
		expect(describeTenderPeriod({ days: 0, hours: 0, minutes: 0 })).toBe('less than a minute')
	})

	test('the warning says how long bidders will have and the council’s minimum', () => {
		const deadline = now + 2 * day + 3 * hour
		expect(shortPeriodWarning(tenderPeriod(deadline, now)!, deadline, 10)).toBe(
			'If you publish now, bidders will have 2 days and 3 hours to respond, until 12 January 2027 at midday. The council’s minimum tender period is 10 days.',
		)
		expect(shortPeriodNotConfirmed(1)).toBe(
			'Confirm that you want to publish with less than the minimum tender period of 1 day, or change the deadline',
		)
	})
})

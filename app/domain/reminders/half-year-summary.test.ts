import { describe, expect, test } from 'vitest'
import { fromLondonDateTime } from '../tenders/london-time.ts'
import { halfYearSummaryDue, summariseReturns } from './half-year-summary.ts'

function uk(date: string, time: string): number {
	const at = fromLondonDateTime(date, time)
	if (at === null) throw new Error(`No such UK time: ${date} ${time}`)
	return at
}

const april = { financialYearStartMonth: 4, dueDays: 30 }

describe('a financial year from April, returns due 30 days after each half', () => {
	const h1 = {
		key: '2027-28-H1',
		label: 'H1 2027/28',
		periodStart: '2027-04-01',
		periodEnd: '2027-09-30',
		dueDate: '2027-10-30',
	}
	const h2 = {
		key: '2027-28-H2',
		label: 'H2 2027/28',
		periodStart: '2027-10-01',
		periodEnd: '2028-03-31',
		dueDate: '2028-04-30',
	}
	const previousH2 = {
		key: '2026-27-H2',
		label: 'H2 2026/27',
		periodStart: '2026-10-01',
		periodEnd: '2027-03-31',
		dueDate: '2027-04-30',
	}

	test.each([
		['2027-10-30', '23:59', previousH2],
		// Clocks go back at 1am on 31 October 2027: 08:00 is winter time.
		['2027-10-31', '07:59', previousH2],
		['2027-10-31', '08:00', h1],
		['2028-01-15', '12:00', h1],
		['2028-05-01', '07:59', h1],
		['2028-05-01', '08:00', h2],
		['2028-10-30', '12:00', h2],
	])('on %s at %s', (date, time, expected) => {
		expect(halfYearSummaryDue({ ...april, now: uk(date, time) })).toEqual(expected)
	})

	test('the key stays the same on every run, every 3 hours, until the next half is due', () => {
		const keys = new Set<string>()
		for (let now = uk('2027-10-31', '08:00'); now < uk('2028-05-01', '08:00'); now += 3 * 3_600_000) {
			keys.add(halfYearSummaryDue({ ...april, now })!.key)
		}
		expect([...keys]).toEqual(['2027-28-H1'])
	})
})

test('a financial year from January is named by its calendar year', () => {
	expect(halfYearSummaryDue({ financialYearStartMonth: 1, dueDays: 30, now: uk('2028-01-31', '08:00') })).toEqual({
		key: '2027-H2',
		label: 'H2 2027',
		periodStart: '2027-07-01',
		periodEnd: '2027-12-31',
		dueDate: '2028-01-30',
	})
})

test('a long due time reaches back into the calendar year before', () => {
	// H2 2027/28 ends on 31 March 2028; 180 days later is 27 September 2028.
	const input = { financialYearStartMonth: 4, dueDays: 180 }
	expect(halfYearSummaryDue({ ...input, now: uk('2028-09-28', '07:59') })?.key).toBe('2027-28-H1')
	expect(halfYearSummaryDue({ ...input, now: uk('2028-09-28', '08:00') })?.key).toBe('2027-28-H2')
	expect(halfYearSummaryDue({ ...input, now: uk('2029-01-15', '12:00') })?.key).toBe('2027-28-H2')
})

test('settings out of range are refused', () => {
	expect(() => halfYearSummaryDue({ financialYearStartMonth: 13, dueDays: 30, now: 0 })).toThrow(RangeError)
	expect(() => halfYearSummaryDue({ financialYearStartMonth: 4, dueDays: -1, now: 0 })).toThrow(RangeError)
})

describe('summariseReturns', () => {
	test('counts each return as on time, late or missing', () => {
		const at = uk('2027-10-20', '12:00')
		expect(
			summariseReturns([
				{ dueDate: '2027-10-30', submittedAt: at, late: false },
				{ dueDate: '2027-10-30', submittedAt: at, late: false },
				{ dueDate: '2027-10-30', submittedAt: at, late: true },
				{ dueDate: '2027-11-14', submittedAt: null, late: false },
				{ dueDate: '2027-10-30', submittedAt: null, late: true },
			]),
		).toEqual({ expected: 5, onTime: 2, late: 1, missing: 2 })
	})

	test('nothing expected, nothing to count', () => {
		expect(summariseReturns([])).toEqual({ expected: 0, onTime: 0, late: 0, missing: 0 })
	})
})

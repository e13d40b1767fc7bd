import { describe, expect, test } from 'vitest'
import { periodEndedAt, reportingPeriods, returnDueAt, type ReportingPeriodsInput } from './periods.ts'

const contract = { start: '2026-06-15', end: '2028-12-31', financialYearStartMonth: 4, dueDays: 30 }

function rows(input: ReportingPeriodsInput) {
	return reportingPeriods(input).map((p) => [p.key, p.label, p.start, p.end, p.dueDate])
}

describe('a contract from 15 June 2026 to 31 December 2028', () => {
	test('half-yearly', () => {
		expect(rows({ ...contract, cadence: 'half_yearly' })).toEqual([
			['2026-27-H1', 'H1 2026/27', '2026-06-15', '2026-09-30', '2026-10-30'],
			['2026-27-H2', 'H2 2026/27', '2026-10-01', '2027-03-31', '2027-04-30'],
			['2027-28-H1', 'H1 2027/28', '2027-04-01', '2027-09-30', '2027-10-30'],
			['2027-28-H2', 'H2 2027/28', '2027-10-01', '2028-03-31', '2028-04-30'],
			['2028-29-H1', 'H1 2028/29', '2028-04-01', '2028-09-30', '2028-10-30'],
			['2028-29-H2', 'H2 2028/29', '2028-10-01', '2028-12-31', '2029-01-30'],
		])
	})

	test('quarterly', () => {
		expect(rows({ ...contract, cadence: 'quarterly' })).toEqual([
			['2026-27-Q1', 'Q1 2026/27', '2026-06-15', '2026-06-30', '2026-07-30'],
			['2026-27-Q2', 'Q2 2026/27', '2026-07-01', '2026-09-30', '2026-10-30'],
			['2026-27-Q3', 'Q3 2026/27', '2026-10-01', '2026-12-31', '2027-01-30'],
			['2026-27-Q4', 'Q4 2026/27', '2027-01-01', '2027-03-31', '2027-04-30'],
			['2027-28-Q1', 'Q1 2027/28', '2027-04-01', '2027-06-30', '2027-07-30'],
			['2027-28-Q2', 'Q2 2027/28', '2027-07-01', '2027-09-30', '2027-10-30'],
			['2027-28-Q3', 'Q3 2027/28', '2027-10-01', '2027-12-31', '2028-01-30'],
			['2027-28-Q4', 'Q4 2027/28', '2028-01-01', '2028-03-31', '2028-04-30'],
			['2028-29-Q1', 'Q1 2028/29', '2028-04-01', '2028-06-30', '2028-07-30'],
			['2028-29-Q2', 'Q2 2028/29', '2028-07-01', '2028-09-30', '2028-10-30'],
			['2028-29-Q3', 'Q3 2028/29', '2028-10-01', '2028-12-31', '2029-01-30'],
		])
	})

	test('annual', () => {
		expect(rows({ ...contract, cadence: 'annual' })).toEqual([
			['2026-27', '2026/27', '2026-06-15', '2027-03-31', '2027-04-30'],
			['2027-28', '2027/28', '2027-04-01', '2028-03-31', '2028-04-30'],
			['2028-29', '2028/29', '2028-04-01', '2028-12-31', '2029-01-30'],
		])
	})

	test('periods follow on from each other without gaps or overlaps', () => {
		for (const cadence of ['half_yearly', 'quarterly', 'annual'] as const) {
			const periods = reportingPeriods({ ...contract, cadence })
			expect(periods[0]!.start).toBe(contract.start)
			expect(periods.at(-1)!.end).toBe(contract.end)
			for (let i = 1; i < periods.length; i++) {
				const dayAfter = new Date(Date.parse(periods[i - 1]!.end) + 86_400_000).toISOString().slice(0, 10)
				expect(periods[i]!.start).toBe(dayAfter)
			}
			expect(new Set(periods.map((p) => p.key)).size).toBe(periods.length)
		}
	})
})

describe('leap years', () => {
	test('a contract ending on 29 February 2028 clips its last quarter there', () => {
		const periods = reportingPeriods({
			start: '2027-04-01',
			end: '2028-02-29',
			cadence: 'quarterly',
			financialYearStartMonth: 4,
			dueDays: 30,
		})
		expect(periods.at(-1)).toEqual({
			key: '2027-28-Q4',
			label: 'Q4 2027/28',
			start: '2028-01-01',
			end: '2028-02-29',
			dueDate: '2028-03-30',
		})
	})

	test('a financial year starting in March has quarters ending on the last day of February', () => {
		const input = {
			start: '2026-03-01',
			end: '2028-05-31',
			cadence: 'quarterly',
			financialYearStartMonth: 3,
			dueDays: 30,
		} as const
		const q4s = reportingPeriods(input).filter((p) => p.key.endsWith('Q4'))
		expect(q4s.map((p) => [p.key, p.start, p.end, p.dueDate])).toEqual([
			['2026-27-Q4', '2026-12-01', '2027-02-28', '2027-03-30'],
			['2027-28-Q4', '2027-12-01', '2028-02-29', '2028-03-30'],
		])
	})

	test('due dates count the leap day', () => {
		// Quarters Feb–Apr, May–Jul, Aug–Oct, Nov–Jan: Q4 ends on 31 January.
		const input = {
			start: '2026-02-01',
			end: '2028-04-30',
			cadence: 'quarterly',
			financialYearStartMonth: 2,
			dueDays: 30,
		} as const
		const q4s = reportingPeriods(input).filter((p) => p.key.endsWith('Q4'))
		expect(q4s.map((p) => [p.key, p.end, p.dueDate])).toEqual([
			['2026-27-Q4', '2027-01-31', '2027-03-02'],
			['2027-28-Q4', '2028-01-31', '2028-03-01'],
		])
	})

	test('due dates run across month and year ends', () => {
		const due = (end: string, dueDays: number) =>
			reportingPeriods({ start: end, end, cadence: 'annual', financialYearStartMonth: 4, dueDays })[0]!.dueDate
		expect(due('2026-12-31', 1)).toBe('2027-01-01')
		expect(due('2028-02-28', 1)).toBe('2028-02-29')
		expect(due('2027-02-28', 1)).toBe('2027-03-01')
		expect(due('2028-01-31', 29)).toBe('2028-02-29')
		expect(due('2026-09-30', 0)).toBe('2026-09-30')
		expect(due('2026-09-30', 180)).toBe('2027-03-29')
	})
})

describe('short and exact contracts', () => {
	test('a contract shorter than one period has a single period', () => {
		expect(
			rows({ start: '2026-05-01', end: '2026-05-31', cadence: 'half_yearly', financialYearStartMonth: 4, dueDays: 30 }),
		).toEqual([['2026-27-H1', 'H1 2026/27', '2026-05-01', '2026-05-31', '2026-06-30']])
	})

	test('a short contract that crosses a boundary has two', () => {
		expect(
			rows({ start: '2026-09-15', end: '2026-10-15', cadence: 'half_yearly', financialYearStartMonth: 4, dueDays: 30 }),
		).toEqual([
			['2026-27-H1', 'H1 2026/27', '2026-09-15', '2026-09-30', '2026-10-30'],
			['2026-27-H2', 'H2 2026/27', '2026-10-01', '2026-10-15', '2026-11-14'],
		])
	})

	test('a one-day contract has a one-day period', () => {
		expect(
			rows({ start: '2027-03-31', end: '2027-03-31', cadence: 'quarterly', financialYearStartMonth: 4, dueDays: 30 }),
		).toEqual([['2026-27-Q4', 'Q4 2026/27', '2027-03-31', '2027-03-31', '2027-04-30']])
	})

	test('a contract starting and ending on period boundaries has whole periods', () => {
		expect(
			rows({ start: '2027-04-01', end: '2029-03-31', cadence: 'half_yearly', financialYearStartMonth: 4, dueDays: 30 }),
		).toEqual([
			['2027-28-H1', 'H1 2027/28', '2027-04-01', '2027-09-30', '2027-10-30'],
			['2027-28-H2', 'H2 2027/28', '2027-10-01', '2028-03-31', '2028-04-30'],
			['2028-29-H1', 'H1 2028/29', '2028-04-01', '2028-09-30', '2028-10-30'],
			['2028-29-H2', 'H2 2028/29', '2028-10-01', '2029-03-31', '2029-04-30'],
		])
		expect(
			rows({ start: '2027-04-01', end: '2028-03-31', cadence: 'annual', financialYearStartMonth: 4, dueDays: 30 }),
		).toEqual([['2027-28', '2027/28', '2027-04-01', '2028-03-31', '2028-04-30']])
	})

	test('a contract ending the day before a period starts does not reach into it', () => {
		expect(
			reportingPeriods({
				start: '2027-01-01',
				end: '2027-09-30',
				cadence: 'half_yearly',
				financialYearStartMonth: 4,
				dueDays: 30,
			}).map((p) => p.key),
		).toEqual(['2026-27-H2', '2027-28-H1'])
	})

	test('an end before the start has no periods', () => {
		expect(
			reportingPeriods({
				start: '2027-04-01',
				end: '2027-03-31',
				cadence: 'half_yearly',
				financialYearStartMonth: 4,
				dueDays: 30,
			}),
		).toEqual([])
	})
})

describe('other financial years', () => {
	test('a financial year starting in January is the calendar year', () => {
		const input = { start: '2026-06-15', end: '2027-12-31', financialYearStartMonth: 1, dueDays: 30 }
		expect(rows({ ...input, cadence: 'half_yearly' })).toEqual([
			['2026-H1', 'H1 2026', '2026-06-15', '2026-06-30', '2026-07-30'],
			['2026-H2', 'H2 2026', '2026-07-01', '2026-12-31', '2027-01-30'],
			['2027-H1', 'H1 2027', '2027-01-01', '2027-06-30', '2027-07-30'],
			['2027-H2', 'H2 2027', '2027-07-01', '2027-12-31', '2028-01-30'],
		])
		expect(rows({ ...input, cadence: 'quarterly' }).map(([key, , start, end]) => [key, start, end])).toEqual([
			['2026-Q2', '2026-06-15', '2026-06-30'],
			['2026-Q3', '2026-07-01', '2026-09-30'],
			['2026-Q4', '2026-10-01', '2026-12-31'],
			['2027-Q1', '2027-01-01', '2027-03-31'],
			['2027-Q2', '2027-04-01', '2027-06-30'],
			['2027-Q3', '2027-07-01', '2027-09-30'],
			['2027-Q4', '2027-10-01', '2027-12-31'],
		])
		expect(rows({ ...input, cadence: 'annual' })).toEqual([
			['2026', '2026', '2026-06-15', '2026-12-31', '2027-01-30'],
			['2027', '2027', '2027-01-01', '2027-12-31', '2028-01-30'],
		])
	})

	test('a contract starting before the financial year month belongs to the year before', () => {
		// July financial year: 2026/27 runs 1 July 2026 to 30 June 2027.
		expect(
			rows({ start: '2026-02-10', end: '2026-08-31', cadence: 'half_yearly', financialYearStartMonth: 7, dueDays: 30 }),
		).toEqual([
			['2025-26-H2', 'H2 2025/26', '2026-02-10', '2026-06-30', '2026-07-30'],
			['2026-27-H1', 'H1 2026/27', '2026-07-01', '2026-08-31', '2026-09-30'],
		])
	})

	test('a December year and the turn of the century', () => {
		expect(
			rows({ start: '2099-11-30', end: '2100-01-01', cadence: 'annual', financialYearStartMonth: 12, dueDays: 30 }),
		).toEqual([
			['2098-99', '2098/99', '2099-11-30', '2099-11-30', '2099-12-30'],
			['2099-00', '2099/00', '2099-12-01', '2100-01-01', '2100-01-31'],
		])
	})
})

test('keys stay the same when the contract dates move', () => {
	const before = reportingPeriods({ ...contract, cadence: 'half_yearly' }).map((p) => p.key)
	const after = reportingPeriods({ ...contract, start: '2026-08-01', end: '2029-02-28', cadence: 'half_yearly' }).map(
		(p) => p.key,
	)
	expect(after.slice(0, before.length)).toEqual(before)
	expect(after.at(-1)).toBe('2028-29-H2')
})

test('nonsense input is a programming error', () => {
	const valid = { ...contract, cadence: 'half_yearly' } as const
	expect(() => reportingPeriods({ ...valid, start: '2026-02-30' })).toThrow(RangeError)
	expect(() => reportingPeriods({ ...valid, end: '31/12/2028' })).toThrow(RangeError)
	expect(() => reportingPeriods({ ...valid, financialYearStartMonth: 13 })).toThrow(RangeError)
	expect(() => reportingPeriods({ ...valid, financialYearStartMonth: 0 })).toThrow(RangeError)
	expect(() => reportingPeriods({ ...valid, dueDays: -1 })).toThrow(RangeError)
	expect(() => reportingPeriods({ ...valid, dueDays: 1.5 })).toThrow(RangeError)
})

describe('instants for the clock', () => {
	test('a period has ended at midnight UK time after its last day', () => {
		// 30 September is summer time: midnight in London is 23:00 UTC the day before.
		expect(periodEndedAt('2026-09-30')).toBe(Date.UTC(2026, 8, 30, 23))
		expect(periodEndedAt('2027-03-31')).toBe(Date.UTC(2027, 2, 31, 23))
		expect(periodEndedAt('2026-12-31')).toBe(Date.UTC(2027, 0, 1))
	})

	test('a return is late from midnight UK time after its due date', () => {
		// The clocks go back at 2am on 25 October 2026 and forward at 1am on 28 March 2027.
		expect(returnDueAt('2026-10-24')).toBe(Date.UTC(2026, 9, 24, 23))
		expect(returnDueAt('2026-10-25')).toBe(Date.UTC(2026, 9, 26))
		expect(returnDueAt('2026-10-30')).toBe(Date.UTC(2026, 9, 31))
		expect(returnDueAt('2027-03-27')).toBe(Date.UTC(2027, 2, 28))
		expect(returnDueAt('2027-03-28')).toBe(Date.UTC(2027, 2, 28, 23))
		expect(returnDueAt('2028-02-29')).toBe(Date.UTC(2028, 2, 1))
	})
})

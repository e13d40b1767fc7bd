import { expect, test } from 'vitest'
import { financialYearBeginning, financialYearOf, financialYearStartYear } from './financial-year.ts'

test('an April year runs from 1 April to 31 March', () => {
	expect(financialYearOf('2027-03-31', 4)).toEqual({
		key: '2026-27',
		label: '2026/27',
		start: '2026-04-01',
		end: '2027-03-31',
	})
	expect(financialYearOf('2027-04-01', 4)).toEqual({
		key: '2027-28',
		label: '2027/28',
		start: '2027-04-01',
		end: '2028-03-31',
	})
})

test('a January year is the calendar year, leap day and all', () => {
	expect(financialYearOf('2028-02-29', 1)).toEqual({
		key: '2028',
		label: '2028',
		start: '2028-01-01',
		end: '2028-12-31',
	})
	expect(financialYearOf('2027-12-31', 1).key).toBe('2027')
})

test('the short year wraps at the turn of a century', () => {
	expect(financialYearOf('2099-04-01', 4).key).toBe('2099-00')
	expect(financialYearOf('2000-03-31', 4).label).toBe('1999/00')
})

test('a year starting in October, and one ending in a leap February', () => {
	expect(financialYearOf('2027-09-30', 10)).toMatchObject({ key: '2026-27', end: '2027-09-30' })
	expect(financialYearOf('2027-10-01', 10)).toMatchObject({ key: '2027-28', start: '2027-10-01' })
	expect(financialYearBeginning(2027, 3).end).toBe('2028-02-29')
})

test('the year a financial year began in', () => {
	expect(financialYearStartYear('2027-03-31', 4)).toBe(2026)
	expect(financialYearStartYear('2027-04-01', 4)).toBe(2027)
	expect(financialYearStartYear('2027-01-01', 1)).toBe(2027)
})

test('a start month that is not a month is refused', () => {
	expect(() => financialYearOf('2027-04-01', 0)).toThrow('Financial year start month must be 1 to 12, not 0')
	expect(() => financialYearBeginning(2027, 13)).toThrow(RangeError)
})

import { addDays } from './calendar-dates.ts'

/**
 * The council's financial year: twelve months from the 1st of its first month (4 = April,
 * the UK's; 1 = January, the calendar year). Reporting periods, the dashboards' years and
 * the annual report all count in it. The database works out the same year for the totals
 * it keeps (the `period_financial_years` view); a test holds the two together.
 */

export type FinancialYear = {
	/** "2026-27", or "2026" for a year starting in January: stable, for keys and URLs. */
	key: string
	/** "2026/27", or "2026": for people. */
	label: string
	start: string
	end: string
}

function checkedStartMonth(startMonth: number): number {
	if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
		throw new RangeError(`Financial year start month must be 1 to 12, not ${startMonth}`)
	return startMonth
}

/** The calendar year in which the financial year holding `date` ("2027-03-31") began: 2026 for April years. */
export function financialYearStartYear(date: string, startMonth: number): number {
	const [year, month] = date.split('-').map(Number) as [number, number]
	return month >= checkedStartMonth(startMonth) ? year : year - 1
}

/** The financial year that begins on the 1st of `startMonth` in `startYear`. */
export function financialYearBeginning(startYear: number, startMonth: number): FinancialYear {
	const mm = String(checkedStartMonth(startMonth)).padStart(2, '0')
	const start = `${startYear}-${mm}-01`
	const end = addDays(`${startYear + 1}-${mm}-01`, -1)
	if (startMonth === 1) return { key: String(startYear), label: String(startYear), start, end }
	const next = String((startYear + 1) % 100).padStart(2, '0')
	return { key: `${startYear}-${next}`, label: `${startYear}/${next}`, start, end }
}

/** The financial year a calendar date falls in, whole (not clipped to any contract). */
export function financialYearOf(date: string, startMonth: number): FinancialYear {
	return financialYearBeginning(financialYearStartYear(date, startMonth), startMonth)
}

import { addDays } from '../calendar-dates.ts'
import { expectedToDate, type Milestone } from './progress.ts'
import { reportingPeriods } from './periods.ts'

export type ScheduledYear = {
	yearKey: string
	yearLabel: string
	yearStart: string
	yearEnd: string
	expectedHundredths: number
}

export type FinancialYear = { key: string; label: string; start: string; end: string }

/** The council's financial year that a calendar date falls in, whole (not clipped to any contract). */
export function financialYearOf(date: string, financialYearStartMonth: number): FinancialYear {
	const [year, month] = date.split('-').map(Number) as [number, number]
	const startYear = month >= financialYearStartMonth ? year : year - 1
	const mm = String(financialYearStartMonth).padStart(2, '0')
	const start = `${startYear}-${mm}-01`
	const end = addDays(`${startYear + 1}-${mm}-01`, -1)
	const [whole] = reportingPeriods({ start, end, cadence: 'annual', financialYearStartMonth, dueDays: 0 })
	return { key: whole!.key, label: whole!.label, start, end }
}

/**
 * How much of a commitment the milestones expect in each financial year: the growth of the
 * expected line from the day before the year starts to its last day. The years add up to
 * the final milestone exactly, so a year's "committed" never double counts another's.
 */
export function yearlySchedule(
	milestones: Milestone[],
	contractStart: string,
	financialYearStartMonth: number,
): ScheduledYear[] {
	if (milestones.length === 0) return []
	const last = milestones
		.map((m) => m.date)
		.sort()
		.at(-1)!
	const end = last < contractStart ? contractStart : last
	const years = reportingPeriods({ start: contractStart, end, cadence: 'annual', financialYearStartMonth, dueDays: 0 })
	return years.map((year) => {
		// The clipped start of the first year is the contract start, where the line begins at 0.
		const before = expectedToDate(milestones, contractStart, addDays(year.start, -1)) ?? 0
		const after = expectedToDate(milestones, contractStart, year.end) ?? 0
		const whole = financialYearOf(year.start, financialYearStartMonth)
		return {
			yearKey: whole.key,
			yearLabel: whole.label,
			yearStart: whole.start,
			yearEnd: whole.end,
			expectedHundredths: after - before,
		}
	})
}

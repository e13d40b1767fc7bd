import { addDays } from '../calendar-dates.ts'
import { financialYearOf } from '../financial-year.ts'
import { expectedToDate, type Milestone } from './progress.ts'
import { reportingPeriods } from './periods.ts'

export type ScheduledYear = {
	yearKey: string
	yearLabel: string
	yearStart: string
	yearEnd: string
	expectedHundredths: number
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

import { addDays } from '../calendar-dates.ts'
import { financialYearBeginning } from '../financial-year.ts'
import { reportingPeriods } from '../returns/periods.ts'
import { toLondonDateTime } from '../tenders/london-time.ts'
import { sendTimeOn } from './send-time.ts'

export type HalfYearSummary = {
	/** Matches the half-yearly reporting period keys: "2027-28-H1". */
	key: string
	label: string
	periodStart: string
	periodEnd: string
	dueDate: string
}

/**
 * The half-year of the council's financial year whose summary (returns received, late and
 * missing) the social value lead should have had by now: the latest one whose due date
 * (`dueDays` after it ends) is over, from 08:00 UK time the day after. Null only if none is.
 */
export function halfYearSummaryDue(input: {
	financialYearStartMonth: number
	dueDays: number
	now: number
}): HalfYearSummary | null {
	const { financialYearStartMonth, dueDays, now } = input
	const year = Number(toLondonDateTime(now).date.slice(0, 4))
	// Whole financial years, so no half is clipped: from far enough back that the latest half
	// due by now is included, up to the end of the year starting this calendar year, which
	// always runs past today.
	const halves = reportingPeriods({
		start: financialYearBeginning(year - 2 - Math.ceil(dueDays / 365), financialYearStartMonth).start,
		end: financialYearBeginning(year, financialYearStartMonth).end,
		cadence: 'half_yearly',
		financialYearStartMonth,
		dueDays,
	})
	const half = halves.filter((h) => sendTimeOn(addDays(h.dueDate, 1)) <= now).at(-1)
	if (!half) return null
	return { key: half.key, label: half.label, periodStart: half.start, periodEnd: half.end, dueDate: half.dueDate }
}

export type ReturnsSummary = { expected: number; onTime: number; late: number; missing: number }

/** Counts the returns the caller chose for a half-year: each was expected; it is in on time, in late, or missing. */
export function summariseReturns(
	periods: { dueDate: string; submittedAt: number | null; late: boolean }[],
): ReturnsSummary {
	const submitted = periods.filter((p) => p.submittedAt !== null)
	const late = submitted.filter((p) => p.late).length
	return { expected: periods.length, onTime: submitted.length - late, late, missing: periods.length - submitted.length }
}

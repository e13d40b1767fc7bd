import { LRUCache } from 'lru-cache'
import type { ReportingCadence } from '#db/schema.ts'
import { addDays, calendarDateOf, daysSinceEpoch } from '../calendar-dates.ts'
import { financialYearBeginning, financialYearStartYear } from '../financial-year.ts'
import { fromLondonDateTime } from '../tenders/london-time.ts'

/**
 * The periods a contract reports on. A financial year starts on the 1st of
 * `financialYearStartMonth` (4 = April, the UK default) and is cut into halves, quarters or
 * kept whole; each period is clipped to the contract's own start and end, and is due
 * `dueDays` calendar days after it (clipped) ends.
 *
 * Dates are calendar dates, "YYYY-MM-DD", counted as whole days with Date.UTC so that no
 * time zone or clock change can move them.
 */

export type ReportingPeriod = {
	/** Stable across date changes ("2026-27-H1", "2026-27-Q3", "2026-27"), so filed returns can be matched again. */
	key: string
	/** Short, for people: "H1 2026/27", "Q3 2026/27", "2026/27". */
	label: string
	start: string
	end: string
	dueDate: string
}

export type ReportingPeriodsInput = {
	start: string
	end: string
	cadence: ReportingCadence
	financialYearStartMonth: number
	dueDays: number
}

const DAY = 86_400_000

const monthsPerPeriod: Record<ReportingCadence, number> = { half_yearly: 6, quarterly: 3, annual: 12 }
const periodLetter: Record<ReportingCadence, string> = { half_yearly: 'H', quarterly: 'Q', annual: '' }

export function reportingPeriods(input: ReportingPeriodsInput): ReportingPeriod[] {
	const { cadence, financialYearStartMonth: firstMonth, dueDays } = input
	// The contract's first financial year, which periods are counted from.
	const firstYear = financialYearStartYear(input.start, firstMonth)
	if (!Number.isInteger(dueDays) || dueDays < 0)
		throw new RangeError(`Due days must be a whole number of 0 or more, not ${dueDays}`)
	const contractStart = daysSinceEpoch(input.start)
	const contractEnd = daysSinceEpoch(input.end)
	if (contractEnd < contractStart) return []

	const length = monthsPerPeriod[cadence]
	const perYear = 12 / length

	const periods: ReportingPeriod[] = []
	// Periods are counted in months from the start of the contract's first financial year.
	for (let index = 0; ; index++) {
		const periodStart = monthStart(firstYear, firstMonth - 1 + index * length)
		if (periodStart > contractEnd) break
		const periodEnd = monthStart(firstYear, firstMonth - 1 + (index + 1) * length) - 1
		if (periodEnd < contractStart) continue
		const clippedEnd = Math.min(periodEnd, contractEnd)
		const year = financialYearBeginning(firstYear + Math.floor(index / perYear), firstMonth)
		const part = cadence === 'annual' ? '' : `${periodLetter[cadence]}${(index % perYear) + 1}`
		periods.push({
			key: part ? `${year.key}-${part}` : year.key,
			label: part ? `${part} ${year.label}` : year.label,
			start: calendarDateOf(Math.max(periodStart, contractStart)),
			end: calendarDateOf(clippedEnd),
			dueDate: calendarDateOf(clippedEnd + dueDays),
		})
	}
	return periods
}

/** The instant a period is over: the first moment of the next day, UK time. Returns can be submitted from then. */
export function periodEndedAt(end: string): number {
	return startOfNextDayInLondon(end)
}

/** The instant a return becomes late: the end of its due date, UK time. */
export function returnDueAt(dueDate: string): number {
	return startOfNextDayInLondon(dueDate)
}

// Worked out with the time zone rules, which is slow beside everything else a page does, and
// asked for every period on a page: each date's answer is cached, as it never changes.
const nextMidnights = new LRUCache<string, number>({ max: 10_000 })

function startOfNextDayInLondon(date: string): number {
	const cached = nextMidnights.get(date)
	if (cached !== undefined) return cached
	const at = fromLondonDateTime(addDays(date, 1), '00:00')
	// Clocks change at 1am in the UK, so midnight always exists.
	if (at === null) throw new RangeError(`No midnight after ${date}`)
	nextMidnights.set(date, at)
	return at
}

/** Days since 1970-01-01 of the 1st of a month; `monthIndex` may run past 11 into later years. */
function monthStart(year: number, monthIndex: number): number {
	return Date.UTC(year, monthIndex, 1) / DAY
}

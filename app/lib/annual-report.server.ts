import { addDays } from '#app/domain/calendar-dates.ts'
import { financialYearOf } from '#app/domain/financial-year.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import type { Viewer } from '#app/domain/contracts/contract-audience.ts'
import {
	caseStudies,
	caseStudyCount,
	contractTotalsShownTo,
	dashboardTotals,
	returnsInYear,
	scheduledYears,
} from './dashboard.server.ts'
import { getSettings } from './settings.server.ts'

/** How many case studies the printed report features; the rest are in the download. */
export const FEATURED_CASE_STUDIES = 12

/** How many contracts, most committed first, the report lists; every one is in the download. */
export const FEATURED_CONTRACTS = 20

/** The council's financial year a report covers: the one asked for, else the latest that has begun. */
export function reportYear(councilId: number, requested: string | null, now: number) {
	const { financialYearStartMonth } = getSettings(councilId)
	const today = toLondonDateTime(now).date
	const years = scheduledYears(councilId)
	const chosen =
		years.find((y) => y.key === requested) ??
		years.find((y) => y.start <= today) ??
		years.at(-1) ??
		financialYearOf(today, financialYearStartMonth)
	return { years, year: { key: chosen.key, label: chosen.label, start: chosen.start, end: chosen.end } }
}

/**
 * Everything a council's annual Social Value Report shows for one of its financial years,
 * counting its own contracts only, the same for every reader: `annualReportFor` makes it one reader's.
 */
export function annualReport(councilId: number, requestedYear: string | null, now: number) {
	const { years, year } = reportYear(councilId, requestedYear, now)
	const today = toLondonDateTime(now).date
	const previousYear = financialYearOf(addDays(year.start, -1), getSettings(councilId).financialYearStartMonth)
	const filter = { councilId, year, contractManagerId: null, theme: null }
	const { overall, byTheme, byPriority, byContract } = dashboardTotals(filter)
	return {
		years: years.map((y) => ({ key: y.key, label: y.label })),
		year,
		previousYear: { label: previousYear.label, ...dashboardTotals({ ...filter, year: previousYear }).overall },
		totals: { overall, byTheme, byPriority, byContract: byContract.slice(0, FEATURED_CONTRACTS) },
		contractCount: byContract.length,
		asOf: today,
		returns: returnsInYear(councilId, year, today),
		// The report tells each account, not what it was worth: a value here would be a contract's figure.
		caseStudies: caseStudies(councilId, year, FEATURED_CASE_STUDIES).map(({ deliveredPence: _, ...story }) => story),
		caseStudyCount: caseStudyCount(councilId, year),
	}
}

/**
 * The report as `viewer` may read it: council-wide totals as they are, and each contract's
 * committed and delivered only where they may see that contract's figures.
 */
export function annualReportFor(viewer: Viewer, report: ReturnType<typeof annualReport>) {
	return {
		...report,
		totals: { ...report.totals, byContract: contractTotalsShownTo(viewer, report.totals.byContract) },
	}
}

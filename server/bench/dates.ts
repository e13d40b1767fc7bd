import { addDays, addMonths } from '#app/domain/calendar-dates.ts'

/** The first day of the calendar quarter (January, April, July, October) a date falls in. */
export function quarterStart(date: string): string {
	const [y, m] = date.split('-').map(Number) as [number, number]
	const month = m - ((m - 1) % 3)
	return `${y}-${String(month).padStart(2, '0')}-01`
}

export type Term = { start: string; end: string }

/** Thirty months from the 1st of a month: ten whole quarters. */
export function thirtyMonthsFrom(start: string): Term {
	return { start, end: addDays(addMonths(start, 30), -1) }
}

/**
 * The seeded contracts' term as of `today`: begun six quarters ago, so six quarters have
 * ended (their returns approved), one is under way and three are still to come.
 */
export function runningContractTerm(today: string): Term {
	return thirtyMonthsFrom(addMonths(quarterStart(today), -18))
}

/** The term tenders still being bid for or evaluated would run: from two quarters ahead, for three years. */
export function tenderedContractTerm(today: string): Term {
	const start = addMonths(quarterStart(today), 6)
	return { start, end: addDays(addMonths(start, 36), -1) }
}

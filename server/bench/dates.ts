/** "2026-12-01" + 18 months → "2028-06-01". Calendar dates only: the day of the month must exist in both. */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number]
	return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number]
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

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

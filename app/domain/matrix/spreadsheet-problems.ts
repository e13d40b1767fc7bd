import { COMMITMENTS_SHEET, MILESTONES_SHEET } from './spreadsheet-layout.ts'
import { columnNumber } from './spreadsheet-cells.ts'

export type SheetProblem = { sheet: string | null; row: number | null; column: string | null; message: string }

const sheetOrder = [null, COMMITMENTS_SHEET, MILESTONES_SHEET]

/** Sheet by sheet, then down the rows and across the columns, as a person checks the file. */
export function inReadingOrder(problems: SheetProblem[]): SheetProblem[] {
	const columnOf = (problem: SheetProblem) =>
		problem.column === null ? -1 : columnNumber(/^[A-Z]+/.exec(problem.column)?.[0] ?? 'A')
	return problems
		.map((problem, index) => ({ problem, index }))
		.sort(
			(a, b) =>
				sheetOrder.indexOf(a.problem.sheet) - sheetOrder.indexOf(b.problem.sheet) ||
				(a.problem.row ?? Infinity) - (b.problem.row ?? Infinity) ||
				columnOf(a.problem) - columnOf(b.problem) ||
				a.index - b.index,
		)
		.map(({ problem }) => problem)
}

/** "Commitments, row 5, column F (Quantity): …", as the upload page lists it. */
export function describeProblem(problem: SheetProblem): string {
	const place = [
		problem.sheet,
		problem.row === null ? null : `row ${problem.row}`,
		problem.column === null ? null : `column ${problem.column}`,
	]
		.filter(Boolean)
		.join(', ')
	return place ? `${place}: ${problem.message}` : problem.message
}

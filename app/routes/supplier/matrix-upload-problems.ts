import type { SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'

export const problemHead: TableCell[] = [
	{ text: 'Sheet' },
	{ text: 'Row', format: 'numeric' },
	{ text: 'Column' },
	{ text: 'Problem' },
]

/** Each problem in an uploaded spreadsheet, at its sheet, row and column where it has them. */
export function problemRows(problems: SheetProblem[]): TableCell[][] {
	return problems.map((problem) => [
		{ text: problem.sheet ?? '' },
		{ text: problem.row ?? '', format: 'numeric' },
		{ text: problem.column ?? '' },
		{ text: problem.message },
	])
}

/** A problem with the file as a whole, not at any cell. */
export function fileProblem(message: string): SheetProblem {
	return { sheet: null, row: null, column: null, message }
}

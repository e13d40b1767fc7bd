import { readDateParts } from '../../date-parts.ts'
import { cellText, normaliseHeader, sheetDateParts, type InCell } from '../../matrix/spreadsheet-cells.ts'
import { columnLetter } from '../../matrix/spreadsheet-layout.ts'
import type { SheetProblem } from '../../matrix/spreadsheet-problems.ts'
import { IMPORT_DATE_EXAMPLE, type ImportColumn } from './layout.ts'

/** One row of a sheet, read by its columns' keys; `column` names a column as a problem does. */
export type TableRow<K extends string> = {
	/** The row's number in the sheet, as the spreadsheet shows it. */
	row: number
	text: (key: K) => string
	cell: (key: K) => InCell | undefined
	problem: (key: K | null, message: string) => SheetProblem
}

export type SheetTable<K extends string> = { rows: TableRow<K>[]; problems: SheetProblem[] }

/**
 * A sheet's rows under its header row (row 1), columns found by their headings. A heading the
 * file lacks is a problem, and so is a filled cell under a heading that is not the format's.
 * Wholly empty rows are skipped.
 */
export function readTable<const Columns extends readonly ImportColumn[]>(
	sheet: string,
	data: InCell[][],
	columns: Columns,
): SheetTable<Columns[number]['key']> {
	type K = Columns[number]['key']
	const problems: SheetProblem[] = []
	const header = (data[0] ?? []).map((cell) => normaliseHeader(cellText(cell)))
	const positions = new Map<string, number>()
	for (const column of columns) {
		const index = header.indexOf(normaliseHeader(column.header))
		if (index >= 0) positions.set(column.key, index)
		else if (column.required)
			problems.push({ sheet, row: 1, column: null, message: `Add the column ‘${column.header}’ to the header row` })
	}
	const known = new Set(positions.values())
	const label = (key: K | null) => {
		if (key === null) return null
		const index = positions.get(key)
		const heading = columns.find((column) => column.key === key)!.header
		return index === undefined ? heading : `${columnLetter(index)} (${heading})`
	}
	const rows: TableRow<K>[] = []
	for (let index = 1; index < data.length; index++) {
		const cells = data[index] ?? []
		if (cells.every((cell) => cellText(cell) === '')) continue
		const row = index + 1
		cells.forEach((cell, column) => {
			if (!known.has(column) && cellText(cell) !== '')
				problems.push({
					sheet,
					row,
					column: columnLetter(column),
					message: 'This column is not part of the format: move what is here into the right column, or delete it',
				})
		})
		const cell = (key: K) => {
			const position = positions.get(key)
			return position === undefined ? undefined : cells[position]
		}
		rows.push({
			row,
			cell,
			text: (key) => cellText(cell(key)),
			problem: (key, message) => ({ sheet, row, column: label(key), message }),
		})
	}
	return { rows, problems }
}

/** A date typed in a cell as an Excel date, "30/04/2027" or "2027-04-30"; or what is wrong with it. */
export function readDateCell(
	cell: InCell | undefined,
	label: string,
): { ok: true; date: string } | { ok: false; message: string } {
	if (cellText(cell) === '')
		return { ok: false, message: `Enter the ${label.toLowerCase()}, like ${IMPORT_DATE_EXAMPLE}` }
	const read = readDateParts(sheetDateParts(cell), { missing: '', label })
	if (read.ok) return read
	return { ok: false, message: `${label} must be a real date, like ${IMPORT_DATE_EXAMPLE}` }
}

/** Yes or No (TRUE or FALSE from a checkbox column); null when it is neither. */
export function readYesNo(text: string): boolean | null {
	const lower = text.toLowerCase()
	if (lower === 'yes' || lower === 'true' || lower === 'y') return true
	if (lower === 'no' || lower === 'false' || lower === 'n') return false
	return null
}

/** The key of a text as the file's rows are matched on it: case and spaces do not matter. */
export function matchKey(text: string): string {
	return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

import type { DateParts } from '../date-parts.ts'
import { columnLetter } from './spreadsheet-layout.ts'

/**
 * A cell as read back: read-excel-file gives numbers as text (see the reader), dates as
 * Date, and TRUE/FALSE as booleans.
 */
export type InCell = string | boolean | Date | null

/** A column's letters back to its index: A is 0, AA is 26. */
export function columnNumber(letters: string): number {
	return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1
}

/** A column as a problem names it: its letter and, for one of the template's, its heading. */
export function columnLabel(columns: readonly { header: string }[], index: number): string {
	const header = columns[index]?.header
	return header ? `${columnLetter(index)} (${header})` : columnLetter(index)
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10)
}

/** A cell as trimmed text with Unix line endings, whatever type the reader gave. */
export function cellText(cell: InCell | undefined): string {
	if (cell === null || cell === undefined) return ''
	if (cell instanceof Date) return isoDate(cell)
	if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
	return cell.replace(/\r\n?/g, '\n').trim()
}

/**
 * A milestone date's day, month and year: from an Excel date, or typed like 31/03/2028 (or
 * 2028-03-31, as files from before said). Anything else is left for the line rules to refuse.
 */
export function sheetDateParts(cell: InCell | undefined): DateParts {
	if (cell instanceof Date)
		return {
			day: String(cell.getUTCDate()),
			month: String(cell.getUTCMonth() + 1),
			year: String(cell.getUTCFullYear()),
		}
	const text = cellText(cell)
	const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
	if (uk) return { day: uk[1], month: uk[2], year: uk[3] }
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
	if (iso) return { day: iso[3], month: iso[2], year: iso[1] }
	return { day: text }
}

/** A heading as compared with the template's: case, spacing and curly apostrophes do not matter. */
export function normaliseHeader(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Text quoted for a message, in curly single quotes. */
export function quoted(text: string): string {
	return `‘${text}’`
}

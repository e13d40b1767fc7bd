import { proxyValueIn, type Unit } from '../toms/units.ts'
import type { LineEntry } from './matrix-lines.ts'

/**
 * The Social Value Matrix workbook's layout (sheets, header rows, columns, the date format
 * people type) and how a matrix is written into it (docs/matrix-spreadsheet-format.md).
 * Reading an uploaded workbook back is spreadsheet-rows.ts.
 */

export const TEMPLATE_MARKER = 'Social value matrix: spreadsheet template version 1'
export const COMMITMENTS_SHEET = 'Commitments'
export const MILESTONES_SHEET = 'Milestones'
/** Rows 1–3 of Commitments say what the file is and for which tender; headings are on row 4. */
export const COMMITMENTS_HEADER_ROW = 4
export const MILESTONES_HEADER_ROW = 1

/** The one way the workbook writes dates, asks for them and shows them in its messages. */
export const SHEET_DATE = { excelFormat: 'dd/mm/yyyy', example: '31/03/2028' } as const

export const COMMITMENT_COLUMNS = [
	{ key: 'code', header: 'Code' },
	{ key: 'theme', header: 'Theme' },
	{ key: 'title', header: 'Measure' },
	{ key: 'unit', header: 'Unit' },
	{ key: 'proxy', header: 'Social value per unit (£)' },
	{ key: 'quantity', header: 'Quantity' },
	{ key: 'commitmentText', header: 'Commitment in words (text measures)' },
	{ key: 'declined', header: 'Not committing (Yes or No)' },
	{ key: 'declineReason', header: 'Why not' },
	{ key: 'responsibleName', header: 'Responsible person: name' },
	{ key: 'responsibleRole', header: 'Responsible person: role' },
	{ key: 'responsibleEmail', header: 'Responsible person: email' },
	{ key: 'methodStatement', header: 'Method statement' },
] as const

export const MILESTONE_COLUMNS = [
	{ key: 'code', header: 'Code' },
	{ key: 'title', header: 'Measure' },
	{ key: 'date', header: 'Milestone date' },
	{ key: 'cumulative', header: 'Running total by then' },
] as const

export type CommitmentKey = (typeof COMMITMENT_COLUMNS)[number]['key']
export type MilestoneKey = (typeof MILESTONE_COLUMNS)[number]['key']

/** Columns a supplier fills in; the others are there to read and are ignored on upload. */
export const EDITABLE_COMMITMENT_COLUMNS: readonly CommitmentKey[] = [
	'quantity',
	'commitmentText',
	'declined',
	'declineReason',
	'responsibleName',
	'responsibleRole',
	'responsibleEmail',
	'methodStatement',
]

export type SheetMeasure = {
	id: number
	code: string
	title: string
	themeName: string
	unit: string
	proxyValuePence: number | null
	qualitative: boolean
	quantityUnit: Unit
}

/** A cell written to the workbook: numbers stay numbers and dates stay dates, so Excel can use them. */
export type OutCell = string | number | Date | null

export type MatrixSheets = { commitments: OutCell[][]; milestones: OutCell[][] }

export function columnIndex<K extends string>(columns: readonly { key: K }[], key: K): number {
	return columns.findIndex((column) => column.key === key)
}

/** "2028-03-31" as a date at midnight UTC, which is how Excel's day numbers are read back. */
function calendarDate(date: string): Date {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
	return new Date(Date.UTC(year, month - 1, day))
}

function hundredthsToNumber(hundredths: number): number {
	return Number((hundredths / 100).toFixed(2))
}

/** The workbook's content for a matrix: every measure in scope, with what has been entered so far. */
export function matrixToSheets(input: {
	reference: string
	title: string
	lines: Array<{ measure: SheetMeasure; entry: LineEntry | null }>
}): MatrixSheets {
	const commitments: OutCell[][] = [
		[TEMPLATE_MARKER],
		['Tender', input.reference, input.title],
		[
			`Fill in the white columns, one row per measure. Leave the grey columns, the codes and the headings as they are. Put milestones on the Milestones sheet, with dates like ${SHEET_DATE.example}. Type values, not formulas.`,
		],
		COMMITMENT_COLUMNS.map((column) => column.header),
	]
	const milestones: OutCell[][] = [MILESTONE_COLUMNS.map((column) => column.header)]
	for (const { measure, entry } of input.lines) {
		const unit = measure.quantityUnit
		const cells: Record<CommitmentKey, OutCell> = {
			code: measure.code,
			theme: measure.themeName,
			title: measure.title,
			unit: unit.name,
			proxy:
				measure.proxyValuePence === null || measure.qualitative
					? proxyValueIn(unit, measure.proxyValuePence)
					: measure.proxyValuePence / 100,
			quantity:
				entry?.quantityHundredths != null && !measure.qualitative ? hundredthsToNumber(entry.quantityHundredths) : null,
			commitmentText: measure.qualitative ? entry?.commitmentText || null : null,
			declined: entry?.declined ? 'Yes' : 'No',
			declineReason: entry?.declined ? entry.declineReason : null,
			responsibleName: entry?.responsibleName || null,
			responsibleRole: entry?.responsibleRole || null,
			responsibleEmail: entry?.responsibleEmail || null,
			methodStatement: entry?.methodStatement || null,
		}
		commitments.push(COMMITMENT_COLUMNS.map((column) => cells[column.key]))
		if (measure.qualitative) continue
		const saved = entry?.milestones ?? []
		// An empty row with the code filled in shows where a measure's milestones go.
		if (saved.length === 0) milestones.push([measure.code, measure.title, null, null])
		for (const milestone of saved)
			milestones.push([
				measure.code,
				measure.title,
				calendarDate(milestone.date),
				hundredthsToNumber(milestone.cumulativeHundredths),
			])
	}
	return { commitments, milestones }
}

/** 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
	let letters = ''
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
	return letters
}

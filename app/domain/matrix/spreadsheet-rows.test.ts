import { describe, expect, test } from 'vitest'
import { STARTING_CATALOGUE, unitFor } from '../toms/units.ts'
import type { LineEntry } from './matrix-lines.ts'
import {
	COMMITMENT_COLUMNS,
	TEMPLATE_MARKER,
	columnLetter,
	matrixToSheets,
	type OutCell,
	type SheetMeasure,
} from './spreadsheet-layout.ts'
import { sheetsToEntries, type UploadedSheets } from './spreadsheet-rows.ts'
import { type InCell } from './spreadsheet-cells.ts'
import { describeProblem } from './spreadsheet-problems.ts'

const hours: SheetMeasure = {
	id: 11,
	code: 'V-1',
	title: 'Volunteering hours',
	themeName: 'Communities',
	unit: 'hours',
	proxyValuePence: 1693,
	qualitative: false,
	quantityUnit: unitFor(STARTING_CATALOGUE, 'hours'),
}
const plan: SheetMeasure = {
	id: 12,
	code: 'V-2',
	title: 'How you will help',
	themeName: 'Communities',
	unit: 'text',
	proxyValuePence: null,
	qualitative: true,
	quantityUnit: unitFor(STARTING_CATALOGUE, 'text'),
}
const trees: SheetMeasure = {
	id: 13,
	code: 'E-1',
	title: 'Trees planted',
	themeName: 'Environment',
	unit: 'number',
	proxyValuePence: null,
	qualitative: false,
	quantityUnit: unitFor(STARTING_CATALOGUE, 'number'),
}
const measures = [hours, plan, trees]
const matrix = { reference: 'MX-1', measures }

const hoursEntry: LineEntry = {
	declined: false,
	declineReason: '',
	quantityHundredths: 1250_50,
	commitmentText: '',
	milestones: [
		{ date: '2028-03-31', cumulativeHundredths: 600_00 },
		{ date: '2029-03-31', cumulativeHundredths: 1250_50 },
	],
	responsibleName: 'Jo Baker',
	responsibleRole: 'Community lead',
	responsibleEmail: 'jo@a.example',
	methodStatement: 'Staff volunteer at the library.\nEvery month.',
}
const planEntry: LineEntry = {
	...hoursEntry,
	quantityHundredths: null,
	milestones: [],
	commitmentText: 'A reading club every month',
}

/** What read-excel-file gives back for what was written: numbers as text, dates as dates. */
function asRead(rows: OutCell[][]): InCell[][] {
	return rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : cell)))
}

function downloaded(entries: Array<LineEntry | null> = [hoursEntry, planEntry, null]): UploadedSheets {
	const sheets = matrixToSheets({
		reference: 'MX-1',
		title: 'Library cleaning',
		lines: measures.map((measure, i) => ({ measure, entry: entries[i] ?? null })),
	})
	return { commitments: asRead(sheets.commitments), milestones: asRead(sheets.milestones), formulas: new Map() }
}

const column = (key: (typeof COMMITMENT_COLUMNS)[number]['key']) => COMMITMENT_COLUMNS.findIndex((c) => c.key === key)

function setCell(rows: InCell[][] | null, row: number, columnIndex: number, value: InCell) {
	const cells = rows![row - 1] ?? (rows![row - 1] = [])
	cells[columnIndex] = value
}

function problemsOf(sheets: UploadedSheets) {
	const result = sheetsToEntries(sheets, matrix)
	if (result.ok) throw new Error('expected the file to be refused')
	return result.problems.map(describeProblem)
}

describe('the downloaded workbook', () => {
	test('says what it is, for which tender, and lists every measure in scope with what is saved', () => {
		const { commitments, milestones } = matrixToSheets({
			reference: 'MX-1',
			title: 'Library cleaning',
			lines: measures.map((measure, i) => ({ measure, entry: [hoursEntry, planEntry, null][i]! })),
		})
		expect(commitments[0]).toEqual([TEMPLATE_MARKER])
		expect(commitments[1]).toEqual(['Tender', 'MX-1', 'Library cleaning'])
		expect(commitments[3]).toEqual(COMMITMENT_COLUMNS.map((c) => c.header))
		expect(commitments.slice(4)).toEqual([
			[
				'V-1',
				'Communities',
				'Volunteering hours',
				'Hours',
				16.93,
				1250.5,
				null,
				'No',
				null,
				'Jo Baker',
				'Community lead',
				'jo@a.example',
				'Staff volunteer at the library.\nEvery month.',
			],
			[
				'V-2',
				'Communities',
				'How you will help',
				'Text',
				'Qualitative (no £ value)',
				null,
				'A reading club every month',
				'No',
				null,
				'Jo Baker',
				'Community lead',
				'jo@a.example',
				'Staff volunteer at the library.\nEvery month.',
			],
			[
				'E-1',
				'Environment',
				'Trees planted',
				expect.any(String),
				'Record only',
				null,
				null,
				'No',
				null,
				null,
				null,
				null,
				null,
			],
		])
		expect(milestones).toEqual([
			['Code', 'Measure', 'Milestone date', 'Running total by then'],
			['V-1', 'Volunteering hours', new Date(Date.UTC(2028, 2, 31)), 600],
			['V-1', 'Volunteering hours', new Date(Date.UTC(2029, 2, 31)), 1250.5],
			// A numeric measure with no milestones yet gets an empty row to fill in; text measures get none.
			['E-1', 'Trees planted', null, null],
		])
	})

	test('reads back as exactly what was saved', () => {
		expect(sheetsToEntries(downloaded(), matrix)).toEqual({
			ok: true,
			lines: [
				{ measureId: 11, entry: hoursEntry },
				{ measureId: 12, entry: planEntry },
			],
		})
	})

	test('a declined line keeps its reason', () => {
		const declined: LineEntry = {
			...planEntry,
			declined: true,
			declineReason: 'We have no premises in the area',
			commitmentText: '',
		}
		expect(sheetsToEntries(downloaded([null, declined, null]), matrix)).toEqual({
			ok: true,
			lines: [{ measureId: 12, entry: declined }],
		})
	})
})

describe('filled in by a supplier', () => {
	test('half-filled lines are a draft; blank rows and the empty milestone rows are ignored', () => {
		const sheets = downloaded([null, null, null])
		setCell(sheets.commitments, 7, column('quantity'), '40')
		setCell(sheets.commitments, 7, column('declined'), '')
		sheets.commitments!.push([], [null, null])
		sheets.milestones!.push(['', '', '', ''])
		expect(sheetsToEntries(sheets, matrix)).toMatchObject({
			ok: true,
			lines: [{ measureId: 13, entry: { quantityHundredths: 40_00, milestones: [] } }],
		})
	})

	test('dates as Excel dates, as 31/03/2028 and as 2028-03-31 (files from before); numbers with thousands separators; codes in any case', () => {
		const sheets = downloaded([null, null, null])
		setCell(sheets.commitments, 7, column('code'), 'e-1')
		setCell(sheets.commitments, 7, column('quantity'), '1,000')
		setCell(sheets.commitments, 7, column('declined'), true)
		setCell(sheets.commitments, 7, column('declineReason'), 'Not this time')
		sheets.milestones!.splice(
			1,
			sheets.milestones!.length,
			['E-1', '', '31/3/2028', '10'],
			['E-1', '', new Date(Date.UTC(2028, 8, 30)), '20'],
			['e-1', '', '2029-03-31', '1000'],
		)
		expect(sheetsToEntries(sheets, matrix)).toMatchObject({
			ok: true,
			lines: [
				{
					measureId: 13,
					entry: {
						declined: true,
						declineReason: 'Not this time',
						quantityHundredths: 1000_00,
						milestones: [
							{ date: '2028-03-31', cumulativeHundredths: 10_00 },
							{ date: '2028-09-30', cumulativeHundredths: 20_00 },
							{ date: '2029-03-31', cumulativeHundredths: 1000_00 },
						],
					},
				},
			],
		})
	})

	test('every malformed cell is reported with its sheet, row and column, by the line form’s rules', () => {
		const sheets = downloaded()
		setCell(sheets.commitments, 5, column('quantity'), 'lots')
		setCell(sheets.commitments, 5, column('responsibleEmail'), 'jo at example')
		setCell(sheets.commitments, 6, column('methodStatement'), 'x'.repeat(5001))
		setCell(sheets.commitments, 6, column('declined'), 'Yes')
		setCell(sheets.commitments, 7, column('quantity'), '-3')
		setCell(sheets.commitments, 7, column('declined'), 'Maybe')
		setCell(sheets.milestones, 2, 2, '31 March 2028')
		setCell(sheets.milestones, 3, 3, '12.345')
		setCell(sheets.milestones, 4, 3, '5')
		expect(problemsOf(sheets)).toEqual([
			'Commitments, row 5, column F (Quantity): Quantity must be a number, like 250 or 12.5',
			'Commitments, row 5, column L (Responsible person: email): Enter an email address in the correct format, like name@example.com',
			'Commitments, row 6, column I (Why not): Enter why you are not committing to this measure',
			'Commitments, row 6, column M (Method statement): Method statement must be 5,000 characters or fewer',
			'Commitments, row 7, column F (Quantity): Quantity must be 0 or more',
			'Commitments, row 7, column H (Not committing (Yes or No)): Enter Yes or No',
			'Milestones, row 2, column C (Milestone date): Enter a real date for milestone 1, like 31/03/2028',
			'Milestones, row 3, column D (Running total by then): Running total for milestone 2 must have no more than 2 decimal places',
			'Milestones, row 4, column C (Milestone date): Enter a real date for milestone 1, like 31/03/2028',
		])
	})

	test('over-long answers are refused rather than cut short', () => {
		const sheets = downloaded()
		setCell(sheets.commitments, 5, column('responsibleName'), 'n'.repeat(201))
		setCell(sheets.commitments, 6, column('commitmentText'), 'c'.repeat(2001))
		expect(problemsOf(sheets)).toEqual([
			'Commitments, row 5, column J (Responsible person: name): Name must be 200 characters or fewer',
			'Commitments, row 6, column G (Commitment in words (text measures)): Commitment in words must be 2,000 characters or fewer',
		])
	})

	test('answers in the column that does not apply to the measure are refused', () => {
		const sheets = downloaded()
		setCell(sheets.commitments, 5, column('commitmentText'), 'Lots of hours')
		setCell(sheets.commitments, 6, column('quantity'), '3')
		sheets.milestones!.push(['V-2', '', '2028-03-31', '1'])
		expect(problemsOf(sheets)).toEqual([
			'Commitments, row 5, column G (Commitment in words (text measures)): V-1 is counted in numbers: put the quantity in column F and leave this empty',
			'Commitments, row 6, column F (Quantity): V-2 is a text measure: leave Quantity empty and write your commitment in column G',
			'Milestones, row 5, column A (Code): V-2 is a text measure, which has no milestones: delete this row',
		])
	})

	test('codes changed, repeated, cleared or missing, and milestones for unknown measures', () => {
		const sheets = downloaded()
		setCell(sheets.commitments, 6, column('code'), 'V-9')
		setCell(sheets.commitments, 7, column('code'), 'V-1')
		sheets.commitments!.push(['', '', '', '', '', '3'])
		sheets.milestones!.push(['X-1', '', '2028-03-31', '1'], ['', '', '2028-03-31', '1'])
		expect(problemsOf(sheets)).toEqual([
			'Commitments, row 6, column A (Code): ‘V-9’ is not a measure in this tender: do not change the codes',
			'Commitments, row 7, column A (Code): V-1 is also in row 5: each measure must have one row',
			'Commitments, row 8, column A (Code): Enter the measure’s code: do not change or clear the codes',
			'Commitments: V-2 (How you will help) is missing: put its row back, or download the spreadsheet again',
			'Commitments: E-1 (Trees planted) is missing: put its row back, or download the spreadsheet again',
			'Milestones, row 5, column A (Code): ‘X-1’ is not a measure in this tender',
			'Milestones, row 6, column A (Code): Enter the code of the measure this milestone is for',
		])
	})

	test('no more milestones per measure than the web form allows', () => {
		const sheets = downloaded()
		for (let i = 0; i < 19; i++)
			sheets.milestones!.push(['V-1', '', `2028-04-${String(i + 1).padStart(2, '0')}`, String(i + 1)])
		expect(problemsOf(sheets)).toEqual(['Milestones, row 23, column A (Code): V-1 can have at most 20 milestones'])
	})

	test('cells with formulas are refused, wherever they are', () => {
		const sheets = downloaded()
		sheets.formulas = new Map([
			['Commitments', ['F5', 'Q9']],
			['Milestones', ['D2']],
			['Notes', ['A1']],
		])
		expect(problemsOf(sheets)).toEqual([
			'Commitments, row 5, column F (Quantity): Replace the formula with the value it gives: type the value itself',
			'Commitments, row 9, column Q: Replace the formula with the value it gives: type the value itself',
			'Milestones, row 2, column D (Running total by then): Replace the formula with the value it gives: type the value itself',
		])
	})
})

describe('not the template', () => {
	test('a missing sheet, a missing marker or another tender’s file stops at the first finding', () => {
		expect(problemsOf({ ...downloaded(), commitments: null })).toEqual([
			'The file has no ‘Commitments’ sheet. The file is not the social value matrix spreadsheet: download it from your matrix, fill it in and upload that',
		])
		const unmarked = downloaded()
		setCell(unmarked.commitments, 1, 0, 'Matrix')
		expect(problemsOf(unmarked)).toEqual([
			'Commitments, row 1, column A: The file is not the social value matrix spreadsheet: download it from your matrix, fill it in and upload that',
		])
		expect(problemsOf({ ...downloaded(), milestones: null })).toEqual([
			'The file has no ‘Milestones’ sheet: do not rename or delete the sheets',
		])
		const other = downloaded()
		setCell(other.commitments, 2, 1, 'MX-2')
		expect(problemsOf(other)).toEqual([
			'Commitments, row 2, column B: The file is for tender ‘MX-2’, not ‘MX-1’: download the spreadsheet from this matrix and fill that in',
		])
	})

	test('headings renamed, moved or added are reported, and no row is read', () => {
		const sheets = downloaded()
		setCell(sheets.commitments, 4, column('quantity'), 'Amount')
		setCell(sheets.commitments, 4, 13, 'Notes')
		setCell(sheets.commitments, 5, column('quantity'), 'lots')
		setCell(sheets.milestones, 1, 2, 'When')
		expect(problemsOf(sheets)).toEqual([
			'Commitments, row 4, column F: The heading must be ‘Quantity’: do not add, move, delete or rename columns',
			'Commitments, row 4, column N: Column ‘Notes’ is not part of the spreadsheet: do not add, move or delete columns',
			'Milestones, row 1, column C: The heading must be ‘Milestone date’: do not add, move, delete or rename columns',
		])
	})

	test('headings survive changes of case, spacing and apostrophes', () => {
		const sheets = downloaded()
		setCell(sheets.commitments, 4, column('methodStatement'), '  METHOD   statement ')
		expect(sheetsToEntries(sheets, matrix).ok).toBe(true)
	})

	test('answers typed beside the template’s columns are not silently dropped', () => {
		const sheets = downloaded()
		setCell(sheets.commitments, 5, 14, 'an extra thought')
		expect(problemsOf(sheets)).toEqual([
			'Commitments, row 5, column O: This column is not part of the spreadsheet: move what is here into the right column, or delete it',
		])
	})
})

test('column letters', () => {
	expect([0, 5, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'F', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
})

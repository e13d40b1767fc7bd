import { describe, expect, test } from 'vitest'
import { STARTING_UNITS } from './units.ts'
import type { EditionContent } from './content.ts'
import {
	contentToRows,
	rowsToContent,
	TOMS_COLUMNS,
	type ImportError,
	type ImportOptions,
	type TomsColumn,
} from './spreadsheet-rows.ts'

const priorities = ['CP1', 'CP2', 'CP3']

type RowValues = Partial<Record<TomsColumn, string>>

const valid: Record<TomsColumn, string> = {
	theme: 'Jobs',
	outcome: 'More local people in work',
	code: 'J1',
	title: 'Local people employed',
	unit: 'people_fte',
	proxy_value_gbp: '',
	guidance: '',
	evidence_guidance: '',
	priorities: '',
}

function row(values: RowValues = {}): string[] {
	const cells = { ...valid, ...values }
	return TOMS_COLUMNS.map((column) => cells[column])
}

function sheet(...rows: RowValues[]): string[][] {
	return [[...TOMS_COLUMNS], ...rows.map((values) => row(values))]
}

function errorsOf(rows: string[][], known = priorities): ImportError[] {
	const result = rowsToContent(rows, known)
	if (result.ok) throw new Error('expected the import to fail')
	return result.errors
}

function contentOf(rows: string[][], known = priorities, options: ImportOptions = {}): EditionContent {
	const result = rowsToContent(rows, known, options)
	if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result.errors)}`)
	return result.content
}

/** The errors for one data row on its own, under a valid header. */
function rowErrors(values: RowValues): ImportError[] {
	return errorsOf(sheet(values))
}

describe('rowsToContent: a valid file', () => {
	test('builds themes and outcomes in order of first appearance', () => {
		const content = contentOf(
			sheet(
				{ theme: 'Jobs', outcome: 'Employment', code: 'J1' },
				{ theme: 'Environment', outcome: 'Less carbon', code: 'E1', unit: 'tonnes_co2e', proxy_value_gbp: '101' },
				{ theme: 'Jobs', outcome: 'Skills', code: 'J2' },
				{ theme: 'Jobs', outcome: 'Employment', code: 'J3' },
			),
		)
		expect(content.themes.map((theme) => theme.name)).toEqual(['Jobs', 'Environment'])
		expect(content.themes[0]!.outcomes.map((outcome) => outcome.name)).toEqual(['Employment', 'Skills'])
		expect(content.themes[0]!.outcomes[0]!.measures.map((measure) => measure.code)).toEqual(['J1', 'J3'])
		expect(content.themes[1]!.outcomes[0]!.measures[0]).toEqual({
			code: 'E1',
			title: 'Local people employed',
			unit: 'tonnes_co2e',
			proxyValuePence: 10100,
			guidance: '',
			evidenceGuidance: '',
			priorityCodes: [],
		})
	})

	test('the same outcome name under two themes is two outcomes', () => {
		const content = contentOf(
			sheet({ theme: 'A', outcome: 'Shared', code: 'A1' }, { theme: 'B', outcome: 'Shared', code: 'B1' }),
		)
		expect(content.themes).toHaveLength(2)
		expect(content.themes[0]!.outcomes[0]!.measures.map((measure) => measure.code)).toEqual(['A1'])
		expect(content.themes[1]!.outcomes[0]!.measures.map((measure) => measure.code)).toEqual(['B1'])
	})

	test('accepts the header in another order and casing, with spaces, and ignores unknown columns', () => {
		const header = [
			'  PRIORITIES ',
			'Notes',
			'Evidence Guidance',
			'Guidance',
			'Proxy_Value_GBP',
			'Unit',
			'Title',
			'Code',
			'Outcome',
			'Theme',
		]
		const data = [
			'CP2',
			'ignored',
			'Payslips',
			'Count people',
			'16.93',
			'Expert hours',
			'Expert support',
			'NT1.2',
			'Skills',
			'Jobs',
		]
		const content = contentOf([header, data])
		expect(content).toEqual({
			themes: [
				{
					name: 'Jobs',
					outcomes: [
						{
							name: 'Skills',
							measures: [
								{
									code: 'NT1.2',
									title: 'Expert support',
									unit: 'expert_hours',
									proxyValuePence: 1693,
									guidance: 'Count people',
									evidenceGuidance: 'Payslips',
									priorityCodes: ['CP2'],
								},
							],
						},
					],
				},
			],
		})
	})

	test('accepts a unit by key or by label, in any case', () => {
		const content = contentOf(
			sheet(
				{ code: 'A1', unit: 'EXPERT_HOURS' },
				{ code: 'A2', unit: 'Expert hours' },
				{ code: 'A3', unit: 'tonnes co2e' },
				{ code: 'A4', unit: '£' },
				{ code: 'A5', unit: '%' },
				{ code: 'A6', unit: 'Hours × attendees' },
				{ code: 'A7', unit: 'text' },
			),
		)
		expect(content.themes[0]!.outcomes[0]!.measures.map((measure) => measure.unit)).toEqual([
			'expert_hours',
			'expert_hours',
			'tonnes_co2e',
			'pounds',
			'percent',
			'hours_attendees',
			'text',
		])
	})

	test('reads proxy values in pounds with £ signs and thousands separators, and empty as record only', () => {
		const content = contentOf(
			sheet(
				{ code: 'A1', proxy_value_gbp: '16.93' },
				{ code: 'A2', proxy_value_gbp: '£101' },
				{ code: 'A3', proxy_value_gbp: '1,000.50' },
				{ code: 'A4', proxy_value_gbp: '0' },
				{ code: 'A5', proxy_value_gbp: '' },
			),
		)
		expect(content.themes[0]!.outcomes[0]!.measures.map((measure) => measure.proxyValuePence)).toEqual([
			1693,
			10100,
			100050,
			0,
			null,
		])
	})

	test('splits priorities on semicolons, matching the council’s codes case-insensitively and dropping repeats', () => {
		const content = contentOf(sheet({ priorities: ' cp1 ;CP3;; CP1; ' }))
		expect(content.themes[0]!.outcomes[0]!.measures[0]!.priorityCodes).toEqual(['CP1', 'CP3'])
	})

	test('trims cells, turns CRLF inside a cell into LF and skips entirely empty rows', () => {
		const rows = [
			[...TOMS_COLUMNS],
			['', '  ', ''],
			row({ code: ' J1 ', guidance: '  Line one\r\nLine two  ' }),
			[],
			row({ code: 'J2' }),
		]
		const content = contentOf(rows)
		const measures = content.themes[0]!.outcomes[0]!.measures
		expect(measures.map((measure) => measure.code)).toEqual(['J1', 'J2'])
		expect(measures[0]!.guidance).toBe('Line one\nLine two')
	})

	test('treats missing trailing cells as empty', () => {
		const content = contentOf([[...TOMS_COLUMNS], ['Jobs', 'Work', 'J1', 'People employed', 'people_fte']])
		expect(content.themes[0]!.outcomes[0]!.measures[0]).toMatchObject({
			proxyValuePence: null,
			guidance: '',
			priorityCodes: [],
		})
	})

	test('accepts codes made of letters, digits, dots and hyphens up to 20 characters', () => {
		const content = contentOf(sheet({ code: 'J1' }, { code: 'NT1.2' }, { code: 'ENV-3' }, { code: 'A'.repeat(20) }))
		expect(content.themes[0]!.outcomes[0]!.measures).toHaveLength(4)
	})

	test('accepts text up to the length limits', () => {
		const content = contentOf(
			sheet({
				title: 'T'.repeat(200),
				guidance: 'G'.repeat(5000),
				evidence_guidance: 'E'.repeat(5000),
				theme: 'N'.repeat(200),
			}),
		)
		expect(content.themes[0]!.outcomes[0]!.measures[0]!.title).toHaveLength(200)
	})
})

describe('rowsToContent: whole-file problems', () => {
	test('an empty file', () => {
		expect(errorsOf([])).toEqual([{ row: null, column: null, message: 'The file is empty' }])
		expect(errorsOf([[''], ['  ', '']])).toEqual([{ row: null, column: null, message: 'The file is empty' }])
	})

	test('a header with no measures under it', () => {
		expect(errorsOf([[...TOMS_COLUMNS]])).toEqual([
			{ row: null, column: null, message: 'The file has no measures: add a row under the header row (row 1)' },
		])
		expect(errorsOf([['Measures'], [...TOMS_COLUMNS], [], ['', '']])).toEqual([
			{ row: null, column: null, message: 'The file has no measures: add a row under the header row (row 2)' },
		])
	})

	test('each missing column is reported against the header row', () => {
		const header = TOMS_COLUMNS.filter((column) => column !== 'unit' && column !== 'priorities')
		expect(errorsOf([header, header.map(() => 'x')])).toEqual([
			{ row: 1, column: 'unit', message: 'Column ‘unit’ is missing from the header row' },
			{ row: 1, column: 'priorities', message: 'Column ‘priorities’ is missing from the header row' },
		])
	})

	test('a file with no header row says so plainly, once', () => {
		const noHeader = [
			{
				row: null,
				column: null,
				message:
					'No header row was found in the first 10 rows. The header row names the columns: theme, outcome, code, title, unit, proxy_value_gbp, guidance, evidence_guidance, priorities',
			},
		]
		expect(
			errorsOf([
				['Name', 'Value'],
				['a', 'b'],
			]),
		).toEqual(noHeader)
		// Two column names in a row are a note, not the header.
		expect(errorsOf([['Code', 'Title'], row()])).toEqual(noHeader)
		// The header must be among the first ten rows.
		expect(errorsOf([...Array.from({ length: 10 }, () => ['Notes']), [...TOMS_COLUMNS], row()])).toEqual(noHeader)
	})

	test('rows above the header row, such as a title, are skipped, and the header row is given', () => {
		const rows = [
			['Northshire Council TOMs 2027/28'],
			['Updated 1 March 2027', ''],
			[...TOMS_COLUMNS],
			row({ code: 'J1' }),
			row({ code: 'J2' }),
		]
		const result = rowsToContent(rows, priorities)
		expect(result).toMatchObject({ ok: true, headerRow: 3 })
		expect(contentOf(rows).themes[0]!.outcomes[0]!.measures.map((measure) => measure.code)).toEqual(['J1', 'J2'])
		expect(rowsToContent(sheet({}), priorities)).toMatchObject({ ok: true, headerRow: 1 })
	})

	test('rows keep their spreadsheet numbers below a header that is not the first row', () => {
		expect(errorsOf([['Our measures'], [...TOMS_COLUMNS], row({ code: 'J1' }), row({ code: 'J1' })])).toEqual([
			{ row: 4, column: 'code', message: 'Code ‘J1’ is also used in row 3' },
		])
	})

	test('the row naming the most columns is the header, and what it lacks is reported against it', () => {
		const notes = ['theme', 'outcome', 'code']
		const header = TOMS_COLUMNS.filter((column) => column !== 'priorities')
		expect(errorsOf([['Guide to the columns'], notes, header, header.map(() => 'x')])).toEqual([
			{ row: 3, column: 'priorities', message: 'Column ‘priorities’ is missing from the header row' },
		])
		expect(rowsToContent([notes, [...TOMS_COLUMNS], row()], priorities)).toMatchObject({ ok: true, headerRow: 2 })
	})

	test('a column given twice', () => {
		expect(
			errorsOf([
				[...TOMS_COLUMNS, 'Code'],
				[...row(), 'J2'],
			]),
		).toEqual([{ row: 1, column: 'code', message: 'Column ‘code’ appears more than once in the header row' }])
	})
})

describe('rowsToContent: problems in a row', () => {
	test('required cells', () => {
		expect(rowErrors({ theme: '' })).toEqual([{ row: 2, column: 'theme', message: 'Enter a theme' }])
		expect(rowErrors({ outcome: ' ' })).toEqual([{ row: 2, column: 'outcome', message: 'Enter an outcome' }])
		expect(rowErrors({ code: '' })).toEqual([{ row: 2, column: 'code', message: 'Enter a code' }])
		expect(rowErrors({ title: '' })).toEqual([{ row: 2, column: 'title', message: 'Enter a title' }])
		expect(rowErrors({ unit: '' })).toEqual([
			{ row: 2, column: 'unit', message: 'Enter a unit: the name or code of one of the council’s units' },
		])
	})

	test('a code that is too long or uses other characters', () => {
		const message = 'Code must be 20 characters or fewer and use only letters, numbers, dots and hyphens'
		expect(rowErrors({ code: 'A'.repeat(21) })).toEqual([{ row: 2, column: 'code', message }])
		expect(rowErrors({ code: 'J 1' })).toEqual([{ row: 2, column: 'code', message }])
		expect(rowErrors({ code: 'J1/2' })).toEqual([{ row: 2, column: 'code', message }])
		expect(rowErrors({ code: 'Ç1' })).toEqual([{ row: 2, column: 'code', message }])
	})

	test('a code used twice, in any case, is reported on the later row', () => {
		expect(errorsOf(sheet({ code: 'J1' }, { code: 'J2' }, { code: 'j1' }, { code: 'J1' }))).toEqual([
			{ row: 4, column: 'code', message: 'Code ‘j1’ is also used in row 2' },
			{ row: 5, column: 'code', message: 'Code ‘J1’ is also used in row 2' },
		])
	})

	test('row numbers count skipped empty rows, as a spreadsheet shows them', () => {
		expect(errorsOf([[...TOMS_COLUMNS], row({ code: 'J1' }), [], ['', ''], row({ code: 'J1' })])).toEqual([
			{ row: 5, column: 'code', message: 'Code ‘J1’ is also used in row 2' },
		])
	})

	test('a unit the council does not have is listed once, with every row that uses it', () => {
		const result = rowsToContent(
			sheet(
				{ code: 'J1', unit: 'no. hrs x no. attendees' },
				{ code: 'J2', unit: 'Weeks' },
				{ code: 'J3', unit: 'No. Hrs X No Attendees' },
				{ code: 'J4', unit: 'furlongs' },
			),
			priorities,
		)
		expect(result).toMatchObject({
			ok: true,
			unmatchedUnits: [
				{ text: 'no. hrs x no. attendees', rows: [2, 4], valuedRows: [] },
				{ text: 'furlongs', rows: [5], valuedRows: [] },
			],
		})
		// Until it is resolved, a measure keeps the unit as the file writes it.
		if (result.ok)
			expect(result.content.themes[0]!.outcomes[0]!.measures.map((m) => m.unit)).toEqual([
				'no. hrs x no. attendees',
				'weeks',
				'No. Hrs X No Attendees',
				'furlongs',
			])
	})

	test('the council’s own units are matched by code, name or form', () => {
		const councilUnit = {
			...STARTING_UNITS[1]!,
			key: 'apprentice_weeks',
			name: 'Weeks of apprenticeship',
			singular: 'week of apprenticeship',
			plural: 'weeks of apprenticeship',
			code: 'NT10',
		}
		const units = [...STARTING_UNITS, councilUnit]
		const content = contentOf(
			sheet({ code: 'J1', unit: 'nt10' }, { code: 'J2', unit: 'weeks of Apprenticeship' }),
			priorities,
			{ units },
		)
		expect(content.themes[0]!.outcomes[0]!.measures.map((m) => m.unit)).toEqual([
			'apprentice_weeks',
			'apprentice_weeks',
		])
	})

	test('proxy values that are not whole pence of £0 or more', () => {
		const column = 'proxy_value_gbp'
		expect(rowErrors({ proxy_value_gbp: 'ten' })).toEqual([
			{ row: 2, column, message: 'Proxy value must be a number, like 16.93' },
		])
		expect(rowErrors({ proxy_value_gbp: '16.93p' })).toEqual([
			{ row: 2, column, message: 'Proxy value must be a number, like 16.93' },
		])
		expect(rowErrors({ proxy_value_gbp: '-5' })).toEqual([
			{ row: 2, column, message: 'Proxy value must be £0 or more' },
		])
		expect(rowErrors({ proxy_value_gbp: '1.005' })).toEqual([
			{
				row: 2,
				column,
				message:
					'Proxy value is £1.005, which has fractions of a penny: round it to £1.01, or choose ‘Round values to the nearest penny’ when you upload the file',
			},
		])
		expect(rowErrors({ proxy_value_gbp: '99999999999999' })).toEqual([
			{ row: 2, column, message: 'Proxy value is too large' },
		])
	})

	test('a value with fractions of a penny, as a formula gives, is shown as read with what it rounds to', () => {
		expect(rowErrors({ proxy_value_gbp: '17.57334' })).toEqual([
			{
				row: 2,
				column: 'proxy_value_gbp',
				message:
					'Proxy value is £17.57334, which has fractions of a penny: round it to £17.57, or choose ‘Round values to the nearest penny’ when you upload the file',
			},
		])
		expect(rowErrors({ proxy_value_gbp: '£1,234.5678' })[0]!.message).toMatch(
			/^Proxy value is £1,234\.5678, which has fractions of a penny: round it to £1,234\.57,/,
		)
	})

	test('rounding to the penny, when chosen, takes every such value to the nearest penny, half a penny up', () => {
		const rows = sheet(
			{ code: 'A', unit: 'hours', proxy_value_gbp: '17.57334' },
			{ code: 'B', unit: 'hours', proxy_value_gbp: '1.005' },
			{ code: 'C', unit: 'hours', proxy_value_gbp: '16.93' },
		)
		const measures = contentOf(rows, priorities, { roundToPenny: true }).themes[0]!.outcomes[0]!.measures
		expect(measures.map((measure) => measure.proxyValuePence)).toEqual([1757, 101, 1693])
		expect(
			rowsToContent(sheet({ proxy_value_gbp: '-1.005' }, { code: 'J2', proxy_value_gbp: 'ten' }), priorities, {
				roundToPenny: true,
			}),
		).toEqual({
			ok: false,
			errors: [
				{ row: 2, column: 'proxy_value_gbp', message: 'Proxy value must be £0 or more' },
				{ row: 3, column: 'proxy_value_gbp', message: 'Proxy value must be a number, like 16.93' },
			],
		})
	})

	test('the import counts the values it rounded: only those that had fractions of a penny', () => {
		const rows = sheet(
			{ code: 'A', unit: 'hours', proxy_value_gbp: '17.57334' },
			{ code: 'B', unit: 'hours', proxy_value_gbp: '1.005' },
			{ code: 'C', unit: 'hours', proxy_value_gbp: '16.93' },
			{ code: 'D', unit: 'hours', proxy_value_gbp: '16.930' },
			{ code: 'E', unit: 'hours', proxy_value_gbp: '' },
		)
		expect(rowsToContent(rows, priorities, { roundToPenny: true })).toMatchObject({
			ok: true,
			roundedCount: 2,
			rounded: [
				{ code: 'A', typed: '17.57334', pence: 1757 },
				{ code: 'B', typed: '1.005', pence: 101 },
			],
		})
		expect(rowsToContent(sheet({ proxy_value_gbp: '16.93' }), priorities)).toMatchObject({ ok: true, roundedCount: 0 })
	})

	test('a text measure with a proxy value', () => {
		expect(rowErrors({ unit: 'Text', proxy_value_gbp: '5' })).toEqual([
			{ row: 2, column: 'proxy_value_gbp', message: 'A text (qualitative) measure cannot have a proxy value' },
		])
	})

	test('unknown priorities list the council’s codes', () => {
		expect(rowErrors({ priorities: 'CP1; CP9; XX' })).toEqual([
			{
				row: 2,
				column: 'priorities',
				message: 'Priority ‘CP9’ is not one of the council’s priorities (CP1, CP2, CP3)',
			},
			{ row: 2, column: 'priorities', message: 'Priority ‘XX’ is not one of the council’s priorities (CP1, CP2, CP3)' },
		])
	})

	test('priorities when the council has none, and priorities separated by commas', () => {
		expect(errorsOf(sheet({ priorities: 'CP1' }), [])).toEqual([
			{
				row: 2,
				column: 'priorities',
				message: 'Priority ‘CP1’ is not one of the council’s priorities: the council has not set any priorities yet',
			},
		])
		expect(rowErrors({ priorities: 'CP1, CP3' })).toEqual([
			{ row: 2, column: 'priorities', message: 'Separate priorities with semicolons, like CP1; CP2' },
		])
	})

	test('text that is too long', () => {
		expect(rowErrors({ title: 'T'.repeat(201) })).toEqual([
			{ row: 2, column: 'title', message: 'Title must be 200 characters or fewer' },
		])
		expect(rowErrors({ guidance: 'G'.repeat(5001) })).toEqual([
			{ row: 2, column: 'guidance', message: 'Guidance must be 5000 characters or fewer' },
		])
		expect(rowErrors({ evidence_guidance: 'E'.repeat(5001) })).toEqual([
			{ row: 2, column: 'evidence_guidance', message: 'Evidence guidance must be 5000 characters or fewer' },
		])
		expect(rowErrors({ theme: 'N'.repeat(201) })).toEqual([
			{ row: 2, column: 'theme', message: 'Theme must be 200 characters or fewer' },
		])
		expect(rowErrors({ outcome: 'N'.repeat(201) })).toEqual([
			{ row: 2, column: 'outcome', message: 'Outcome must be 200 characters or fewer' },
		])
	})

	test('every problem in every row is reported, in row then column order', () => {
		const errors = errorsOf(
			sheet(
				{ code: 'J1' },
				{ theme: '', code: '', title: '', unit: 'furlongs', proxy_value_gbp: 'lots' },
				{ code: 'J1', unit: 'text', proxy_value_gbp: '3', priorities: 'CP7' },
			),
		)
		expect(errors.map(({ row, column }) => [row, column])).toEqual([
			[3, 'theme'],
			[3, 'code'],
			[3, 'title'],
			[3, 'proxy_value_gbp'],
			[4, 'code'],
			[4, 'proxy_value_gbp'],
			[4, 'priorities'],
		])
	})
})

describe('contentToRows', () => {
	const content: EditionContent = {
		themes: [
			{
				name: 'Jobs',
				outcomes: [
					{
						name: 'Employment',
						measures: [
							{
								code: 'J1',
								title: 'People employed',
								unit: 'people_fte',
								proxyValuePence: 2857855,
								guidance: 'Count them',
								evidenceGuidance: 'Payroll',
								priorityCodes: ['CP1', 'CP3'],
							},
							{
								code: 'J2',
								title: 'Case study',
								unit: 'text',
								proxyValuePence: null,
								guidance: '',
								evidenceGuidance: '',
								priorityCodes: [],
							},
						],
					},
				],
			},
		],
	}

	test('writes a header then one row per measure, with keys for units and decimals for pounds', () => {
		expect(contentToRows(content)).toEqual([
			['theme', 'outcome', 'code', 'title', 'unit', 'proxy_value_gbp', 'guidance', 'evidence_guidance', 'priorities'],
			['Jobs', 'Employment', 'J1', 'People employed', 'people_fte', '28578.55', 'Count them', 'Payroll', 'CP1; CP3'],
			['Jobs', 'Employment', 'J2', 'Case study', 'text', '', '', '', ''],
		])
	})

	test('reads back to the same content', () => {
		expect(contentOf(contentToRows(content))).toEqual(content)
	})

	test('an edition with no measures is just the header', () => {
		expect(contentToRows({ themes: [{ name: 'Empty', outcomes: [] }] })).toEqual([[...TOMS_COLUMNS]])
	})
})

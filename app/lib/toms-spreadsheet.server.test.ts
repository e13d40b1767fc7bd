import fs from 'node:fs'
import readXlsxFile, { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import { describe, expect, test } from 'vitest'
import type { EditionContent, MeasureContent } from '#app/domain/toms/content.ts'
import { rowsToContent, TOMS_COLUMNS } from '#app/domain/toms/spreadsheet-rows.ts'
import { isQualitative, STARTING_UNITS } from '#app/domain/toms/units.ts'
import { xlsxWithFormulas } from '#tests/xlsx-fixture.ts'
import {
	contentToCsv,
	contentToXlsx,
	importEditionFile,
	MAX_IMPORT_BYTES,
	readSpreadsheet,
	templateContent,
	type SpreadsheetFile,
} from './toms-spreadsheet.server.ts'

const priorities = ['CP1', 'CP2', 'CP3']
const encoder = new TextEncoder()

function csvFile(text: string, name = 'toms.csv'): SpreadsheetFile {
	return { name, type: 'text/csv', bytes: encoder.encode(text) }
}

function xlsxFile(bytes: Uint8Array, name = 'toms.xlsx'): SpreadsheetFile {
	return { name, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes }
}

async function rowsOf(file: SpreadsheetFile): Promise<string[][]> {
	const result = await readSpreadsheet(file)
	if (!result.ok) throw new Error(`expected the file to be read: ${JSON.stringify(result.errors)}`)
	return result.rows
}

async function readErrors(file: SpreadsheetFile) {
	const result = await readSpreadsheet(file)
	if (result.ok) throw new Error('expected the file to be refused')
	return result.errors
}

function fileError(message: string) {
	return [{ row: null, column: null, message }]
}

const NOT_A_SPREADSHEET = 'The file is not a CSV or Excel (.xlsx) spreadsheet'

/** Exercises every unit, record-only and text measures, priorities, and awkward characters. */
function awkwardContent(): EditionContent {
	const proxies = [25, 1693, 100000, null]
	const measures: MeasureContent[] = STARTING_UNITS.map(({ key: unit, kind }, index) => ({
		code: `M-${index + 1}.0`,
		title: `Measure counted in ${unit}, with “double” and ‘single’ quotes`,
		unit,
		proxyValuePence: isQualitative({ kind }) ? null : (proxies[index % proxies.length] ?? null),
		guidance:
			index === 0
				? 'Line one, with a comma\nLine two with "straight quotes"\n\nLine four: Café – naïve façade £5 😀'
				: index === 1
					? 'Two lines\nand nothing else to quote'
					: `Guidance ${index}`,
		evidenceGuidance: index % 2 === 0 ? '' : 'Payslips; timesheets, or a letter',
		priorityCodes: index === 0 ? ['CP1', 'CP3'] : index === 1 ? ['CP2'] : [],
	}))
	return {
		themes: [
			{
				name: 'Café – ‘quotes’ “double”',
				outcomes: [
					{ name: 'Outcome, with a comma', measures: measures.slice(0, 5) },
					{ name: 'Ünïcödé outcome', measures: measures.slice(5, 8) },
				],
			},
			{ name: 'Environment', outcomes: [{ name: 'Outcome, with a comma', measures: measures.slice(8) }] },
		],
	}
}

function thousandRows(): string[][] {
	const rows: string[][] = [[...TOMS_COLUMNS]]
	for (let index = 0; index < 1000; index++) {
		rows.push([
			`Theme ${index % 5}`,
			`Outcome ${index % 20}`,
			`M${index}`,
			`Measure number ${index}`,
			index % 2 === 0 ? 'expert_hours' : 'Tonnes CO2e',
			index % 3 === 0 ? '' : '16.93',
			'Some guidance, with a comma',
			'Some evidence',
			index % 4 === 0 ? 'CP1; CP2' : '',
		])
	}
	return rows
}

describe('readSpreadsheet: CSV', () => {
	test('reads quoted fields with commas, quotes and line breaks', async () => {
		const rows = await rowsOf(csvFile('a,b,c\r\n"one, two","say ""hi""","line\nbreak"\r\n'))
		expect(rows).toEqual([
			['a', 'b', 'c'],
			['one, two', 'say "hi"', 'line\nbreak'],
		])
	})

	test('strips a UTF-8 byte order mark so the first header is still recognised', async () => {
		const file = csvFile('\uFEFFtheme,outcome\nJobs,Work\n')
		expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
		expect(await rowsOf(file)).toEqual([
			['theme', 'outcome'],
			['Jobs', 'Work'],
		])
	})

	test('keeps empty lines as rows so row numbers match the spreadsheet', async () => {
		expect(await rowsOf(csvFile('a,b\n\nc,d\n'))).toEqual([['a', 'b'], [''], ['c', 'd']])
	})

	test('allows rows of different lengths and a stray quote inside a value', async () => {
		expect(await rowsOf(csvFile('a,b,c\nx\n12" screen,y\n'))).toEqual([['a', 'b', 'c'], ['x'], ['12" screen', 'y']])
	})

	test('an unclosed quotation mark is reported against its row', async () => {
		expect(await readErrors(csvFile('a,b\nc,d\ne,"never closed\n'))).toEqual([
			{ row: 3, column: null, message: 'The file could not be read as a CSV: check the quotation marks in row 3' },
		])
	})

	test('a row too long to be real is refused quickly rather than parsed', async () => {
		const started = performance.now()
		const errors = await readErrors(csvFile(`a,b\nc,"${'x'.repeat(MAX_IMPORT_BYTES - 20)}`))
		expect(errors).toEqual([
			{
				row: 2,
				column: null,
				message: 'The file could not be read as a CSV: row 2 is too long. Check its quotation marks',
			},
		])
		expect(performance.now() - started).toBeLessThan(2000)
		expect((await readErrors(csvFile('x'.repeat(MAX_IMPORT_BYTES))))[0]?.row).toBe(1)
	})

	test('the format comes from the content, not the name or type', async () => {
		const csv = { name: 'toms.xlsx', type: 'application/vnd.ms-excel', bytes: encoder.encode('a,b\n1,2\n') }
		expect(await rowsOf(csv)).toEqual([
			['a', 'b'],
			['1', '2'],
		])
		const xlsx = await writeXlsxFile([['a', 'b']]).toBuffer()
		expect(await rowsOf({ name: 'toms.csv', type: 'text/csv', bytes: xlsx })).toEqual([['a', 'b']])
	})
})

describe('readSpreadsheet: Excel', () => {
	test('reads the first sheet of a workbook written by write-excel-file, numbers as people typed them', async () => {
		const bytes = await writeXlsxFile([
			[{ value: 'Code', fontWeight: 'bold' }, 'Proxy', 'Note'],
			['J1', 16.93, 'Café “quoted”\nsecond line'],
			['J2', 1000, null],
			['J3', 0.1 + 0.2, true],
			[1.5, 0.25, '  padded  '],
		]).toBuffer()
		expect(await rowsOf(xlsxFile(bytes))).toEqual([
			['Code', 'Proxy', 'Note'],
			['J1', '16.93', 'Café “quoted”\nsecond line'],
			['J2', '1000', ''],
			['J3', '0.3', 'true'],
			['1.5', '0.25', 'padded'],
		])
	})

	test('reads only the first sheet', async () => {
		const bytes = await writeXlsxFile([
			{ sheet: 'Measures', data: [['first']] },
			{ sheet: 'Other', data: [['second']] },
		]).toBuffer()
		expect(await rowsOf(xlsxFile(bytes))).toEqual([['first']])
	})

	test('reads bytes that are a view into a larger buffer', async () => {
		const xlsx = await writeXlsxFile([['a', 'b']]).toBuffer()
		const padded = new Uint8Array(xlsx.byteLength + 20)
		padded.set(xlsx, 10)
		expect(await rowsOf(xlsxFile(padded.subarray(10, 10 + xlsx.byteLength)))).toEqual([['a', 'b']])
	})

	test('a damaged workbook or other ZIP file is not a spreadsheet', async () => {
		const xlsx = await writeXlsxFile([['a']]).toBuffer()
		expect(await readErrors(xlsxFile(xlsx.subarray(0, 200)))).toEqual(fileError(NOT_A_SPREADSHEET))
		const notAWorkbook = Buffer.from(xlsx.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbooc.xml'), 'latin1')
		expect(await readErrors(xlsxFile(notAWorkbook))).toEqual(fileError(NOT_A_SPREADSHEET))
	})

	test('an old .xls workbook is refused with advice', async () => {
		const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
		expect(await readErrors(xlsxFile(xls, 'toms.xls'))).toEqual(
			fileError('The file is an old Excel (.xls) workbook: save it as an Excel Workbook (.xlsx) or CSV and try again'),
		)
	})

	test('an empty workbook is an empty file', async () => {
		const bytes = await writeXlsxFile([]).toBuffer()
		expect(await importEditionFile(xlsxFile(bytes), priorities)).toEqual({
			ok: false,
			errors: fileError('The file is empty'),
		})
	})
})

describe('readSpreadsheet: files that are refused', () => {
	test('an empty file', async () => {
		expect(await readErrors(csvFile(''))).toEqual(fileError('The file is empty'))
	})

	test('a file over 5 MB, whatever it holds', async () => {
		const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)
		expect(await readErrors({ name: 'big.csv', type: 'text/csv', bytes })).toEqual(
			fileError('The file must be 5 MB or smaller'),
		)
		const exactly = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)
		for (let index = 99; index < exactly.length; index += 100) exactly[index] = 0x0a
		expect((await readSpreadsheet({ name: 'big.csv', type: 'text/csv', bytes: exactly })).ok).toBe(true)
	})

	test('a PNG image, even named .csv', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
		expect(await readErrors({ name: 'toms.csv', type: 'text/csv', bytes: png })).toEqual(fileError(NOT_A_SPREADSHEET))
	})

	test('valid UTF-8 holding NUL bytes', async () => {
		expect(await readErrors(csvFile('a,b\u0000c\n'))).toEqual(fileError(NOT_A_SPREADSHEET))
	})

	test('a CSV saved as Windows-1252 or UTF-16 is told to use UTF-8', async () => {
		const message =
			'The CSV file must be saved as UTF-8: in Excel, choose ‘CSV UTF-8 (Comma delimited)’ when you save it'
		const windows1252 = new Uint8Array([...encoder.encode('code,proxy\r\nJ1,'), 0xa3, ...encoder.encode('16.93\r\n')])
		expect(await readErrors({ name: 'a.csv', type: 'text/csv', bytes: windows1252 })).toEqual(fileError(message))
		const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a,b'].flatMap((char) => [char.charCodeAt(0), 0])])
		expect(await readErrors({ name: 'a.csv', type: 'text/csv', bytes: utf16 })).toEqual(fileError(message))
	})
})

describe('importEditionFile', () => {
	test('reads and checks a CSV in one step', async () => {
		const csv =
			'Theme,Outcome,Code,Title,Unit,Proxy_Value_GBP,Guidance,Evidence_Guidance,Priorities\r\nJobs,Work,J1,"Hours, expert",Expert hours,£16.93,,,CP1\r\n'
		expect(await importEditionFile(csvFile(csv), priorities)).toEqual({
			ok: true,
			headerRow: 1,
			roundedCount: 0,
			unmatchedUnits: [],
			rounded: [],
			content: {
				themes: [
					{
						name: 'Jobs',
						outcomes: [
							{
								name: 'Work',
								measures: [
									{
										code: 'J1',
										title: 'Hours, expert',
										unit: 'expert_hours',
										proxyValuePence: 1693,
										guidance: '',
										evidenceGuidance: '',
										priorityCodes: ['CP1'],
									},
								],
							},
						],
					},
				],
			},
		})
	})

	test('passes on file problems and row problems alike', async () => {
		expect(await importEditionFile(csvFile(''), priorities)).toEqual({
			ok: false,
			errors: fileError('The file is empty'),
		})
		expect(await importEditionFile(csvFile(`${TOMS_COLUMNS.join(',')}\r\n`), priorities)).toEqual({
			ok: false,
			errors: fileError('The file has no measures: add a row under the header row (row 1)'),
		})
		const result = await importEditionFile(
			csvFile(`${TOMS_COLUMNS.join(',')}\nJobs,Work,J1,,furlongs,,,,\n`),
			priorities,
		)
		expect(result).toEqual({
			ok: false,
			errors: [{ row: 2, column: 'title', message: 'Enter a title' }],
		})
	})

	test('an Excel file with a title above the header and an uplift formula: the value read is shown, and can be rounded', async () => {
		const header = [...TOMS_COLUMNS]
		const measure = (code: string, proxy: string | number | { formula: string; value: number }) =>
			header.map(
				(column) =>
					({ theme: 'Jobs', outcome: 'Work', code, title: `Measure ${code}`, unit: 'hours', proxy_value_gbp: proxy })[
						column as string
					] ?? null,
			)
		const bytes = await xlsxWithFormulas([
			['Northshire Council TOMs 2027/28'],
			[],
			header,
			measure('J1', 16.93),
			measure('J2', { formula: '16.93*1.038', value: 16.93 * 1.038 }),
		])
		expect(await importEditionFile(xlsxFile(bytes), priorities)).toEqual({
			ok: false,
			errors: [
				{
					row: 5,
					column: 'proxy_value_gbp',
					message:
						'Proxy value is £17.57334, which has fractions of a penny: round it to £17.57, or choose ‘Round values to the nearest penny’ when you upload the file',
				},
			],
		})
		const rounded = await importEditionFile(xlsxFile(bytes), priorities, { roundToPenny: true })
		if (!rounded.ok) throw new Error(JSON.stringify(rounded.errors))
		expect(rounded.headerRow).toBe(3)
		expect(rounded.rounded).toEqual([{ code: 'J2', typed: '17.57334', pence: 1757 }])
		expect(rounded.content.themes[0]!.outcomes[0]!.measures.map((m) => [m.code, m.proxyValuePence])).toEqual([
			['J1', 1693],
			['J2', 1757],
		])
	})

	test('1,000 measures import in well under a second', async () => {
		const csv = thousandRows()
			.map((row) => row.map((cell) => `"${cell}"`).join(','))
			.join('\r\n')
		const started = performance.now()
		const result = await importEditionFile(csvFile(csv), priorities)
		const elapsed = performance.now() - started
		expect(
			result.ok && result.content.themes.flatMap((theme) => theme.outcomes.flatMap((outcome) => outcome.measures)),
		).toHaveLength(1000)
		expect(elapsed).toBeLessThan(2000)
	})

	test('1,000 measures from rows alone check quickly too', () => {
		const rows = thousandRows()
		const started = performance.now()
		const result = rowsToContent(rows, priorities)
		expect(performance.now() - started).toBeLessThan(2000)
		expect(result.ok).toBe(true)
	})
})

describe('export and round trip', () => {
	test('CSV starts with a byte order mark and uses CRLF line endings', () => {
		const csv = contentToCsv(templateContent(), STARTING_UNITS)
		expect(
			csv.startsWith('\uFEFFtheme,outcome,code,title,unit,proxy_value_gbp,guidance,evidence_guidance,priorities\r\n'),
		).toBe(true)
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/)
		expect(csv.split('\r\n')).toHaveLength(4)
	})

	test('CSV quotes values holding commas, quotes and line breaks', () => {
		const csv = contentToCsv(awkwardContent(), STARTING_UNITS)
		expect(csv).toContain(
			'"Line one, with a comma\nLine two with ""straight quotes""\n\nLine four: Café – naïve façade £5 😀"',
		)
	})

	test('CSV round trip gives back the same content', async () => {
		const content = awkwardContent()
		const rows = await rowsOf(csvFile(contentToCsv(content, STARTING_UNITS)))
		expect(rowsToContent(rows, priorities)).toEqual({
			ok: true,
			content,
			headerRow: 1,
			roundedCount: 0,
			unmatchedUnits: [],
			rounded: [],
		})
	})

	test('Excel round trip gives back the same content', async () => {
		const content = awkwardContent()
		const bytes = await contentToXlsx(content, STARTING_UNITS)
		expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
		const rows = await rowsOf(xlsxFile(bytes))
		expect(rowsToContent(rows, priorities)).toEqual({
			ok: true,
			content,
			headerRow: 1,
			roundedCount: 0,
			unmatchedUnits: [],
			rounded: [],
		})
	})

	test('Excel export has one sheet called Measures, with proxy values as numbers', async () => {
		const bytes = await contentToXlsx(templateContent(), STARTING_UNITS)
		const data = await readSheet(bytes)
		expect(data[0]).toEqual([...TOMS_COLUMNS])
		expect(data[1]?.[5]).toBe(16.93)
		expect(data[2]?.[5]).toBeNull()
		expect((await readXlsxFile(bytes)).map((sheet) => sheet.sheet)).toEqual(['Measures'])
	})

	test('the template is small, valid and has one valued and one record-only measure', async () => {
		const template = templateContent()
		expect(template.themes).toHaveLength(1)
		expect(template.themes[0]!.outcomes).toHaveLength(1)
		const measures = template.themes[0]!.outcomes[0]!.measures
		expect(measures.map((measure) => measure.proxyValuePence === null)).toEqual([false, true])
		expect(measures[0]!.unit).toBe('expert_hours')
		expect(await importEditionFile(csvFile(contentToCsv(template, STARTING_UNITS)), [])).toEqual({
			ok: true,
			content: template,
			headerRow: 1,
			roundedCount: 0,
			unmatchedUnits: [],
			rounded: [],
		})
		expect(await importEditionFile(xlsxFile(await contentToXlsx(template, STARTING_UNITS)), [])).toEqual({
			ok: true,
			content: template,
			headerRow: 1,
			roundedCount: 0,
			unmatchedUnits: [],
			rounded: [],
		})
	})
})

test('the CSV example in docs/toms-import-format.md imports', async () => {
	const doc = fs.readFileSync(new URL('../../docs/toms-import-format.md', import.meta.url), 'utf8')
	const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1]
	expect(example).toBeDefined()
	const result = await importEditionFile(csvFile(example!), priorities)
	expect(
		result.ok &&
			result.content.themes.map((theme) =>
				theme.outcomes.flatMap((outcome) => outcome.measures.map((measure) => measure.code)),
			),
	).toEqual([['J1', 'J2'], ['ENV-3']])
})

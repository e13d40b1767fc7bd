import { parse } from 'csv-parse/sync'
import { readSheet, type SheetData } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import type { EditionContent } from '#app/domain/toms/content.ts'
import type { Unit } from '#app/domain/toms/units.ts'
import {
	contentToRows,
	rowsToContent,
	type ImportError,
	type ImportOptions,
	type RowsToContentResult,
} from '#app/domain/toms/spreadsheet-rows.ts'
import { repackedWorkbook, unpackWorkbook } from '#app/infra/xlsx-parts.server.ts'
import { csvText } from '#app/infra/csv.server.ts'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export type SpreadsheetFile = { name: string; type: string; bytes: Uint8Array }
export type ReadSpreadsheetResult = { ok: true; rows: string[][] } | { ok: false; errors: ImportError[] }

function fileError(message: string): { ok: false; errors: ImportError[] } {
	return { ok: false, errors: [{ row: null, column: null, message }] }
}

const NOT_A_SPREADSHEET = 'The file is not a CSV or Excel (.xlsx) spreadsheet'
const NOT_UTF8 = 'The CSV file must be saved as UTF-8: in Excel, choose ‘CSV UTF-8 (Comma delimited)’ when you save it'

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, index) => bytes[index] === byte)
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const UTF16_LE_BOM = [0xff, 0xfe]
const UTF16_BE_BOM = [0xfe, 0xff]

/**
 * Reads an uploaded CSV or .xlsx file into rows of strings. The format is decided by the bytes,
 * never the name or browser-supplied type, which a person (or an attacker) can set to anything.
 */
export async function readSpreadsheet(file: SpreadsheetFile): Promise<ReadSpreadsheetResult> {
	const { bytes } = file
	if (bytes.byteLength === 0) return fileError('The file is empty')
	if (bytes.byteLength > MAX_IMPORT_BYTES) return fileError('The file must be 5 MB or smaller')
	const kind = sniffSpreadsheet(bytes)
	if (kind === 'xlsx') return readXlsx(bytes)
	if (kind === 'xls') {
		return fileError(
			'The file is an old Excel (.xls) workbook: save it as an Excel Workbook (.xlsx) or CSV and try again',
		)
	}

	let text: string
	try {
		// The default decoder drops a leading byte order mark, which Excel's "CSV UTF-8" adds.
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
	} catch {
		return looksLikeText(bytes) ? fileError(NOT_UTF8) : fileError(NOT_A_SPREADSHEET)
	}
	if (text.includes('\u0000')) return fileError(NOT_A_SPREADSHEET)
	return readCsv(text)
}

/** What a file's first bytes say it is: an .xlsx (a ZIP), an old .xls, or something else. */
export function sniffSpreadsheet(bytes: Uint8Array): 'xlsx' | 'xls' | 'other' {
	if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx'
	if (startsWith(bytes, OLE2_MAGIC)) return 'xls'
	return 'other'
}

/**
 * Plain "CSV" from Excel on Windows is Windows-1252, which is not valid UTF-8 once it holds a
 * £ sign, and "Unicode text" is UTF-16. Such files are text a person meant as a spreadsheet;
 * Windows-1252 has no control characters, whereas binary files almost always do.
 */
function looksLikeText(bytes: Uint8Array): boolean {
	if (startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) return true
	for (const byte of bytes) {
		if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) return false
	}
	return true
}

/** Far above any real row (two 5000-character guidance cells and short rest), far below 5 MB. */
const MAX_CSV_ROW_CHARACTERS = 100_000

function readCsv(text: string): ReadSpreadsheetResult {
	try {
		// The size cap also bounds csv-parse, which slows badly on one enormous unquoted value.
		const rows = parse(text, {
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false,
			max_record_size: MAX_CSV_ROW_CHARACTERS,
		})
		return { ok: true, rows }
	} catch (error) {
		const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
		const records = typeof error === 'object' && error !== null && 'records' in error ? error.records : undefined
		const row = typeof records === 'number' ? records + 1 : null
		const message =
			code === 'CSV_MAX_RECORD_SIZE'
				? `The file could not be read as a CSV: ${row === null ? 'a row' : `row ${row}`} is too long. Check its quotation marks`
				: `The file could not be read as a CSV: check the quotation marks${row === null ? '' : ` in row ${row}`}`
		return { ok: false, errors: [{ row, column: null, message }] }
	}
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSpreadsheetResult> {
	const unpacked = unpackWorkbook(bytes)
	if (!unpacked.ok) return fileError(unpacked.tooBig ?? NOT_A_SPREADSHEET)
	let data: SheetData<string>
	try {
		data = await readSheet<string>(repackedWorkbook(unpacked.parts), { parseNumber: (raw) => numberText(raw) })
	} catch {
		// A ZIP that is not a workbook (a .docx, a damaged download) is the person's problem, not a server fault.
		return fileError(NOT_A_SPREADSHEET)
	}
	return { ok: true, rows: data.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) }
}

/**
 * Excel stores numbers as binary floats, so "16.93" can come back as 16.929999999999999 and
 * 0.1 + 0.2 as 0.30000000000000004. Excel itself shows 15 significant digits; so do we.
 */
export function numberText(raw: string): string {
	const value = Number(raw)
	if (!Number.isFinite(value)) return raw
	return String(Number(value.toPrecision(15)))
}

/** Reads a file and turns it into an edition's content, or every problem found in it. */
export async function importEditionFile(
	file: SpreadsheetFile,
	knownPriorityCodes: string[],
	options: ImportOptions = {},
): Promise<RowsToContentResult> {
	const read = await readSpreadsheet(file)
	if (!read.ok) return read
	return rowsToContent(read.rows, knownPriorityCodes, options)
}

/** CSV for download, with a byte order mark so Excel on Windows shows £, é and ‘quotes’ correctly. */
export function contentToCsv(content: EditionContent, units: readonly Unit[]): string {
	return csvText(contentToRows(content, units), { bom: true })
}

const PROXY_COLUMN = contentToRows({ themes: [] })[0]!.indexOf('proxy_value_gbp')

/** An Excel workbook with one sheet, "Measures"; proxy values are real numbers so Excel can sum them. */
export async function contentToXlsx(content: EditionContent, units: readonly Unit[]): Promise<Buffer> {
	const [header = [], ...rows] = contentToRows(content, units)
	const sheetData = [
		header.map((value) => ({ value, fontWeight: 'bold' as const })),
		...rows.map((row) =>
			row.map((value, index) => {
				if (index === PROXY_COLUMN && value !== '') return { value: Number(value), format: '0.00' }
				return value === '' ? null : { value, wrap: value.includes('\n') }
			}),
		),
	]
	return writeXlsxFile(sheetData, {
		sheet: 'Measures',
		stickyRowsCount: 1,
		columns: [
			{ width: 24 },
			{ width: 32 },
			{ width: 10 },
			{ width: 48 },
			{ width: 16 },
			{ width: 16 },
			{ width: 48 },
			{ width: 48 },
			{ width: 14 },
		],
	}).toBuffer()
}

/** A tiny example for the downloadable template: one valued measure and one record-only. */
export function templateContent(): EditionContent {
	return {
		themes: [
			{
				name: 'Jobs: promote local skills and employment',
				outcomes: [
					{
						name: 'More local people in employment',
						measures: [
							{
								code: 'J1',
								title: 'Hours of expert support given to local voluntary and community organisations',
								unit: 'expert_hours',
								proxyValuePence: 1693,
								guidance:
									'Count the hours your staff spend giving professional advice, such as legal, financial or IT support.',
								evidenceGuidance: 'Timesheets or a letter from the organisation you supported.',
								priorityCodes: [],
							},
							{
								code: 'J2',
								title: 'Number of local people employed on the contract',
								unit: 'people_fte',
								proxyValuePence: null,
								guidance: 'People who live in the council’s area, counted as full-time equivalents.',
								evidenceGuidance: 'Payroll records showing postcodes, with names removed.',
								priorityCodes: [],
							},
						],
					},
				],
			},
		],
	}
}

import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import type { SheetData } from 'write-excel-file/node'
import type { ImportSheets } from '#app/domain/contracts/import/check-file.ts'
import {
	CSV_FIELDS,
	IMPORT_SHEETS,
	SHEET_COLUMNS,
	templateSheets,
	type ImportSheet,
} from '#app/domain/contracts/import/layout.ts'
import type { InCell } from '#app/domain/matrix/spreadsheet-cells.ts'
import type { SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { csvText } from '#app/infra/csv.server.ts'
import { repackedWorkbook, unpackWorkbook } from '#app/infra/xlsx-parts.server.ts'
import { MAX_IMPORT_BYTES, numberText, readSpreadsheet, sniffSpreadsheet } from './toms-spreadsheet.server.ts'

// The contracts import file (docs/contracts-import-format.md): one Excel workbook with a sheet
// each for contracts, commitments, milestones and (optionally) past delivery, or the same
// sheets as separate CSV files, one per form field.

export type ReadSheetsResult = { ok: true; sheets: ImportSheets } | { ok: false; problems: SheetProblem[] }

const fileProblem = (message: string, sheet: string | null = null): ReadSheetsResult => ({
	ok: false,
	problems: [{ sheet, row: null, column: null, message }],
})

const NOT_XLSX = 'The file must be an Excel workbook (.xlsx): download the template and fill it in'

/** An uploaded workbook's sheets, by the names the format gives them (case and spaces aside). */
export async function readImportWorkbook(bytes: Uint8Array): Promise<ReadSheetsResult> {
	if (bytes.byteLength === 0) return fileProblem('The file is empty')
	if (bytes.byteLength > MAX_IMPORT_BYTES) return fileProblem('The file must be 5 MB or smaller')
	const kind = sniffSpreadsheet(bytes)
	if (kind === 'xls')
		return fileProblem('The file is an old Excel (.xls) workbook: save it as an Excel Workbook (.xlsx) and try again')
	if (kind !== 'xlsx')
		return fileProblem(`${NOT_XLSX}, or upload each sheet as its own CSV file in the fields for CSV files`)
	const unpacked = unpackWorkbook(bytes)
	if (!unpacked.ok) return fileProblem(unpacked.tooBig ?? NOT_XLSX)
	try {
		const workbook = await readXlsxFile<string>(repackedWorkbook(unpacked.parts), { parseNumber: numberText })
		const sheets: ImportSheets = {}
		for (const name of IMPORT_SHEETS) {
			const found = workbook.find((s) => s.sheet.trim().toLowerCase() === name.toLowerCase())
			if (found) sheets[name] = found.data as InCell[][]
		}
		return { ok: true, sheets }
	} catch {
		// A ZIP that is not a workbook (a .docx, a damaged download) is the person's problem, not a server fault.
		return fileProblem(NOT_XLSX)
	}
}

/** The sheets sent as CSV files, one per field; a field left empty is a sheet the file lacks. */
export async function readImportCsvFiles(files: Partial<Record<ImportSheet, Uint8Array>>): Promise<ReadSheetsResult> {
	const sheets: ImportSheets = {}
	const problems: SheetProblem[] = []
	let total = 0
	for (const name of IMPORT_SHEETS) {
		const bytes = files[name]
		if (!bytes || bytes.byteLength === 0) continue
		total += bytes.byteLength
		const read = await readSpreadsheet({ name, type: '', bytes })
		if (read.ok) sheets[name] = read.rows
		else
			problems.push(
				...read.errors.map((error) => ({ sheet: name, row: error.row, column: error.column, message: error.message })),
			)
	}
	if (total > MAX_IMPORT_BYTES) return fileProblem('The files must be 5 MB or smaller together')
	return problems.length > 0 ? { ok: false, problems } : { ok: true, sheets }
}

/** The template as a workbook: headings in bold, one example row, dates as real dates. */
export async function importTemplateWorkbook(): Promise<Buffer> {
	const sheets = templateSheets()
	return writeXlsxFile(
		sheets.map(({ sheet, rows: [header = [], ...rows] }) => ({
			sheet,
			stickyRowsCount: 1,
			columns: SHEET_COLUMNS[sheet].map((column) => ({ width: Math.max(14, column.header.length + 2) })),
			data: [
				header.map((value) => ({ value: String(value), fontWeight: 'bold' as const })),
				...rows.map((row) =>
					row.map((value) =>
						value instanceof Date ? { value, type: Date, format: 'dd/mm/yyyy' } : value === '' ? null : { value },
					),
				),
			] as SheetData,
		})),
	).toBuffer()
}

/** The template's sheet as a CSV file, dates written like 30/04/2027. */
export function importTemplateCsv(sheet: ImportSheet): string {
	const rows = templateSheets().find((s) => s.sheet === sheet)!.rows
	return csvText(
		rows.map((row) =>
			row.map((value) =>
				value instanceof Date
					? `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`
					: String(value),
			),
		),
		{ bom: true },
	)
}

/** The template downloads: the workbook, and each sheet as CSV, by the name in their address. */
export const TEMPLATE_FORMATS = ['xlsx', ...IMPORT_SHEETS.map((sheet) => `${CSV_FIELDS[sheet]}-csv`)] as const

export function templateSheetOf(format: string): ImportSheet | null {
	return IMPORT_SHEETS.find((sheet) => `${CSV_FIELDS[sheet]}-csv` === format) ?? null
}

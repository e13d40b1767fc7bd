import { stringify } from 'csv-stringify/sync'
import writeXlsxFile from 'write-excel-file/node'

export type ExportCell = string | number | null
export type ExportFormat = 'csv' | 'xlsx'

export function isExportFormat(value: string | undefined): value is ExportFormat {
	return value === 'csv' || value === 'xlsx'
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
 * before one) is written with a leading apostrophe, so words a supplier typed can never
 * become a formula on a council officer's computer. Numbers stay numbers.
 */
export function spreadsheetSafe(cell: ExportCell): string {
	if (cell === null) return ''
	if (typeof cell === 'number') return String(cell)
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

/** A table as CSV, with a byte order mark so Excel reads £ and accents correctly. */
export function tableCsv(header: string[], rows: ExportCell[][]): string {
	return stringify([header, ...rows.map((row) => row.map(spreadsheetSafe))], { bom: true, record_delimiter: 'windows' })
}

/** A table as an Excel workbook: a bold, frozen header and numbers kept as numbers. */
export async function tableXlsx(sheet: string, header: string[], rows: ExportCell[][], widths: number[]): Promise<Buffer> {
	const data = [
		header.map((value) => ({ value, fontWeight: 'bold' as const })),
		...rows.map((row) => row.map((value) => (value === null ? null : typeof value === 'number' ? { value } : { value }))),
	]
	return writeXlsxFile(data, { sheet, stickyRowsCount: 1, columns: widths.map((width) => ({ width })) }).toBuffer()
}

/** A download of the table in the asked-for format, never cached. */
export async function tableDownload(format: ExportFormat, fileName: string, table: { sheet: string; header: string[]; rows: ExportCell[][]; widths: number[] }): Promise<Response> {
	const body = format === 'csv' ? tableCsv(table.header, table.rows) : new Uint8Array(await tableXlsx(table.sheet, table.header, table.rows, table.widths))
	return new Response(body, {
		headers: {
			'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="${fileName}.${format}"`,
			'Cache-Control': 'no-store',
		},
	})
}

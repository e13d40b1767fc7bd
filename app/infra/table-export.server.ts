import { Readable, pipeline } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { createGunzip, createGzip } from 'node:zlib'
import writeXlsxFile from 'write-excel-file/node'
import { cachedDownload, cachingDownload, downloadBeingMade } from './download-cache.server.ts'
import { currentContentVersion } from './read-cache.server.ts'
import { betweenChunks } from './between-chunks.server.ts'
import { csvText } from './csv.server.ts'
import { xlsxStream } from './xlsx-stream.server.ts'

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

/** Rows of a table as CSV records (csvText), each cell safe from spreadsheets; with `bom`, a byte order mark first. */
export function csvRecords(rows: ExportCell[][], options: { bom?: boolean } = {}): string {
	return csvText(
		rows.map((row) => row.map(spreadsheetSafe)),
		options,
	)
}

/** A table as CSV, with a byte order mark so Excel reads £ and accents correctly. */
export function tableCsv(header: string[], rows: ExportCell[][]): string {
	return csvRecords([header, ...rows], { bom: true })
}

const contentTypes: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The headers of a download in `format`, named `fileName` plus its extension, and never stored. */
export function downloadHeaders(format: ExportFormat, fileName: string) {
	return {
		'Content-Type': contentTypes[format],
		'Content-Disposition': `attachment; filename="${fileName}.${format}"`,
		'Cache-Control': 'no-store',
	}
}

/** A file name made of letters, digits, dots, underscores and hyphens only, from a name people gave. */
export function safeFileName(name: string, fallback: string): string {
	return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || fallback
}

/** A file made whole, as a download. */
export function fileDownload(format: ExportFormat, fileName: string, body: string | Uint8Array<ArrayBuffer>): Response {
	return new Response(body, { headers: downloadHeaders(format, fileName) })
}

const csvHeaders = (fileName: string) => downloadHeaders('csv', fileName)

/** Whether an Accept-Encoding header takes gzip: named (or `*`), and not with q=0. */
export function acceptsGzip(acceptEncoding: string | null): boolean {
	const wanted = new Map(
		(acceptEncoding ?? '').split(',').map((part) => {
			const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase())
			const q = parameters.find((parameter) => parameter.startsWith('q='))
			return [coding, q === undefined ? 1 : Number(q.slice(2))] as const
		}),
	)
	const q = wanted.get('gzip') ?? wanted.get('*') ?? 0
	return q > 0
}

/**
 * A CSV download written a chunk of rows at a time as the client reads it, so a long export
 * never holds the whole table in memory, and other requests are served between its chunks.
 * With `gzip` it is compressed here, at the fastest level, rather than by the server's
 * compression, which loses track of a response's waits for the network once there are many
 * (a listener left behind for each, and a warning in the log).
 *
 * With `cacheAs`, the compressed file is cached until the database changes (download-cache)
 * and the next request for it is answered from the copy: the rows are not read at all. A
 * request made while the copy is being made waits for it.
 */
export async function csvDownload(
	fileName: string,
	header: string[],
	chunks: Iterable<ExportCell[][]>,
	options: { gzip: boolean; cacheAs?: string } = { gzip: false },
): Promise<Response> {
	const cached =
		options.cacheAs === undefined
			? null
			: (cachedDownload(options.cacheAs) ?? (await downloadBeingMade(options.cacheAs)))
	if (cached) {
		if (options.gzip)
			return new Response(new Uint8Array(cached), {
				headers: { ...gzippedCsvHeaders(fileName), 'Content-Length': String(cached.length) },
			})
		const unzipped = pipeline(Readable.from([cached]), createGunzip(), () => {})
		return new Response(Readable.toWeb(unzipped) as ReadableStream<Uint8Array>, { headers: csvHeaders(fileName) })
	}
	// Read before the rows are: a change while they are read means the copy is never used.
	const version = options.cacheAs === undefined ? '' : currentContentVersion()
	const rows = chunks[Symbol.iterator]()
	const encoder = new TextEncoder()
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(encoder.encode(csvRecords([header], { bom: true })))
		},
		async pull(controller) {
			await betweenChunks()
			const next = rows.next()
			if (next.done) controller.close()
			else controller.enqueue(encoder.encode(csvRecords(next.value)))
		},
		cancel() {
			rows.return?.()
		},
	})
	if (!options.gzip) return new Response(body, { headers: csvHeaders(fileName) })
	const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>)
	const gzip = createGzip({ level: 1 })
	const gzipped =
		options.cacheAs === undefined
			? pipeline(source, gzip, () => {})
			: pipeline(source, gzip, cachingDownload(options.cacheAs, version), () => {})
	return new Response(Readable.toWeb(gzipped) as ReadableStream<Uint8Array>, { headers: gzippedCsvHeaders(fileName) })
}

const gzippedCsvHeaders = (fileName: string) => ({
	...csvHeaders(fileName),
	'Content-Encoding': 'gzip',
	Vary: 'Accept-Encoding',
})

/** A table as an Excel workbook: a bold, frozen header and numbers kept as numbers. */
export async function tableXlsx(
	sheet: string,
	header: string[],
	rows: ExportCell[][],
	widths: number[],
): Promise<Buffer> {
	const data = [
		header.map((value) => ({ value, fontWeight: 'bold' as const })),
		...rows.map((row) =>
			row.map((value) => (value === null ? null : typeof value === 'number' ? { value } : { value })),
		),
	]
	return writeXlsxFile(data, { sheet, stickyRowsCount: 1, columns: widths.map((width) => ({ width })) }).toBuffer()
}

/** A download of the table in the asked-for format, never cached. */
export async function tableDownload(
	format: ExportFormat,
	fileName: string,
	table: { sheet: string; header: string[]; rows: ExportCell[][]; widths: number[] },
): Promise<Response> {
	if (format === 'csv') return fileDownload('csv', fileName, tableCsv(table.header, table.rows))
	return fileDownload(
		'xlsx',
		fileName,
		new Uint8Array(await tableXlsx(table.sheet, table.header, table.rows, table.widths)),
	)
}

/** A table too big to build whole, as an Excel workbook written a chunk of rows at a time. */
export function streamedXlsxDownload(
	fileName: string,
	table: { sheet: string; header: string[]; widths: number[] },
	chunks: Iterable<ExportCell[][]>,
): Response {
	return new Response(xlsxStream(table, chunks), { headers: downloadHeaders('xlsx', fileName) })
}

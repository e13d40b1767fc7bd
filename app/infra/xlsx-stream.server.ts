import { Zip, ZipDeflate } from 'fflate'
import { betweenChunks } from './between-chunks.server.ts'
import type { ExportCell } from './table-export.server.ts'

/**
 * An Excel workbook of one sheet written as the client reads it, a chunk of rows at a time:
 * a whole council's delivery lines (50,000 rows) built in memory by a spreadsheet library
 * held hundreds of megabytes and the process for seconds. An .xlsx file is a ZIP of XML
 * parts; the sheet is deflated as it is written, and strings are written in their cells
 * ("inline"), so nothing needs the whole table. The header is bold and stays in view.
 */
export function xlsxStream(
	table: { sheet: string; header: string[]; widths: number[] },
	chunks: Iterable<ExportCell[][]>,
): ReadableStream<Uint8Array> {
	const rows = chunks[Symbol.iterator]()
	const encoder = new TextEncoder()
	let zip: Zip
	let sheet: ZipDeflate
	let rowNumber = 1
	let emitted = 0
	return new ReadableStream<Uint8Array>({
		start(controller) {
			zip = new Zip((error, data, final) => {
				if (error) return controller.error(error)
				emitted += 1
				controller.enqueue(data)
				if (final) controller.close()
			})
			for (const [name, xml] of fixedParts(table.sheet)) {
				const part = new ZipDeflate(name, { level: 1 })
				zip.add(part)
				part.push(encoder.encode(xml), true)
			}
			sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 })
			zip.add(sheet)
			sheet.push(encoder.encode(sheetStart(table.widths) + rowXml(rowNumber, table.header, BOLD)))
		},
		async pull() {
			await betweenChunks()
			// Deflate holds back small pushes: rows are added until some bytes come out, as a
			// pull that gives the stream nothing is never followed by another.
			const before = emitted
			while (emitted === before) {
				const next = rows.next()
				if (next.done) {
					sheet.push(encoder.encode('</sheetData></worksheet>'), true)
					zip.end()
					return
				}
				let xml = ''
				for (const row of next.value) xml += rowXml(++rowNumber, row, PLAIN)
				sheet.push(encoder.encode(xml))
			}
		},
		cancel() {
			rows.return?.()
			zip.terminate()
		},
	})
}

/** Style numbers in styles.xml's cellXfs. */
const PLAIN = 0
const BOLD = 1

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

function fixedParts(sheetName: string): Array<[string, string]> {
	return [
		[
			'[Content_Types].xml',
			`${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
				'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
				'<Default Extension="xml" ContentType="application/xml"/>' +
				'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
				'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
				'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
				'</Types>',
		],
		[
			'_rels/.rels',
			`${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		],
		[
			'xl/workbook.xml',
			`${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="${escapeXml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		],
		[
			'xl/_rels/workbook.xml.rels',
			`${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
				`<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>` +
				`<Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
				'</Relationships>',
		],
		[
			'xl/styles.xml',
			`${DECLARATION}<styleSheet xmlns="${MAIN}">` +
				'<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
				'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
				'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
				'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
				'<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
				'</styleSheet>',
		],
	]
}

/** The sheet up to its first row: the header kept in view, and the column widths. */
function sheetStart(widths: number[]): string {
	const columns = widths
		.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
		.join('')
	return (
		`${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
		'<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
		(columns ? `<cols>${columns}</cols>` : '') +
		'<sheetData>'
	)
}

function rowXml(rowNumber: number, cells: ExportCell[], style: number): string {
	let xml = `<row r="${rowNumber}">`
	for (let i = 0; i < cells.length; i++) {
		const cell = cells[i]
		if (cell === null || cell === undefined) continue
		const reference = `${columnName(i)}${rowNumber}`
		const styled = style === PLAIN ? '' : ` s="${style}"`
		xml +=
			typeof cell === 'number' && Number.isFinite(cell)
				? `<c r="${reference}"${styled}><v>${cell}</v></c>`
				: `<c r="${reference}"${styled} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(cell))}</t></is></c>`
	}
	return `${xml}</row>`
}

/** A, B, … Z, AA, AB, … for the zero-based column `index`. */
export function columnName(index: number): string {
	let name = ''
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
	return name
}

/** Text as XML character data: the markup characters escaped, and characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
	)
}

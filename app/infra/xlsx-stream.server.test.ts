import { strFromU8, unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { expect, test } from 'vitest'
import type { ExportCell } from './table-export.server.ts'
import { streamedXlsxDownload } from './table-export.server.ts'
import { columnName, escapeXml, xlsxStream } from './xlsx-stream.server.ts'

const table = { sheet: 'Delivery', header: ['Reference', 'Narrative', 'Delivered'], widths: [18, 40, 12] }

/** `chunkCount` chunks of `rowsPerChunk` rows, made as they are read, counting how many were. */
function countedChunks(chunkCount: number, rowsPerChunk: number, row: (chunk: number, index: number) => ExportCell[]) {
	let made = 0
	function* chunks() {
		for (let c = 0; c < chunkCount; c++) {
			made += 1
			yield Array.from({ length: rowsPerChunk }, (_, i) => row(c, i))
		}
	}
	return { chunks: chunks(), made: () => made }
}

async function bytesOf(stream: ReadableStream<Uint8Array>) {
	return Buffer.from(await new Response(stream).arrayBuffer())
}

/** The workbook's sheets read back cell by cell, as a spreadsheet program would show them. */
async function readBack(bytes: Buffer) {
	return (await readXlsxFile(bytes)).map((sheet) => ({
		name: sheet.sheet,
		rows: sheet.data as unknown as ExportCell[][],
	}))
}

test('rows streamed in chunks read back as the same cells: text as text, numbers as numbers, blanks blank', async () => {
	const chunks: ExportCell[][][] = [
		[['A/1', 'Fish & chips <for> "all"', 12.5]],
		[],
		[
			['B/2', 'Line one\nLine two', -3],
			['C/3', '=SUM(A1:A2)', 0],
			['D/4', null, 1_000_000.25],
			['É/5', 'Café ☕, naïve – “quoted”', null],
		],
	]
	const [sheet] = await readBack(await bytesOf(xlsxStream(table, chunks)))
	expect(sheet!.name).toBe('Delivery')
	expect(sheet!.rows).toEqual([table.header, ...chunks.flat()])
})

test('characters XML cannot hold are dropped rather than breaking the file', async () => {
	const [sheet] = await readBack(
		await bytesOf(xlsxStream(table, [[['A/1', 'bell\u0007 and null\u0000 and tab\tkept', 1]]])),
	)
	expect(sheet!.rows[1]).toEqual(['A/1', 'bell and null and tab\tkept', 1])
	expect(escapeXml('a\u0001b\u000Bc\uFFFEd & <e>')).toBe('abcd &amp; &lt;e&gt;')
})

test('the header is bold and stays in view, and the columns have their widths', async () => {
	const parts = unzipSync(await bytesOf(xlsxStream(table, [[['A/1', 'x', 1]]])))
	const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']!)
	expect(sheetXml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
	expect(sheetXml).toContain('<col min="2" max="2" width="40" customWidth="1"/>')
	expect(sheetXml).toMatch(/<c r="A1" s="1" t="inlineStr">/)
	expect(sheetXml).toMatch(/<c r="A2" t="inlineStr">/)
	// Style 1 is the bold font.
	expect(strFromU8(parts['xl/styles.xml']!)).toMatch(/<cellXfs count="2">.*<xf [^>]*fontId="1"[^>]*\/><\/cellXfs>/)
	expect(strFromU8(parts['xl/styles.xml']!)).toContain('<font><b/>')
})

test('a large table is written as the client reads it, in many pieces, and all of it reads back', async () => {
	const chunkCount = 40
	const counted = countedChunks(chunkCount, 250, (c, i) => [
		`R/${c * 250 + i}`,
		`Narrative ${c}-${i}`.repeat(5),
		c * 250 + i,
	])
	const reader = xlsxStream(table, counted.chunks).getReader()
	const pieces: Uint8Array[] = []
	const first = await reader.read()
	pieces.push(first.value!)
	// Only what the first read needed has been made.
	expect(counted.made()).toBeLessThan(chunkCount)
	for (let next = await reader.read(); !next.done; next = await reader.read()) pieces.push(next.value)
	expect(pieces.length).toBeGreaterThan(10)
	const [sheet] = await readBack(Buffer.concat(pieces))
	expect(sheet!.rows).toHaveLength(1 + chunkCount * 250)
	expect(sheet!.rows.at(-1)).toEqual([
		`R/${chunkCount * 250 - 1}`,
		`Narrative ${chunkCount - 1}-249`.repeat(5),
		chunkCount * 250 - 1,
	])
})

test('a download the client abandons stops reading rows', async () => {
	let made = 0
	let closed = false
	const rows: Iterable<ExportCell[][]> = {
		[Symbol.iterator]: () => ({
			next: () => {
				made += 1
				return {
					done: made > 1000,
					value: Array.from({ length: 100 }, (_, i): ExportCell[] => [`R/${made}-${i}`, 'x'.repeat(200), i]),
				}
			},
			return: () => {
				closed = true
				return { done: true, value: undefined }
			},
		}),
	}
	const reader = xlsxStream(table, rows).getReader()
	while (made < 3) await reader.read()
	await reader.cancel()
	expect(closed).toBe(true)
	expect(made).toBeLessThan(1000)
})

test('a streamed Excel download says what it is', async () => {
	const response = streamedXlsxDownload('delivery', table, [[['A/1', 'x', 1]]])
	expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
	expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="delivery.xlsx"')
	expect((await bytesOf(response.body!)).subarray(0, 2).toString()).toBe('PK')
})

test.each([
	[0, 'A'],
	[25, 'Z'],
	[26, 'AA'],
	[51, 'AZ'],
	[701, 'ZZ'],
	[702, 'AAA'],
])('column %i is %s', (index, name) => {
	expect(columnName(index)).toBe(name)
})

test('other work gets a turn between the chunks of a download, however fast it is read', async () => {
	const chunkCount = 20
	const counted = countedChunks(chunkCount, 200, (c, i) => [`R/${c}-${i}`, 'x'.repeat(300), i])
	const madeWhenOtherWorkRan: number[] = []
	const other = setInterval(() => madeWhenOtherWorkRan.push(counted.made()), 0)
	await bytesOf(xlsxStream(table, counted.chunks))
	clearInterval(other)
	expect(madeWhenOtherWorkRan.some((count) => count > 0 && count < chunkCount)).toBe(true)
})

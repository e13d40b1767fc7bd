import { gunzipSync } from 'node:zlib'
import { stringify } from 'csv-stringify/sync'
import { expect, test } from 'vitest'
import { acceptsGzip, csvDownload, csvRecord, tableCsv } from './table-export.server.ts'

test('a CSV record quotes cells with commas, quotes or line breaks, and nothing else', () => {
	expect(csvRecord(['plain', 'a, b', 'say "hi"', 12.5, null, '', '£3'])).toBe('plain,"a, b","say ""hi""",12.5,,,£3\r\n')
})

test('a narrative written over several lines stays in one cell', () => {
	expect(csvRecord(['Line one\nLine two', 'x'])).toBe('"Line one\nLine two",x\r\n')
	expect(csvRecord(['Windows\r\nbreak', 'Old Mac\rbreak'])).toBe('"Windows\r\nbreak","Old Mac\rbreak"\r\n')
})

test('cells without line breaks are written as the CSV library writes them', () => {
	const cells = ['Brightstart CIC', 'O’Neill & Sons, Ltd', '"Quoted"', ' spaced ', '=SUM(A1)', '-5 hours', 42, -3.25, 0, null, 'tab\there']
	const expected = stringify([cells.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))], { record_delimiter: 'windows' })
	expect(csvRecord(cells)).toBe(expected)
})

test('a streamed CSV download is the same file as the table written whole', async () => {
	const header = ['Reference', 'Narrative']
	const chunks = [
		[['A/1', 'First, "quoted"']],
		[],
		[['B/2', 'Second\nline'], ['C/3', '=1+1']],
	]
	const response = csvDownload('delivery', header, chunks)
	expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
	expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="delivery.csv"')
	// Compared as bytes: decoding as text would drop the byte order mark.
	expect(new Uint8Array(await response.arrayBuffer())).toEqual(new TextEncoder().encode(tableCsv(header, chunks.flat())))
	expect(tableCsv(header, [])).toBe('\ufeffReference,Narrative\r\n')
})

test('a streamed CSV download compressed here is the same file once unzipped, and says how it is encoded', async () => {
	const header = ['Reference', 'Narrative']
	const chunks = [[['A/1', 'First, "quoted"']], [['B/2', 'Second\nline']]]
	const response = csvDownload('delivery', header, chunks, { gzip: true })
	expect(response.headers.get('Content-Encoding')).toBe('gzip')
	expect(response.headers.get('Vary')).toBe('Accept-Encoding')
	expect(new Uint8Array(gunzipSync(Buffer.from(await response.arrayBuffer())))).toEqual(new TextEncoder().encode(tableCsv(header, chunks.flat())))
})

test.each([
	['gzip, deflate, br', true],
	['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
	['GZIP', true],
	['*', true],
	['gzip;q=0', false],
	['gzip;q=0.0, *;q=1', false],
	['deflate, br', false],
	['identity', false],
	['', false],
])('Accept-Encoding %j takes gzip: %s', (header, expected) => {
	expect(acceptsGzip(header)).toBe(expected)
})

test('no Accept-Encoding header takes no gzip', () => {
	expect(acceptsGzip(null)).toBe(false)
})

import { gunzipSync } from 'node:zlib'
import { stringify } from 'csv-stringify/sync'
import { expect, test, vi } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import {
	acceptsGzip,
	csvDownload,
	csvRecords,
	downloadHeaders,
	fileDownload,
	safeFileName,
	tableCsv,
	tableDownload,
	type ExportCell,
} from './table-export.server.ts'

test('a CSV record quotes cells with commas, quotes or line breaks, and nothing else', () => {
	expect(csvRecords([['plain', 'a, b', 'say "hi"', 12.5, null, '', '£3']])).toBe(
		'plain,"a, b","say ""hi""",12.5,,,£3\r\n',
	)
})

test('a narrative written over several lines stays in one cell', () => {
	expect(csvRecords([['Line one\nLine two', 'x']])).toBe('"Line one\nLine two",x\r\n')
	expect(csvRecords([['Windows\r\nbreak', 'Old Mac\rbreak']])).toBe('"Windows\r\nbreak","Old Mac\rbreak"\r\n')
})

test('cells without line breaks are written as the CSV library writes them', () => {
	const cells = [
		'Brightstart CIC',
		'O’Neill & Sons, Ltd',
		'"Quoted"',
		' spaced ',
		'=SUM(A1)',
		'-5 hours',
		42,
		-3.25,
		0,
		null,
		'tab\there',
	]
	const expected = stringify(
		[cells.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))],
		{ record_delimiter: 'windows' },
	)
	expect(csvRecords([cells])).toBe(expected)
})

test('a streamed CSV download is the same file as the table written whole', async () => {
	const header = ['Reference', 'Narrative']
	const chunks = [
		[['A/1', 'First, "quoted"']],
		[],
		[
			['B/2', 'Second\nline'],
			['C/3', '=1+1'],
		],
	]
	const response = await csvDownload('delivery', header, chunks)
	expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
	expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="delivery.csv"')
	// Compared as bytes: decoding as text would drop the byte order mark.
	expect(new Uint8Array(await response.arrayBuffer())).toEqual(
		new TextEncoder().encode(tableCsv(header, chunks.flat())),
	)
	expect(tableCsv(header, [])).toBe('\ufeffReference,Narrative\r\n')
})

test('a streamed CSV download compressed here is the same file once unzipped, and says how it is encoded', async () => {
	const header = ['Reference', 'Narrative']
	const chunks = [[['A/1', 'First, "quoted"']], [['B/2', 'Second\nline']]]
	const response = await csvDownload('delivery', header, chunks, { gzip: true })
	expect(response.headers.get('Content-Encoding')).toBe('gzip')
	expect(response.headers.get('Vary')).toBe('Accept-Encoding')
	expect(new Uint8Array(gunzipSync(Buffer.from(await response.arrayBuffer())))).toEqual(
		new TextEncoder().encode(tableCsv(header, chunks.flat())),
	)
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

/** Rows that count how often they are read. */
function countedChunks(chunks: ExportCell[][][]) {
	let reads = 0
	return {
		reads: () => reads,
		*rows() {
			reads += 1
			yield* chunks
		},
	}
}

const unzipped = async (response: Response) => new Uint8Array(gunzipSync(Buffer.from(await response.arrayBuffer())))

test('a cached download is answered from its copy, zipped or not, without reading the rows again', async () => {
	const header = ['Reference', 'Narrative']
	const chunks = [[['A/1', 'First']], [['B/2', 'Second\nline']]]
	const whole = new TextEncoder().encode(tableCsv(header, chunks.flat()))
	const counted = countedChunks(chunks)
	expect(
		await unzipped(await csvDownload('delivery', header, counted.rows(), { gzip: true, cacheAs: 'cached: answered' })),
	).toEqual(whole)
	expect(counted.reads()).toBe(1)

	const again = await csvDownload('delivery', header, counted.rows(), { gzip: true, cacheAs: 'cached: answered' })
	expect(again.headers.get('Content-Encoding')).toBe('gzip')
	expect(again.headers.get('Content-Disposition')).toBe('attachment; filename="delivery.csv"')
	const againBytes = Buffer.from(await again.arrayBuffer())
	// Its length is known, so the browser can show how far the download has got.
	expect(again.headers.get('Content-Length')).toBe(String(againBytes.length))
	expect(new Uint8Array(gunzipSync(againBytes))).toEqual(whole)
	const plain = await csvDownload('delivery', header, counted.rows(), { gzip: false, cacheAs: 'cached: answered' })
	expect(plain.headers.get('Content-Encoding')).toBeNull()
	expect(new Uint8Array(await plain.arrayBuffer())).toEqual(whole)
	expect(counted.reads()).toBe(1)

	// Another key is another download.
	await (
		await csvDownload('delivery', header, counted.rows(), { gzip: true, cacheAs: 'cached: someone else' })
	).arrayBuffer()
	expect(counted.reads()).toBe(2)
})

test('a cached download is made again once the data changes', async () => {
	const counted = countedChunks([[['A/1', 'First']]])
	await (
		await csvDownload('delivery', ['Reference'], counted.rows(), { gzip: true, cacheAs: 'cached: changed' })
	).arrayBuffer()
	createOrganisation(db, { kind: 'supplier', name: 'Changes Everything Ltd' })
	await (
		await csvDownload('delivery', ['Reference'], counted.rows(), { gzip: true, cacheAs: 'cached: changed' })
	).arrayBuffer()
	expect(counted.reads()).toBe(2)
	await (
		await csvDownload('delivery', ['Reference'], counted.rows(), { gzip: true, cacheAs: 'cached: changed' })
	).arrayBuffer()
	expect(counted.reads()).toBe(2)
})

test('a download the client gives up on, or one not compressed here, is not cached', async () => {
	const counted = countedChunks(Array.from({ length: 50 }, (_, i) => [[`R/${i}`, 'x'.repeat(10_000)]]))
	const abandoned = await csvDownload('delivery', ['Reference', 'Narrative'], counted.rows(), {
		gzip: true,
		cacheAs: 'cached: abandoned',
	})
	const reader = abandoned.body!.getReader()
	await reader.read()
	await reader.cancel()
	await (
		await csvDownload('delivery', ['Reference', 'Narrative'], counted.rows(), {
			gzip: false,
			cacheAs: 'cached: abandoned',
		})
	).arrayBuffer()
	await (
		await csvDownload('delivery', ['Reference', 'Narrative'], counted.rows(), {
			gzip: true,
			cacheAs: 'cached: abandoned',
		})
	).arrayBuffer()
	expect(counted.reads()).toBe(3)
})

test('other work gets a turn between the chunks of a CSV download, however fast it is read', async () => {
	let made = 0
	function* chunks() {
		for (let c = 0; c < 20; c++) {
			made += 1
			yield Array.from({ length: 200 }, (_, i): ExportCell[] => [`R/${c}-${i}`, 'x'.repeat(300)])
		}
	}
	for (const gzip of [false, true]) {
		made = 0
		const madeWhenOtherWorkRan: number[] = []
		const other = setInterval(() => madeWhenOtherWorkRan.push(made), 0)
		await (await csvDownload('delivery', ['Reference', 'Narrative'], chunks(), { gzip })).arrayBuffer()
		clearInterval(other)
		expect(
			madeWhenOtherWorkRan.some((count) => count > 0 && count < 20),
			`gzip: ${gzip}`,
		).toBe(true)
	}
})

test('a download asked for while its copy is being made waits for that copy rather than reading the rows again', async () => {
	const header = ['Reference', 'Narrative']
	const counted = countedChunks(Array.from({ length: 20 }, (_, i) => [[`R/${i}`, 'x'.repeat(5_000)]]))
	const whole = new TextEncoder().encode(
		tableCsv(
			header,
			Array.from({ length: 20 }, (_, i) => [`R/${i}`, 'x'.repeat(5_000)]),
		),
	)
	const first = await csvDownload('delivery', header, counted.rows(), { gzip: true, cacheAs: 'cached: at once' })
	// Asked for before the first has been read at all.
	const [second, third] = await Promise.all([
		unzipped(first),
		csvDownload('delivery', header, counted.rows(), { gzip: true, cacheAs: 'cached: at once' }).then(unzipped),
		csvDownload('delivery', header, counted.rows(), { gzip: false, cacheAs: 'cached: at once' }).then(
			async (response) => new Uint8Array(await response.arrayBuffer()),
		),
	]).then(([firstBytes, ...others]) => {
		expect(firstBytes).toEqual(whole)
		return others
	})
	expect(second).toEqual(whole)
	expect(third).toEqual(whole)
	expect(counted.reads()).toBe(1)
})

test('when the copy being made is abandoned, whoever waited for it makes their own', async () => {
	const header = ['Reference', 'Narrative']
	const counted = countedChunks(Array.from({ length: 50 }, (_, i) => [[`R/${i}`, 'x'.repeat(10_000)]]))
	const abandoned = await csvDownload('delivery', header, counted.rows(), { gzip: true, cacheAs: 'cached: given up' })
	const waiting = csvDownload('delivery', header, counted.rows(), { gzip: true, cacheAs: 'cached: given up' })
	const reader = abandoned.body!.getReader()
	await reader.read()
	await reader.cancel()
	const bytes = await unzipped(await waiting)
	expect(new TextDecoder().decode(bytes)).toContain('R/49,')
	expect(counted.reads()).toBe(2)
})

test('a copy whose client stops reading is waited for five seconds, then the rows are read again', async () => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
	try {
		const counted = countedChunks(Array.from({ length: 50 }, (_, i) => [[`R/${i}`, 'x'.repeat(10_000)]]))
		const stalled = await csvDownload('delivery', ['Reference', 'Narrative'], counted.rows(), {
			gzip: true,
			cacheAs: 'cached: stalled',
		})
		let answered = false
		const waiting = csvDownload('delivery', ['Reference', 'Narrative'], counted.rows(), {
			gzip: true,
			cacheAs: 'cached: stalled',
		}).then((response) => {
			answered = true
			return response
		})
		await vi.advanceTimersByTimeAsync(4_900)
		expect(answered).toBe(false)
		await vi.advanceTimersByTimeAsync(200)
		expect(new TextDecoder().decode(await unzipped(await waiting))).toContain('R/49,')
		expect(counted.reads()).toBe(2)
		await stalled.body!.cancel()
	} finally {
		vi.useRealTimers()
	}
})

test('every download says its type and file name, and is never stored', async () => {
	const csv = fileDownload('csv', 'register', 'a,b\r\n')
	expect(Object.fromEntries(csv.headers)).toEqual({
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': 'attachment; filename="register.csv"',
		'cache-control': 'no-store',
	})
	expect(await csv.text()).toBe('a,b\r\n')
	expect(downloadHeaders('xlsx', 'plan')).toEqual({
		'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		'Content-Disposition': 'attachment; filename="plan.xlsx"',
		'Cache-Control': 'no-store',
	})
	const table = await tableDownload('csv', 'plan', { sheet: 'Plan', header: ['a'], rows: [['b']], widths: [10] })
	expect(table.headers.get('content-disposition')).toBe('attachment; filename="plan.csv"')
})

test('a file name keeps letters, digits, dots, underscores and hyphens, and nothing a header could be broken with', () => {
	expect(safeFileName('toms-2026/27 (illustrative)', 'toms')).toBe('toms-2026-27-illustrative')
	expect(safeFileName('comparison-LIB/2027/003', 'comparison')).toBe('comparison-LIB-2027-003')
	expect(safeFileName('"; filename=evil.exe\r\n', 'toms')).toBe('filename-evil.exe')
	expect(safeFileName('££', 'toms')).toBe('toms')
})

import { constants, deflateRawSync } from 'node:zlib'
import { zipSync } from 'fflate'
import { expect, test } from 'vitest'
import { readMatrixWorkbook } from '#app/lib/matrix-spreadsheet.server.ts'
import { readSpreadsheet } from '#app/lib/toms-spreadsheet.server.ts'
import {
	MAX_INFLATED_BYTES,
	MAX_PARTS,
	TOO_LARGE_INFLATED,
	TOO_MANY_PARTS,
	unpackWorkbook,
} from './xlsx-parts.server.ts'

const MB = 1024 * 1024

/**
 * Deflated zeros, quickly made at any size: one megabyte deflated and left open, repeated, then
 * an empty final block. Each copy refers back only to zeros, so the whole inflates to zeros.
 */
function deflatedZeros(megabytes: number): Uint8Array {
	const megabyte = deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
	return Buffer.concat([...Array.from({ length: megabytes }, () => megabyte), Buffer.from([0x03, 0x00])])
}

type Entry = { name: string; deflated: Uint8Array; claimedSize: number }

/** A ZIP header: its length, and each field as [offset, size in bytes, value], little-endian. */
function header(length: number, fields: Array<[number, 2 | 4, number]>): Buffer {
	const bytes = Buffer.alloc(length)
	for (const [at, size, value] of fields) {
		if (size === 2) bytes.writeUInt16LE(value, at)
		else bytes.writeUInt32LE(value, at)
	}
	return bytes
}

/**
 * A ZIP written byte by byte, so its headers can claim whatever a test wants: every entry's
 * size is `claimedSize` in both its local header and the central directory, which is
 * written `directoryTimes` times over (naming each entry that many times).
 */
function zipOf(entries: Entry[], { directoryTimes = 1 } = {}): Uint8Array {
	const locals: Buffer[] = []
	const directory: Buffer[] = []
	let offset = 0
	for (const entry of entries) {
		const name = Buffer.from(entry.name)
		const sizes: Array<[number, 2 | 4, number]> = [
			[18, 4, entry.deflated.byteLength],
			[22, 4, entry.claimedSize],
			[26, 2, name.byteLength],
		]
		// Version 2.0, deflated; the central directory's fields sit two bytes further on, then its offset.
		locals.push(header(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, 8], ...sizes]), name, Buffer.from(entry.deflated))
		directory.push(
			header(46, [
				[0, 4, 0x02014b50],
				[4, 2, 20],
				...sizes.map(([at, size, value]): [number, 2 | 4, number] => [at + 2, size, value]),
				[6, 2, 20],
				[10, 2, 8],
				[42, 4, offset],
			]),
			name,
		)
		offset += 30 + name.byteLength + entry.deflated.byteLength
	}
	const once = Buffer.concat(directory)
	const centralDirectory = Buffer.concat(Array.from({ length: directoryTimes }, () => once))
	const count = entries.length * directoryTimes
	const end = header(22, [
		[0, 4, 0x06054b50],
		[8, 2, count],
		[10, 2, count],
		[12, 4, centralDirectory.byteLength],
		[16, 4, offset],
	])
	return new Uint8Array(Buffer.concat([...locals, centralDirectory, end]))
}

const contentTypes = { name: '[Content_Types].xml', deflated: deflateRawSync('<Types/>'), claimedSize: 8 }

async function refusals(bytes: Uint8Array) {
	const matrix = await readMatrixWorkbook(bytes)
	const toms = await readSpreadsheet({ name: 'toms.xlsx', type: '', bytes })
	return [matrix.ok ? null : matrix.problems.map((p) => p.message), toms.ok ? null : toms.errors.map((e) => e.message)]
}

test('a zip bomb is refused in both uploads, saying why, in well under a second, whatever its headers claim', async () => {
	// A gigabyte of zeros in about a megabyte, first saying so, then claiming a kilobyte.
	const zeros = deflatedZeros(1024)
	for (const claimedSize of [1024 * MB - 1, 1024]) {
		const bomb = zipOf([contentTypes, { name: 'xl/worksheets/sheet1.xml', deflated: zeros, claimedSize }])
		expect(bomb.byteLength).toBeLessThan(2 * MB)
		const started = performance.now()
		expect(await refusals(bomb), `claiming ${claimedSize} bytes`).toEqual([[TOO_LARGE_INFLATED], [TOO_LARGE_INFLATED]])
		// Both uploads together; each once took about ten seconds when the headers lied.
		expect(performance.now() - started, `claiming ${claimedSize} bytes`).toBeLessThan(1000)
	}
})

test('parts that add up to too much are stopped at the limit, and one just under it is read', () => {
	const quarter = MAX_INFLATED_BYTES / 4 / MB
	const sheets = (megabytes: number) =>
		[1, 2, 3, 4].map((n) => ({
			name: `xl/worksheets/sheet${n}.xml`,
			deflated: deflatedZeros(megabytes),
			claimedSize: 1024,
		}))
	expect(unpackWorkbook(zipOf(sheets(quarter + 1)))).toEqual({ ok: false, tooBig: TOO_LARGE_INFLATED })
	const justUnder = unpackWorkbook(zipOf(sheets(quarter)))
	expect(justUnder.ok && [...justUnder.parts.values()].reduce((sum, part) => sum + part.byteLength, 0)).toBe(
		MAX_INFLATED_BYTES,
	)
})

test('a workbook of too many parts is refused quickly, even when it names one part over and over', async () => {
	const tiny = deflateRawSync('<worksheet/>')
	const many = Array.from({ length: MAX_PARTS + 1 }, (_, n) => ({
		name: `xl/worksheets/sheet${n}.xml`,
		deflated: tiny,
		claimedSize: 12,
	}))
	expect(unpackWorkbook(zipOf(many))).toEqual({ ok: false, tooBig: TOO_MANY_PARTS })
	const repeated = zipOf([{ name: 'xl/worksheets/sheet1.xml', deflated: tiny, claimedSize: 12 }], {
		directoryTimes: 60_000,
	})
	const started = performance.now()
	expect(await refusals(repeated)).toEqual([[TOO_MANY_PARTS], [TOO_MANY_PARTS]])
	expect(performance.now() - started).toBeLessThan(1000)
})

test('a real workbook unpacks to its XML parts only, as they are', () => {
	const sheet = '<worksheet><sheetData/></worksheet>'
	const encoded = new TextEncoder().encode(sheet)
	const unpacked = unpackWorkbook(
		zipSync({
			'[Content_Types].xml': encoded,
			'xl/worksheets/sheet1.xml': encoded,
			'xl/_rels/workbook.xml.rels': encoded,
			'xl/media/image1.png': new Uint8Array(1000),
		}),
	)
	if (!unpacked.ok) throw new Error(String(unpacked.tooBig))
	expect([...unpacked.parts.keys()].sort()).toEqual([
		'[Content_Types].xml',
		'xl/_rels/workbook.xml.rels',
		'xl/worksheets/sheet1.xml',
	])
	expect(new TextDecoder().decode(unpacked.parts.get('xl/worksheets/sheet1.xml'))).toBe(sheet)
})

test('a file that is not a ZIP, or is cut short, is not a workbook', () => {
	const whole = zipSync({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode('<worksheet/>') })
	expect(unpackWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, tooBig: null })
	expect(unpackWorkbook(whole.subarray(0, whole.byteLength - 30))).toEqual({ ok: false, tooBig: null })
})

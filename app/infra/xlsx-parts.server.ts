import { inflateRawSync } from 'node:zlib'
import { zipSync } from 'fflate'

/**
 * Which cells of an unpacked .xlsx workbook hold formulas, by sheet name. read-excel-file
 * gives only the values Excel cached, so the sheet XML itself is read here. Throws when the
 * workbook lacks the parts that say where its sheets are.
 */
export function formulaCells(parts: WorkbookParts): Map<string, string[]> {
	const decoder = new TextDecoder()
	function text(name: string): string {
		const part = parts.get(name)
		if (!part) throw new Error(`No ${name} in the workbook`)
		return decoder.decode(part)
	}
	const workbook = text('xl/workbook.xml')
	const relationships = text('xl/_rels/workbook.xml.rels')
	const targets = new Map<string, string>()
	for (const tag of relationships.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
		const id = attribute(tag, 'Id')
		const target = attribute(tag, 'Target')
		if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
	}
	const result = new Map<string, string[]>()
	for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
		const name = attribute(tag, 'name')
		const id = /\s\w+:id="([^"]*)"/.exec(tag)?.[1]
		const path = id ? targets.get(id) : undefined
		if (name === undefined || !path || !parts.has(path)) continue
		result.set(unescapeXml(name), cellsWithFormulas(text(path)))
	}
	return result
}

function cellsWithFormulas(sheetXml: string): string[] {
	const cells: string[] = []
	for (const match of sheetXml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
		const [, attributes = '', content = ''] = match
		if (/<(?:\w+:)?f[\s/>]/.test(content)) cells.push(attribute(attributes, 'r') ?? '')
	}
	return cells
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
}

function unescapeXml(text: string): string {
	return text.replace(
		/&(lt|gt|quot|apos|amp);/g,
		(_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '',
	)
}

// Far above any real workbook from a 5 MB upload, and a stop for "zip bombs" that inflate without end.
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024
export const TOO_LARGE_INFLATED = 'The workbook unpacks to more than 100 MB: remove what you added to it and try again'
// A few parts a sheet: far above any real workbook, and a stop for thousands of tiny parts, each costing time to open.
export const MAX_PARTS = 1000
export const TOO_MANY_PARTS = 'The workbook has more than 1,000 parts: remove the sheets you added to it and try again'

/** The XML parts of a workbook (the sheets, and the parts that name and style them), by path. */
export type WorkbookParts = Map<string, Uint8Array>

/** A workbook's parts, or why it could not be unpacked: a message to show, or null for "not a workbook". */
export type UnpackedWorkbook = { ok: true; parts: WorkbookParts } | { ok: false; tooBig: string | null }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const STORED = 0
const DEFLATED = 8

class Unreadable extends Error {}
class TooBig extends Error {}

/**
 * Unpacks an .xlsx (a ZIP) the way no upload can make expensive: every byte is counted as it
 * inflates, and inflating stops at MAX_INFLATED_BYTES whatever sizes the ZIP's headers claim,
 * so a "zip bomb" is refused in about a tenth of a second. Only the XML parts are
 * unpacked; images and the like are never inflated. Reads the central directory, as Excel
 * does, in place of any library that might trust the headers.
 */
export function unpackWorkbook(bytes: Uint8Array): UnpackedWorkbook {
	try {
		return { ok: true, parts: inflateParts(bytes) }
	} catch (error) {
		// Anything else (a header pointing outside the file, a broken stream) is not a workbook.
		return { ok: false, tooBig: error instanceof TooBig ? error.message : null }
	}
}

/**
 * The unpacked parts as a ZIP whose headers are true, stored rather than compressed, for
 * read-excel-file, which unpacks what it is given by its headers.
 */
export function repackedWorkbook(parts: WorkbookParts): Buffer {
	const zip = zipSync(Object.fromEntries(parts), { level: 0 })
	return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)
}

function inflateParts(bytes: Uint8Array): WorkbookParts {
	const zip = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
	const u16 = (at: number) => zip.getUint16(at, true)
	const u32 = (at: number) => zip.getUint32(at, true)
	const end = findEndOfDirectory(zip)
	const entries = u16(end + 10)
	let at = u32(end + 16)
	const parts: WorkbookParts = new Map()
	const decoder = new TextDecoder()
	let inflated = 0
	let opened = 0
	for (let i = 0; i < entries; i++) {
		if (u32(at) !== DIRECTORY_ENTRY) throw new Unreadable()
		const flags = u16(at + 8)
		const method = u16(at + 10)
		const compressedSize = u32(at + 20)
		const nameLength = u16(at + 28)
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
		const localHeader = u32(at + 42)
		at += 46 + nameLength + u16(at + 30) + u16(at + 32)
		if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue
		// Counted, not read from the map: a ZIP can name one part many times over.
		if (++opened > MAX_PARTS) throw new TooBig(TOO_MANY_PARTS)
		// Encrypted, or ZIP64 (sizes that do not fit in 32 bits): no workbook from a 5 MB upload.
		if (flags & 1 || compressedSize === 0xffffffff || u32(localHeader) !== LOCAL_HEADER) throw new Unreadable()
		const start = localHeader + 30 + u16(localHeader + 26) + u16(localHeader + 28)
		const data = bytes.subarray(start, start + compressedSize)
		let part: Uint8Array
		if (method === STORED) part = data
		else if (method === DEFLATED) part = inflateWithin(data, MAX_INFLATED_BYTES - inflated)
		else throw new Unreadable()
		inflated += part.byteLength
		if (inflated > MAX_INFLATED_BYTES) throw new TooBig(TOO_LARGE_INFLATED)
		parts.set(name, part)
	}
	return parts
}

/** Inflates raw deflate data, stopping as soon as it passes `room` bytes. */
function inflateWithin(data: Uint8Array, room: number): Uint8Array {
	try {
		// One byte more than the room: a part that needs it is over the limit. Large chunks make
		// a bomb's first 100 MB four times quicker to reach than zlib's default of 16 KB.
		return inflateRawSync(data, { maxOutputLength: room + 1, chunkSize: 256 * 1024 })
	} catch (error) {
		if (error instanceof RangeError && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')
			throw new TooBig(TOO_LARGE_INFLATED)
		throw new Unreadable()
	}
}

/** The end-of-central-directory record: the last thing in a ZIP, before a comment of up to 64 KB. */
function findEndOfDirectory(zip: DataView): number {
	for (let at = zip.byteLength - 22; at >= Math.max(0, zip.byteLength - 22 - 0xffff); at--) {
		if (zip.getUint32(at, true) === END_OF_DIRECTORY) return at
	}
	throw new Unreadable()
}

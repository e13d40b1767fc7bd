import { unzipSync } from 'fflate'

/**
 * Which cells of an .xlsx workbook hold formulas, by sheet name. read-excel-file gives only
 * the values Excel cached, so the sheet XML itself is read here: an .xlsx file is a ZIP of
 * XML parts. Throws when the file is not a ZIP that fflate can read.
 */
export function formulaCells(bytes: Uint8Array): Map<string, string[]> {
	const zip = readZip(bytes)
	const workbook = zip.text('xl/workbook.xml')
	const relationships = zip.text('xl/_rels/workbook.xml.rels')
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
		if (name === undefined || !path || !zip.has(path)) continue
		result.set(unescapeXml(name), cellsWithFormulas(zip.text(path)))
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
	return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '')
}

// Far above any real workbook from a 5 MB upload, and a stop for "zip bombs" that inflate without end.
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024
export const TOO_LARGE_INFLATED = 'The workbook unpacks to more than 100 MB: remove what you added to it and try again'

/** Whether an .xlsx (a ZIP) says it unpacks to more than any real workbook: check before opening it. */
export function inflatesTooLarge(bytes: Uint8Array): boolean {
	let total = 0
	unzipSync(bytes, {
		filter: (file) => {
			total += file.originalSize
			return false
		},
	})
	return total > MAX_INFLATED_BYTES
}

function readZip(bytes: Uint8Array) {
	const parts = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') && file.name.endsWith('.xml') || file.name.endsWith('.rels') })
	const decoder = new TextDecoder()
	return {
		has: (name: string) => name in parts,
		text(name: string): string {
			const part = parts[name]
			if (!part) throw new Error(`No ${name} in the workbook`)
			return decoder.decode(part)
		},
	}
}

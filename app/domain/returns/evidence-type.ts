import { unzipSync } from 'fflate'
import { MAX_EVIDENCE_BYTES } from './evidence-size.ts'

/**
 * Evidence files are judged by what they contain, never by their name: a name is whatever
 * the uploader typed. Anything that is not plainly one of these types is refused, which
 * also keeps out renamed programs and macro-enabled Office files.
 */

export const evidenceTypeList = ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'csv'] as const
export type EvidenceType = (typeof evidenceTypeList)[number]

export const evidenceTypes: Record<EvidenceType, { label: string; extension: string; mimeType: string }> = {
	pdf: { label: 'PDF', extension: 'pdf', mimeType: 'application/pdf' },
	png: { label: 'PNG', extension: 'png', mimeType: 'image/png' },
	jpeg: { label: 'JPEG', extension: 'jpg', mimeType: 'image/jpeg' },
	docx: {
		label: 'DOCX',
		extension: 'docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	},
	xlsx: {
		label: 'XLSX',
		extension: 'xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	},
	csv: { label: 'CSV', extension: 'csv', mimeType: 'text/csv' },
}

/** For the file input's `accept`: a hint to the browser's picker, not a check. */
export { MAX_EVIDENCE_BYTES }

export const evidenceAccept = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.csv'

const MAX_NAME_LENGTH = 100

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const ZIP = [0x50, 0x4b, 0x03, 0x04] // PK\3\4

export function sniffEvidenceType(bytes: Uint8Array): EvidenceType | null {
	if (startsWith(bytes, PDF)) return 'pdf'
	if (startsWith(bytes, PNG)) return 'png'
	if (startsWith(bytes, JPEG)) return 'jpeg'
	if (startsWith(bytes, ZIP)) return officeType(bytes)
	return isCsvText(bytes) ? 'csv' : null
}

/**
 * DOCX and XLSX are both ZIPs; the part names inside tell them apart. Only the directory is
 * read (the filter declines every entry), so a ZIP bomb is never inflated.
 */
function officeType(bytes: Uint8Array): 'docx' | 'xlsx' | null {
	const names = new Set<string>()
	try {
		unzipSync(bytes, {
			filter(file) {
				names.add(file.name)
				return false
			},
		})
	} catch {
		return null
	}
	if (!names.has('[Content_Types].xml')) return null
	// Macros live in vbaProject.bin; a .docm or .xlsm renamed to .docx is not evidence.
	if ([...names].some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return null
	const word = names.has('word/document.xml')
	const excel = names.has('xl/workbook.xml')
	if (word === excel) return null
	return word ? 'docx' : 'xlsx'
}

/**
 * UTF-8 text (a BOM is fine) with at least one non-blank line and no control characters but
 * tab, CR and LF. Markup is not a spreadsheet: text opening with "<" (HTML, SVG, XML) is
 * refused, so a page with script in it is never stored as evidence.
 */
function isCsvText(bytes: Uint8Array): boolean {
	let text: string
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
	} catch {
		return false
	}
	// Any control character (C0, DEL or C1) other than tab, LF and CR.
	if (/[^\P{Cc}\t\n\r]/u.test(text)) return false
	return /^\s*[^\s<]/.test(text)
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
	return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte)
}

/**
 * A file name safe to offer back in Content-Disposition: no folders (either slash), no
 * control or invisible formatting characters (which can disguise "exe.pdf" as "pdf.exe"), no
 * quotes, at most 100 characters, and always the extension of the type the content is.
 */
export function safeDownloadName(original: string, type: EvidenceType): string {
	const extension = evidenceTypes[type].extension
	const base = original.split(/[/\\]/).at(-1) ?? ''
	const cleaned = base
		.replace(/[\p{Cc}\p{Cf}"'`]/gu, '')
		.replace(/\s+/g, ' ')
		.trim()
	// A known evidence extension (right or wrong) is replaced; any other stays part of the name.
	// Leading dots would hide the file on some systems; trailing ones would double the dot.
	const stem = cleaned.replace(/\.(pdf|png|jpe?g|docx|xlsx|csv)$/i, '').replace(/^[.\s]+|[.\s]+$/g, '')
	const room = MAX_NAME_LENGTH - extension.length - 1
	const trimmed = Array.from(stem)
		.slice(0, room)
		.join('')
		.replace(/[.\s]+$/, '')
	return `${trimmed || 'evidence'}.${extension}`
}

/** What a file is, in the words of an error message. Any plain text counts as CSV. */
const typeDescriptions: Record<EvidenceType, string> = {
	pdf: 'a PDF',
	png: 'a PNG image',
	jpeg: 'a JPEG image',
	docx: 'a Word document (DOCX)',
	xlsx: 'an Excel spreadsheet (XLSX)',
	csv: 'a text or CSV file',
}

const typesByExtension: Record<string, EvidenceType> = {
	pdf: 'pdf',
	png: 'png',
	jpg: 'jpeg',
	jpeg: 'jpeg',
	docx: 'docx',
	xlsx: 'xlsx',
	csv: 'csv',
}

/**
 * The extension a file name ends in, lower case, or null. Up to four letters and digits, one
 * at least a letter: "minutes.2026.05" and "Mr.Smith" have none.
 */
function fileExtension(name: string): string | null {
	const base = (name.split(/[/\\]/).at(-1) ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim()
	const match = /\.((?=[a-z0-9]{0,3}[a-z])[a-z0-9]{1,4})$/i.exec(base)
	return match ? match[1]!.toLowerCase() : null
}

/**
 * A file whose content is not what its name says is refused, saying what it really is: kept,
 * it would be renamed behind the uploader's back. A name with no extension claims nothing.
 */
export function extensionMismatch(name: string, type: EvidenceType): string | null {
	const extension = fileExtension(name)
	if (extension === null) return null
	const claimed = typesByExtension[extension]
	if (claimed === type) return null
	const rename = `Rename it to .${evidenceTypes[type].extension} or choose another file`
	return claimed
		? `The selected file is ${typeDescriptions[type]}, not ${typeDescriptions[claimed]}. ${rename}`
		: `The selected file is ${typeDescriptions[type]}, but its name ends in .${extension}. ${rename}`
}

/**
 * The GOV.UK error message for an uploaded file, or null if it is acceptable. A browser
 * sends an empty, unnamed file when none was chosen.
 */
export function evidenceProblem(name: string, bytes: Uint8Array): string | null {
	if (bytes.length === 0) return name === '' ? 'Select a file' : 'The selected file is empty'
	if (bytes.length > MAX_EVIDENCE_BYTES) return 'The selected file must be smaller than 10 MB'
	const type = sniffEvidenceType(bytes)
	if (type === null) return 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or CSV'
	return extensionMismatch(name, type)
}

/**
 * The Content-Disposition header for a download: an ASCII fallback for old clients and the
 * exact name encoded for the rest (RFC 6266). Expects a name from `safeDownloadName`.
 */
export function contentDisposition(safeName: string): string {
	const fallback = safeName.replace(/[^\x20-\x7e]|[%\\"]/g, '_')
	const encoded = encodeURIComponent(safeName).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	)
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

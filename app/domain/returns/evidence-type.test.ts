import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, test } from 'vitest'
import {
	contentDisposition,
	evidenceAccept,
	evidenceProblem,
	evidenceTypeList,
	evidenceTypes,
	MAX_EVIDENCE_BYTES,
	safeDownloadName,
	sniffEvidenceType,
} from './evidence-type.ts'

const bytes = (...parts: Array<string | number[]>) =>
	new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)))
const base64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'))
const utf8 = (text: string) => new TextEncoder().encode(text)

const pdf = utf8(
	'%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
)
// A 1×1 PNG.
const png = base64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')
// The start of a 1×1 JFIF image, and of a camera's Exif one.
const jpeg = base64(
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
)
const exifJpeg = bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x16], 'Exif', [0, 0], 'MM', [0, 0x2a])

const contentTypes = (main: string) =>
	strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="${main}" ContentType="application/xml"/></Types>`,
	)

function docxFiles(): Zippable {
	return {
		'[Content_Types].xml': contentTypes('/word/document.xml'),
		'_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
		'word/document.xml': strToU8(
			'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>12 apprentices started</w:t></w:r></w:p></w:body></w:document>',
		),
	}
}

function xlsxFiles(): Zippable {
	return {
		'[Content_Types].xml': contentTypes('/xl/workbook.xml'),
		'_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
		'xl/workbook.xml': strToU8(
			'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Hours" sheetId="1"/></sheets></workbook>',
		),
		'xl/worksheets/sheet1.xml': strToU8(
			'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
		),
	}
}

const docx = zipSync(docxFiles())
const xlsx = zipSync(xlsxFiles())
const csv = utf8('Date,Volunteer hours,Site\n2026-07-04,12.5,Riverside Park\n')

describe('the type is decided by content', () => {
	test.each([
		['pdf', pdf],
		['png', png],
		['jpeg', jpeg],
		['jpeg', exifJpeg],
		['docx', docx],
		['xlsx', xlsx],
		['csv', csv],
	] as const)('%s', (type, fixture) => {
		expect(sniffEvidenceType(fixture)).toBe(type)
	})

	test('stored and deflated Office files alike', () => {
		expect(sniffEvidenceType(zipSync(docxFiles(), { level: 0 }))).toBe('docx')
		expect(sniffEvidenceType(zipSync(xlsxFiles(), { level: 9 }))).toBe('xlsx')
	})

	test('CSV: a byte order mark, CRLF, tabs, one line, and non-ASCII text are fine', () => {
		expect(sniffEvidenceType(utf8('\ufeffMeasure,Delivered\r\nJ1,£1,250\r\n'))).toBe('csv')
		expect(sniffEvidenceType(utf8('Measure\tDelivered\nJ1\t12\n'))).toBe('csv')
		expect(sniffEvidenceType(utf8('12'))).toBe('csv')
		expect(sniffEvidenceType(utf8('Gwirfoddolwyr,Oriau\nCaerdydd – Ysgol,15\n'))).toBe('csv')
	})
})

describe('anything else is refused', () => {
	test.each([
		['nothing at all', new Uint8Array()],
		[
			'a Windows program',
			bytes('MZ', [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], 'This program cannot be run in DOS mode'),
		],
		['a Linux program', bytes([0x7f], 'ELF', [0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00])],
		['a GIF', bytes('GIF89a', [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00])],
		['a plain ZIP', zipSync({ 'notes.txt': strToU8('hello') })],
		['a ZIP that claims to be both Word and Excel', zipSync({ ...docxFiles(), ...xlsxFiles() })],
		['Word parts without content types', zipSync({ 'word/document.xml': strToU8('<w:document/>') })],
		[
			'a macro-enabled Word file',
			zipSync({ ...docxFiles(), 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }),
		],
		[
			'a macro-enabled workbook',
			zipSync({ ...xlsxFiles(), 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }),
		],
		['a truncated Word file', docx.slice(0, docx.length - 40)],
		['a ZIP header and rubbish', bytes('PK', [0x03, 0x04], 'not really a zip at all')],
		['Windows-1252 text (£ as 0xA3)', bytes('Measure,Value\nJ1,', [0xa3], '12\n')],
		['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x4a, 0x00, 0x31, 0x00])],
		['text with a NUL', bytes('a,b\n1,', [0x00], '\n')],
		['text with a bell', utf8('a,b\n1,\u0007\n')],
		['text with a C1 control', utf8('a,b\n1,\u0085\n')],
		['blank text', utf8(' \r\n\t\n')],
		['an HTML page', utf8('<!doctype html><script>alert(1)</script>')],
		['an SVG', utf8('\ufeff  <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
	])('%s', (_name, fixture) => {
		expect(sniffEvidenceType(fixture)).toBeNull()
	})
})

describe('problems with an upload, as GOV.UK words them', () => {
	test('no file chosen, or an empty one', () => {
		expect(evidenceProblem('', new Uint8Array())).toBe('Select a file')
		expect(evidenceProblem('notes.pdf', new Uint8Array())).toBe('The selected file is empty')
	})

	test('10 MB is the most', () => {
		const atLimit = new Uint8Array(MAX_EVIDENCE_BYTES)
		atLimit.set(pdf)
		expect(evidenceProblem('big.pdf', atLimit)).toBeNull()
		const overLimit = new Uint8Array(MAX_EVIDENCE_BYTES + 1)
		overLimit.set(pdf)
		expect(evidenceProblem('big.pdf', overLimit)).toBe('The selected file must be smaller than 10 MB')
	})

	test('a renamed program is the wrong type, whatever it is called', () => {
		const wrongType = 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or CSV'
		expect(evidenceProblem('report.pdf', bytes('MZ', [0x90, 0x00, 0x03, 0x00]))).toBe(wrongType)
		expect(evidenceProblem('photo.jpg', bytes([0x7f], 'ELF', [0x02, 0x01, 0x01, 0x00]))).toBe(wrongType)
		expect(evidenceProblem('hours.xlsx', zipSync({ 'payload.exe': bytes('MZ') }))).toBe(wrongType)
	})

	test('a name that matches the content, or claims nothing, is fine: odd names are cleaned later, not refused', () => {
		expect(evidenceProblem('..\\..\\windows\\report\u0000.pdf', pdf)).toBeNull()
		expect(evidenceProblem('hours', xlsx)).toBeNull()
		expect(evidenceProblem('minutes.2026.05', docx)).toBeNull()
		expect(evidenceProblem('Letter to Mr.Smith', docx)).toBeNull()
		expect(evidenceProblem('PHOTO.JPEG', jpeg)).toBeNull()
		expect(evidenceProblem('site visit.jpg', exifJpeg)).toBeNull()
		expect(evidenceProblem('Hours.CSV', csv)).toBeNull()
	})
})

describe('a file whose content is not what its name says is refused, saying what it really is', () => {
	test.each([
		[
			'PNG bytes named .pdf',
			'photo.pdf',
			png,
			'The selected file is a PNG image, not a PDF. Rename it to .png or choose another file',
		],
		[
			'text named .pdf',
			'notes.pdf',
			utf8('Meeting notes: 12 volunteers came.\n'),
			'The selected file is a text or CSV file, not a PDF. Rename it to .csv or choose another file',
		],
		[
			'a PDF named .jpg',
			'scan.jpg',
			pdf,
			'The selected file is a PDF, not a JPEG image. Rename it to .pdf or choose another file',
		],
		[
			'a JPEG named .png',
			'site.png',
			jpeg,
			'The selected file is a JPEG image, not a PNG image. Rename it to .jpg or choose another file',
		],
		[
			'a workbook named .docx',
			'hours.docx',
			xlsx,
			'The selected file is an Excel spreadsheet (XLSX), not a Word document (DOCX). Rename it to .xlsx or choose another file',
		],
		[
			'a Word document named .xlsx',
			'report.xlsx',
			docx,
			'The selected file is a Word document (DOCX), not an Excel spreadsheet (XLSX). Rename it to .docx or choose another file',
		],
		[
			'a PDF named .csv',
			'hours.csv',
			pdf,
			'The selected file is a PDF, not a text or CSV file. Rename it to .pdf or choose another file',
		],
		[
			'a PDF named .exe',
			'report.exe',
			pdf,
			'The selected file is a PDF, but its name ends in .exe. Rename it to .pdf or choose another file',
		],
		[
			'text named .txt',
			'notes.txt',
			csv,
			'The selected file is a text or CSV file, but its name ends in .txt. Rename it to .csv or choose another file',
		],
		[
			'a PDF hiding its name behind a direction mark',
			'invoice\u202efdp.exe',
			pdf,
			'The selected file is a PDF, but its name ends in .exe. Rename it to .pdf or choose another file',
		],
	] as const)('%s', (_case, name, fixture, message) => {
		expect(evidenceProblem(name, fixture)).toBe(message)
	})
})

describe('download names', () => {
	test.each([
		['report.pdf', 'pdf', 'report.pdf'],
		['C:\\Users\\jo\\Desktop\\Q2 report.pdf', 'pdf', 'Q2 report.pdf'],
		['../../etc/passwd', 'pdf', 'passwd.pdf'],
		['folder/sub\\mixed/photo.png', 'png', 'photo.png'],
		['photo.jpeg', 'jpeg', 'photo.jpg'],
		['PHOTO.JPG', 'jpeg', 'PHOTO.jpg'],
		['photo.png', 'jpeg', 'photo.jpg'],
		['report.exe', 'pdf', 'report.exe.pdf'],
		['minutes.2026.05', 'docx', 'minutes.2026.05.docx'],
		['Q3 "final" supplier\'s `copy`.docx', 'docx', 'Q3 final suppliers copy.docx'],
		['invoice\u202efdp.exe', 'pdf', 'invoicefdp.exe.pdf'],
		['line\r\nSet-Cookie: a=b.csv', 'csv', 'lineSet-Cookie: a=b.csv'],
		['tab\there.csv', 'csv', 'tabhere.csv'],
		['  spaced    out  .pdf ', 'pdf', 'spaced out.pdf'],
		['.htaccess', 'csv', 'htaccess.csv'],
		['report.', 'pdf', 'report.pdf'],
		['', 'pdf', 'evidence.pdf'],
		['/', 'pdf', 'evidence.pdf'],
		['.pdf', 'pdf', 'evidence.pdf'],
		['"\u0000"', 'xlsx', 'evidence.xlsx'],
		['Adroddiad cynnydd – Ch3.xlsx', 'xlsx', 'Adroddiad cynnydd – Ch3.xlsx'],
	] as const)('%j as %s → %j', (original, type, expected) => {
		expect(safeDownloadName(original, type)).toBe(expected)
	})

	test('at most 100 characters, extension included', () => {
		const name = safeDownloadName(`${'a'.repeat(300)}.pdf`, 'pdf')
		expect(name).toHaveLength(100)
		expect(name).toBe(`${'a'.repeat(96)}.pdf`)
		expect(Array.from(safeDownloadName('£'.repeat(200), 'csv'))).toHaveLength(100)
		expect(safeDownloadName('🎉'.repeat(200), 'csv')).toBe(`${'🎉'.repeat(96)}.csv`)
		expect(safeDownloadName(`${'a'.repeat(95)}. b`, 'pdf')).toBe(`${'a'.repeat(95)}.pdf`)
	})

	test('Content-Disposition carries an ASCII fallback and the exact name', () => {
		expect(contentDisposition('report.pdf')).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`)
		expect(contentDisposition('Adroddiad – Ch3.xlsx')).toBe(
			`attachment; filename="Adroddiad _ Ch3.xlsx"; filename*=UTF-8''Adroddiad%20%E2%80%93%20Ch3.xlsx`,
		)
		expect(contentDisposition('100% done (v2).pdf')).toBe(
			`attachment; filename="100_ done (v2).pdf"; filename*=UTF-8''100%25%20done%20%28v2%29.pdf`,
		)
	})
})

test('every type has an extension and a MIME type, and the picker offers them all', () => {
	for (const type of evidenceTypeList) {
		expect(evidenceTypes[type].extension).toMatch(/^[a-z]+$/)
		expect(evidenceTypes[type].mimeType).toMatch(/^[a-z]+\/[\w.+-]+$/)
		expect(evidenceAccept.split(',')).toContain(`.${evidenceTypes[type].extension}`)
	}
	expect(evidenceTypes.docx.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
	expect(evidenceTypes.xlsx.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
	expect(MAX_EVIDENCE_BYTES).toBe(10_485_760)
})

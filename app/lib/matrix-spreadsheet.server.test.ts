import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { and, eq } from 'drizzle-orm'
import { strFromU8, unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { auditEvents, matrixLines, matrixMilestones } from '#db/schema.ts'
import { hoursLine, matrixVersion, setUpMatrixTender, textLine } from '#tests/matrix-fixture.ts'
import { SHEET_DATE } from '#app/domain/matrix/spreadsheet-layout.ts'
import { loader as downloadLoader } from '#app/routes/resources/matrix-spreadsheet.ts'
import type { SessionUser } from './auth.server.ts'
import { startMatrix, STALE } from './matrices.server.ts'
import { saveLine } from './matrix-lines.server.ts'
import { loadMatrixWorkspace } from './matrix-workspace.server.ts'
import { MAX_IMPORT_BYTES } from './toms-spreadsheet.server.ts'
import {
	matrixSpreadsheetName,
	matrixWorkbook,
	readMatrixWorkbook,
	uploadMatrixSpreadsheet,
} from './matrix-spreadsheet.server.ts'
import { createSession, SESSION_COOKIE } from './session.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let deadlineAt: number
let hoursMeasure: number
let textMeasure: number
let supplierA: SessionUser
let supplierB: SessionUser
let matrixId: number

beforeAll(async () => {
	const setUp = await setUpMatrixTender('SS/1', now)
	;({ deadlineAt, hoursMeasure, textMeasure, supplierA, supplierB } = setUp)
	matrixId = (startMatrix(supplierA, setUp.tenderId, ctx) as { matrixId: number }).matrixId
})

type Rows = Array<Array<string | number | boolean | Date | null>>

/** The matrix as downloaded, read back cell by cell as a spreadsheet program would show it. */
async function downloadRows() {
	const bytes = await matrixWorkbook(loadMatrixWorkspace(matrixId)!)
	const sheets = await readXlsxFile(bytes)
	return Object.fromEntries(sheets.map((sheet) => [sheet.sheet, sheet.data as unknown as Rows]))
}

/** Writes sheets back to a real .xlsx file, as a supplier saving from Excel would. */
async function workbook(sheets: Record<string, Array<Array<Cell>>>): Promise<Uint8Array> {
	const buffer = await writeXlsxFile(
		Object.entries(sheets).map(([sheet, rows]) => ({
			sheet,
			data: rows.map((row) =>
				row.map((cell) => (cell instanceof Date ? { value: cell, type: Date, format: 'dd/mm/yyyy' } : cell)),
			) as SheetData,
		})),
	).toBuffer()
	return new Uint8Array(buffer)
}

function snapshot() {
	return {
		version: matrixVersion(matrixId),
		lines: db.select().from(matrixLines).where(eq(matrixLines.matrixId, matrixId)).all(),
		milestones: db.select().from(matrixMilestones).all(),
	}
}

async function upload(bytes: Uint8Array, options: { user?: SessionUser; version?: number; at?: number } = {}) {
	return uploadMatrixSpreadsheet(
		options.user ?? supplierA,
		{ matrixId, version: options.version ?? matrixVersion(matrixId), bytes },
		{ ...ctx, now: options.at ?? now },
	)
}

function save(measureId: number, entry: typeof hoursLine) {
	expect(saveLine(supplierA, { matrixId, measureId, version: matrixVersion(matrixId), entry }, ctx)).toEqual({
		ok: true,
	})
}

describe('download', () => {
	test('every measure in scope, with the saved answers, numbers as numbers and dates as dates', async () => {
		save(hoursMeasure, hoursLine)
		const { Commitments, Milestones } = await downloadRows()
		expect(Commitments![0]![0]).toBe('Social value matrix: spreadsheet template version 1')
		expect(Commitments![1]!.slice(0, 3)).toEqual(['Tender', 'SS/1', 'Library cleaning'])
		expect(Commitments![4]!.slice(0, 8)).toEqual([
			'V-1',
			'Communities',
			'Volunteering hours',
			'Hours',
			16.93,
			200,
			null,
			'No',
		])
		expect(Commitments![5]!.slice(0, 2)).toEqual(['V-2', 'Communities'])
		expect(Milestones).toEqual([
			['Code', 'Measure', 'Milestone date', 'Running total by then'],
			['V-1', 'Volunteering hours', new Date(Date.UTC(2028, 2, 31)), 100],
			['V-1', 'Volunteering hours', new Date(Date.UTC(2029, 2, 31)), 200],
		])
		expect(matrixSpreadsheetName('SS/1')).toBe('SS-1-social-value-matrix')
	})

	test('uploading the file unchanged gives back exactly what was saved', async () => {
		const before = loadMatrixWorkspace(matrixId)!.lines.map((line) => line.entry)
		const bytes = new Uint8Array(await matrixWorkbook(loadMatrixWorkspace(matrixId)!))
		expect(await upload(bytes)).toEqual({ ok: true, lines: 1 })
		expect(loadMatrixWorkspace(matrixId)!.lines.map((line) => line.entry)).toEqual(before)
	})

	test('only members of the organisation can download it', async () => {
		const request = (user: SessionUser) =>
			new Request(`http://localhost/matrices/${matrixId}/spreadsheet`, {
				headers: { Cookie: `${SESSION_COOKIE}=${createSession(user.id, Date.now()).token}` },
			})
		const args = (user: SessionUser) =>
			({
				request: request(user),
				params: { matrixId: String(matrixId) },
				context: { clientIp: '127.0.0.1' },
			}) as unknown as Parameters<typeof downloadLoader>[0]
		const own = await downloadLoader(args(supplierA))
		// Answered as every download is (fileDownload): named, typed, and never stored.
		expect(Object.fromEntries(own.headers)).toEqual({
			'cache-control': 'no-store',
			'content-disposition': 'attachment; filename="SS-1-social-value-matrix.xlsx"',
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		})
		expect((await readXlsxFile(Buffer.from(await own.arrayBuffer()))).map((sheet) => sheet.sheet)).toEqual([
			'Commitments',
			'Milestones',
		])
		const refused = await downloadLoader(args(supplierB)).catch((error: unknown) => error)
		expect(refused).toBeInstanceOf(Response)
		expect((refused as Response).status).toBe(404)
	})
})

describe('dates', () => {
	/** A date as Excel shows it in a format like "dd/mm/yyyy". */
	function shownAs(date: Date, format: string): string {
		const pad = (n: number) => String(n).padStart(2, '0')
		return format
			.replace('yyyy', String(date.getUTCFullYear()))
			.replace('mm', pad(date.getUTCMonth() + 1))
			.replace('dd', pad(date.getUTCDate()))
	}
	/** Everything that reads like a date with numbers: 31/03/2028, 2028-03-31, 3-31-28. */
	const datesIn = (text: string) => text.match(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/g) ?? []

	test('one format everywhere: the workbook’s date cells and instructions, its upload page, its messages and its documentation', async () => {
		save(hoursMeasure, hoursLine)
		const bytes = await matrixWorkbook(loadMatrixWorkspace(matrixId)!)
		const styles = strFromU8(unzipSync(new Uint8Array(bytes))['xl/styles.xml']!)
		const dateFormats = [...styles.matchAll(/formatCode="([^"]*)"/g)]
			.map((match) => match[1]!)
			.filter((code) => /y/i.test(code))
		expect(dateFormats).toEqual([SHEET_DATE.excelFormat])
		expect(shownAs(new Date(Date.UTC(2028, 2, 31)), SHEET_DATE.excelFormat)).toBe(SHEET_DATE.example)

		const { Commitments, Milestones } = await downloadRows()
		expect(datesIn(String(Commitments![2]![0]))).toEqual([SHEET_DATE.example])
		Milestones![1]![2] = '31 March 2028'
		const result = await upload(await workbook({ Commitments: Commitments!, Milestones: Milestones! }))
		expect(result).toMatchObject({
			ok: false,
			problems: [
				{
					sheet: 'Milestones',
					row: 2,
					column: 'C (Milestone date)',
					message: `Enter a real date for milestone 1, like ${SHEET_DATE.example}`,
				},
			],
		})

		for (const file of ['docs/matrix-spreadsheet-format.md', 'app/routes/supplier/matrix-upload.tsx']) {
			const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
			expect(datesIn(text), file).toEqual(datesIn(text).map(() => SHEET_DATE.example))
		}
		expect(readFileSync(new URL('../../docs/matrix-spreadsheet-format.md', import.meta.url), 'utf8')).toContain(
			SHEET_DATE.example,
		)
	})
})

describe('upload', () => {
	test('a good file replaces every line and milestone in one go, bumps the version and is audited', async () => {
		save(hoursMeasure, hoursLine)
		save(textMeasure, textLine)
		const { Commitments, Milestones } = await downloadRows()
		// V-1: a new quantity and milestones typed as UK dates and Excel dates; V-2 cleared.
		Commitments![4]![5] = 300.5
		Commitments![4]![9] = 'Sam Lee'
		Commitments![5] = [
			'V-2',
			'Communities',
			'How you will help',
			'Text',
			'Qualitative (no £ value)',
			null,
			null,
			'No',
			null,
			null,
			null,
			null,
			null,
		]
		const milestones = [
			Milestones![0]!,
			['V-1', '', '30/09/2027', 50],
			['V-1', '', new Date(Date.UTC(2029, 2, 31)), 300.5],
		]
		const version = matrixVersion(matrixId)

		expect(await upload(await workbook({ Commitments: Commitments!, Milestones: milestones }))).toEqual({
			ok: true,
			lines: 1,
		})

		const lines = loadMatrixWorkspace(matrixId)!.lines
		expect(lines[0]!.entry).toEqual({
			...hoursLine,
			quantityHundredths: 300_50,
			responsibleName: 'Sam Lee',
			milestones: [
				{ date: '2027-09-30', cumulativeHundredths: 50_00 },
				{ date: '2029-03-31', cumulativeHundredths: 300_50 },
			],
		})
		expect(lines[1]!.entry).toBeNull()
		expect(lines[1]!.status).toBe('not_started')
		expect(matrixVersion(matrixId)).toBe(version + 1)
		const audit = db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'matrix_uploaded'), eq(auditEvents.subjectId, String(matrixId))))
			.all()
		expect(audit.at(-1)).toMatchObject({ actorUserId: supplierA.id, detail: { lines: 1 } })
	})

	test('a file with a formula changes nothing and says where the formula is', async () => {
		const { Commitments, Milestones } = await downloadRows()
		const before = snapshot()
		const cells = Commitments!.map((row) => [...row]) as Array<Array<Cell>>
		cells[4]![5] = { type: 'Formula', value: '100*3' }
		expect(await upload(await workbook({ Commitments: cells, Milestones: Milestones! }))).toEqual({
			ok: false,
			status: 400,
			problems: [
				{
					sheet: 'Commitments',
					row: 5,
					column: 'F (Quantity)',
					message: 'Replace the formula with the value it gives: type the value itself',
				},
			],
		})
		expect(snapshot()).toEqual(before)
	})

	test('bad cells change nothing, and every one is reported with its row and column', async () => {
		const { Commitments, Milestones } = await downloadRows()
		const before = snapshot()
		Commitments![4]![5] = 'three hundred'
		Commitments![4]![11] = 'not an email'
		Milestones![1]![2] = '31/02/2028'
		Milestones![2]![3] = -4
		const result = await upload(await workbook({ Commitments: Commitments!, Milestones: Milestones! }))
		expect(result).toMatchObject({
			ok: false,
			status: 400,
			problems: [
				{
					sheet: 'Commitments',
					row: 5,
					column: 'F (Quantity)',
					message: 'Quantity must be a number, like 250 or 12.5',
				},
				{ sheet: 'Commitments', row: 5, column: 'L (Responsible person: email)' },
				{ sheet: 'Milestones', row: 2, column: 'C (Milestone date)' },
				{
					sheet: 'Milestones',
					row: 3,
					column: 'D (Running total by then)',
					message: 'Running total for milestone 2 must be 0 or more',
				},
			],
		})
		expect(snapshot()).toEqual(before)
	})

	test('files that are not the matrix spreadsheet are refused and change nothing', async () => {
		const before = snapshot()
		const refusal = async (bytes: Uint8Array) => {
			const result = await upload(bytes)
			return result.ok ? null : result.problems.map((problem) => problem.message)
		}
		expect(await refusal(new TextEncoder().encode('code,quantity\nV-1,3\n'))).toEqual([
			'The file must be an Excel workbook (.xlsx): upload the spreadsheet you downloaded from your matrix',
		])
		expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual([
			'The file is an old Excel (.xls) workbook: save it as an Excel Workbook (.xlsx) and try again',
		])
		expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual([
			'The file must be an Excel workbook (.xlsx): upload the spreadsheet you downloaded from your matrix',
		])
		expect(await refusal(new Uint8Array())).toEqual(['The file is empty'])
		expect(
			await refusal(
				await workbook({
					Sheet1: [
						['code', 'quantity'],
						['V-1', 3],
					],
				}),
			),
		).toEqual([
			'The file has no ‘Commitments’ sheet. The file is not the social value matrix spreadsheet: download it from your matrix, fill it in and upload that',
		])
		expect(snapshot()).toEqual(before)
	})

	test('a real workbook over 5 MB is refused', async () => {
		const { Commitments, Milestones } = await downloadRows()
		// Random text barely compresses, so the workbook stays over the limit once zipped.
		const padding = Array.from({ length: 500 }, () => [randomBytes(12_000).toString('base64')])
		const bytes = await workbook({ Commitments: Commitments!, Milestones: Milestones!, Notes: padding })
		expect(bytes.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES)
		const before = snapshot()
		expect(await upload(bytes)).toMatchObject({
			ok: false,
			status: 400,
			problems: [{ message: 'The file must be 5 MB or smaller' }],
		})
		expect(snapshot()).toEqual(before)
	})

	test('a stale version is refused with 409, so a colleague’s newer save is not overwritten', async () => {
		const bytes = new Uint8Array(await matrixWorkbook(loadMatrixWorkspace(matrixId)!))
		const seen = matrixVersion(matrixId)
		save(hoursMeasure, { ...hoursLine, responsibleName: 'Colleague' })
		const before = snapshot()
		expect(await upload(bytes, { version: seen })).toEqual({
			ok: false,
			status: 409,
			problems: [{ sheet: null, row: null, column: null, message: STALE }],
		})
		expect(snapshot()).toEqual(before)
	})

	test('another organisation’s supplier cannot upload to it, and nobody can after the deadline', async () => {
		const bytes = new Uint8Array(await matrixWorkbook(loadMatrixWorkspace(matrixId)!))
		const before = snapshot()
		expect(await upload(bytes, { user: supplierB })).toMatchObject({ ok: false, status: 404 })
		expect(await upload(bytes, { at: deadlineAt })).toMatchObject({
			ok: false,
			status: 400,
			problems: [{ message: 'The deadline for this tender has passed' }],
		})
		expect(snapshot()).toEqual(before)
	})

	test('reading finds formulas by sheet, even in sheets the upload ignores', async () => {
		const bytes = await workbook({
			Commitments: [['a', { type: 'Formula', value: 'A1' }]],
			Other: [[{ type: 'Formula', value: '1+1' }]],
		})
		const read = await readMatrixWorkbook(bytes)
		if (!read.ok) throw new Error('expected the workbook to be read')
		expect(read.sheets.milestones).toBeNull()
		expect([...read.sheets.formulas]).toEqual([
			['Commitments', ['B1']],
			['Other', ['A1']],
		])
	})
})

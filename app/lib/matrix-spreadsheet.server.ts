import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import type { Cell, SheetData } from 'write-excel-file/node'
import { db, type Tx } from '#db/client.server.ts'
import { matrices, matrixLines, matrixMilestones, tenders } from '#db/schema.ts'
import {
	COMMITMENT_COLUMNS,
	COMMITMENTS_HEADER_ROW,
	COMMITMENTS_SHEET,
	EDITABLE_COMMITMENT_COLUMNS,
	MILESTONES_SHEET,
	SHEET_DATE,
	matrixToSheets,
	type OutCell,
} from '#app/domain/matrix/spreadsheet-layout.ts'
import { sheetsToEntries, type UploadedSheets } from '#app/domain/matrix/spreadsheet-rows.ts'
import { type InCell } from '#app/domain/matrix/spreadsheet-cells.ts'
import { type SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { getOwnMatrix, STALE } from './matrices.server.ts'
import { editRefusal } from './matrix-lines.server.ts'
import { loadMatrixWorkspace } from './matrix-workspace.server.ts'
import { MAX_IMPORT_BYTES, numberText, sniffSpreadsheet } from './toms-spreadsheet.server.ts'
import { safeFileName } from '#app/infra/table-export.server.ts'
import { formulaCells, repackedWorkbook, unpackWorkbook } from '#app/infra/xlsx-parts.server.ts'

type Ctx = { ip: string; now: number }
// What a workbook is made from and read against: a tender's measures, answered or blank.
type Workspace = Pick<NonNullable<ReturnType<typeof loadMatrixWorkspace>>, 'tender' | 'lines'>

const READ_ONLY_FILL = '#f3f2f1'

/** The matrix download's file name, before its extension: the tender's reference, made safe. */
export function matrixSpreadsheetName(reference: string): string {
	return safeFileName(`${reference}-social-value-matrix`, 'social-value-matrix')
}

/** The supplier's matrix as a workbook to fill in: grey cells are there to read, white ones to answer. */
export async function matrixWorkbook(workspace: Workspace): Promise<Buffer> {
	const sheets = matrixToSheets({
		reference: workspace.tender.reference,
		title: workspace.tender.title,
		lines: workspace.lines,
	})
	const indexOf = (key: (typeof COMMITMENT_COLUMNS)[number]['key']) =>
		COMMITMENT_COLUMNS.findIndex((column) => column.key === key)
	const [quantity, commitmentText, proxy] = [indexOf('quantity'), indexOf('commitmentText'), indexOf('proxy')]
	const editable = new Set(EDITABLE_COMMITMENT_COLUMNS.map(indexOf))
	const commitments: SheetData = sheets.commitments.map((row, rowIndex) => {
		if (rowIndex < COMMITMENTS_HEADER_ROW - 1)
			return row.map((value, index) =>
				value === null ? null : { value, fontWeight: rowIndex === 0 || index === 0 ? ('bold' as const) : undefined },
			)
		if (rowIndex === COMMITMENTS_HEADER_ROW - 1)
			return row.map((value) => ({
				value: value ?? '',
				fontWeight: 'bold' as const,
				wrap: true,
				alignVertical: 'top' as const,
			}))
		const qualitative = workspace.lines[rowIndex - COMMITMENTS_HEADER_ROW]?.measure.qualitative ?? false
		return row.map((value, index) => {
			const notApplicable = (index === quantity && qualitative) || (index === commitmentText && !qualitative)
			return styled(value, {
				readOnly: !editable.has(index) || notApplicable,
				format: index === proxy && typeof value === 'number' ? '#,##0.00' : undefined,
			})
		})
	})
	const milestones: SheetData = sheets.milestones.map((row, rowIndex) =>
		rowIndex === 0
			? row.map((value) => ({ value: value ?? '', fontWeight: 'bold' as const }))
			: row.map((value, index) =>
					styled(value, { readOnly: index < 2, format: value instanceof Date ? SHEET_DATE.excelFormat : undefined }),
				),
	)
	return writeXlsxFile([
		{
			data: commitments,
			sheet: COMMITMENTS_SHEET,
			stickyRowsCount: COMMITMENTS_HEADER_ROW,
			stickyColumnsCount: 1,
			columns: [10, 24, 40, 14, 14, 12, 40, 14, 30, 24, 24, 30, 60].map((width) => ({ width })),
		},
		{
			data: milestones,
			sheet: MILESTONES_SHEET,
			stickyRowsCount: 1,
			columns: [10, 40, 16, 16].map((width) => ({ width })),
		},
	]).toBuffer()
}

function styled(value: OutCell, { readOnly, format }: { readOnly: boolean; format?: string }): Cell {
	const style = {
		alignVertical: 'top' as const,
		...(readOnly ? { backgroundColor: READ_ONLY_FILL } : {}),
		...(format ? { format } : {}),
	}
	if (value === null) return readOnly ? { value: '', ...style } : null
	if (value instanceof Date) return { value, type: Date, ...style }
	return { value, wrap: typeof value === 'string' && value.length > 40, ...style }
}

export type ReadWorkbookResult = { ok: true; sheets: UploadedSheets } | { ok: false; problems: SheetProblem[] }

function fileProblem(message: string): { ok: false; problems: SheetProblem[] } {
	return { ok: false, problems: [{ sheet: null, row: null, column: null, message }] }
}

const NOT_XLSX = 'The file must be an Excel workbook (.xlsx): upload the spreadsheet you downloaded from your matrix'

/** An uploaded file's two sheets and where its formulas are, or why it cannot be read. */
export async function readMatrixWorkbook(bytes: Uint8Array): Promise<ReadWorkbookResult> {
	if (bytes.byteLength === 0) return fileProblem('The file is empty')
	if (bytes.byteLength > MAX_IMPORT_BYTES) return fileProblem('The file must be 5 MB or smaller')
	const kind = sniffSpreadsheet(bytes)
	if (kind === 'xls')
		return fileProblem('The file is an old Excel (.xls) workbook: save it as an Excel Workbook (.xlsx) and try again')
	if (kind !== 'xlsx') return fileProblem(NOT_XLSX)
	const unpacked = unpackWorkbook(bytes)
	if (!unpacked.ok) return fileProblem(unpacked.tooBig ?? NOT_XLSX)
	try {
		const workbook = await readXlsxFile<string>(repackedWorkbook(unpacked.parts), { parseNumber: numberText })
		const sheet = (name: string) =>
			(workbook.find((s) => s.sheet.trim().toLowerCase() === name.toLowerCase())?.data as InCell[][] | undefined) ??
			null
		return {
			ok: true,
			sheets: {
				commitments: sheet(COMMITMENTS_SHEET),
				milestones: sheet(MILESTONES_SHEET),
				formulas: formulaCells(unpacked.parts),
			},
		}
	} catch {
		// A ZIP that is not a workbook (a .docx, a damaged download) is the person's problem, not a server fault.
		return fileProblem(NOT_XLSX)
	}
}

export type UploadResult =
	{ ok: true; lines: number } | { ok: false; status: 400 | 404 | 409; problems: SheetProblem[] }

function refused(message: string, status: 400 | 404 | 409): UploadResult {
	return { ok: false, status, problems: [{ sheet: null, row: null, column: null, message }] }
}

const excluded = (column: { name: string }) => sql.raw(`excluded."${column.name}"`)

export type ParsedMatrixLines = Extract<ReturnType<typeof sheetsToEntries>, { ok: true }>['lines']

/** The lines an uploaded workbook holds for this matrix's measures, or every problem in it, cell by cell. */
export async function readMatrixLines(
	workspace: Workspace,
	bytes: Uint8Array,
): Promise<{ ok: true; lines: ParsedMatrixLines } | { ok: false; problems: SheetProblem[] }> {
	const read = await readMatrixWorkbook(bytes)
	if (!read.ok) return read
	return sheetsToEntries(read.sheets, {
		reference: workspace.tender.reference,
		measures: workspace.lines.map((line) => line.measure),
	})
}

/**
 * Replaces a matrix's lines and milestones with `lines`, bumping its version: the caller
 * holds the transaction and has checked who may, and when.
 */
export function replaceMatrixLines(tx: Tx, matrixId: number, lines: ParsedMatrixLines, now: number) {
	const kept = lines.map((line) => line.measureId)
	const cleared = tx
		.select({ id: matrixLines.id })
		.from(matrixLines)
		.where(
			and(eq(matrixLines.matrixId, matrixId), kept.length > 0 ? notInArray(matrixLines.measureId, kept) : undefined),
		)
	tx.delete(matrixMilestones).where(inArray(matrixMilestones.lineId, cleared)).run()
	tx.delete(matrixLines)
		.where(
			and(eq(matrixLines.matrixId, matrixId), kept.length > 0 ? notInArray(matrixLines.measureId, kept) : undefined),
		)
		.run()

	if (lines.length > 0) {
		// One statement for every line; ids stay the same for lines that already existed.
		const saved = tx
			.insert(matrixLines)
			.values(
				lines.map(({ measureId, entry: { milestones: _, ...fields } }) => ({
					matrixId,
					measureId,
					...fields,
					updatedAt: now,
				})),
			)
			.onConflictDoUpdate({
				target: [matrixLines.matrixId, matrixLines.measureId],
				set: {
					declined: excluded(matrixLines.declined),
					declineReason: excluded(matrixLines.declineReason),
					quantityHundredths: excluded(matrixLines.quantityHundredths),
					commitmentText: excluded(matrixLines.commitmentText),
					responsibleName: excluded(matrixLines.responsibleName),
					responsibleRole: excluded(matrixLines.responsibleRole),
					responsibleEmail: excluded(matrixLines.responsibleEmail),
					methodStatement: excluded(matrixLines.methodStatement),
					updatedAt: excluded(matrixLines.updatedAt),
				},
			})
			.returning({ id: matrixLines.id, measureId: matrixLines.measureId })
			.all()
		const lineIds = new Map(saved.map((line) => [line.measureId, line.id]))
		tx.delete(matrixMilestones)
			.where(inArray(matrixMilestones.lineId, [...lineIds.values()]))
			.run()
		const milestones = lines.flatMap(({ measureId, entry }) =>
			entry.milestones.map((milestone, position) => ({
				lineId: lineIds.get(measureId)!,
				position,
				date: milestone.date,
				cumulativeHundredths: milestone.cumulativeHundredths,
			})),
		)
		if (milestones.length > 0) tx.insert(matrixMilestones).values(milestones).run()
	}
	tx.update(matrices)
		.set({ version: sql`${matrices.version} + 1`, updatedAt: now })
		.where(eq(matrices.id, matrixId))
		.run()
}

/**
 * Replaces a supplier's matrix lines and milestones with what an uploaded workbook holds, all
 * in one transaction, or changes nothing and says what is wrong with every cell. Who may do
 * it, and when, is exactly as for saving one line.
 */
export async function uploadMatrixSpreadsheet(
	user: SessionUser,
	input: { matrixId: number; version: number; bytes: Uint8Array },
	ctx: Ctx,
): Promise<UploadResult> {
	const matrix = getOwnMatrix(user, input.matrixId)
	if (!matrix) return refused('Matrix not found', 404)
	const workspace = loadMatrixWorkspace(matrix.id)!
	const refusal = editRefusal(matrix, workspace.tender, ctx.now)
	if (refusal) return refused(refusal, 400)
	if (matrix.version !== input.version) return refused(STALE, 409)
	const parsed = await readMatrixLines(workspace, input.bytes)
	if (!parsed.ok) return { ok: false, status: 400, problems: parsed.problems }

	return db.transaction((tx): UploadResult => {
		// Checked again: the file was read outside the transaction, and someone may have saved since.
		const current = getOwnMatrix(user, matrix.id, tx)
		if (!current) return refused('Matrix not found', 404)
		const tender = tx
			.select({ deadlineAt: tenders.deadlineAt, councilId: tenders.councilId })
			.from(tenders)
			.where(eq(tenders.id, current.tenderId))
			.get()!
		const lateRefusal = editRefusal(current, tender, ctx.now)
		if (lateRefusal) return refused(lateRefusal, 400)
		if (current.version !== input.version) return refused(STALE, 409)
		replaceMatrixLines(tx, current.id, parsed.lines, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			// A bid is the work of the tender's council, whichever council's tender it is.
			councilId: tender.councilId,
			action: 'matrix_uploaded',
			subject: { type: 'matrix', id: current.id },
			detail: { lines: parsed.lines.length },
			ip: ctx.ip,
		})
		return { ok: true, lines: parsed.lines.length }
	})
}

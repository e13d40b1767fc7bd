import { LINE_TEXT_LIMITS, lineEntry, lineFormSchema } from './line-form.ts'
import type { LineEntry } from './matrix-lines.ts'
import {
	COMMITMENT_COLUMNS,
	COMMITMENTS_HEADER_ROW,
	COMMITMENTS_SHEET,
	MILESTONE_COLUMNS,
	MILESTONES_HEADER_ROW,
	MILESTONES_SHEET,
	SHEET_DATE,
	TEMPLATE_MARKER,
	columnIndex,
	columnLetter,
	type CommitmentKey,
	type MilestoneKey,
	type SheetMeasure,
} from './spreadsheet-layout.ts'
import { cellText, columnLabel, columnNumber, normaliseHeader, quoted, type InCell } from './spreadsheet-cells.ts'
import { readMilestones } from './spreadsheet-milestone-rows.ts'
import { inReadingOrder, type SheetProblem } from './spreadsheet-problems.ts'

/**
 * An uploaded Social Value Matrix workbook read back into matrix lines, or every problem
 * found (docs/matrix-spreadsheet-format.md). Every answer goes through the line form's own
 * rules, so a file and the web form accept and refuse the same things.
 */

export type UploadedSheets = {
	commitments: InCell[][] | null
	milestones: InCell[][] | null
	/** Cells holding a formula, as addresses like "F5", by sheet name. */
	formulas: Map<string, string[]>
}

export type SheetsToEntriesResult =
	{ ok: true; lines: Array<{ measureId: number; entry: LineEntry }> } | { ok: false; problems: SheetProblem[] }

const textLimits: Partial<Record<CommitmentKey, { max: number; name: string }>> = {
	commitmentText: { max: LINE_TEXT_LIMITS.commitmentText, name: 'Commitment in words' },
	declineReason: { max: LINE_TEXT_LIMITS.declineReason, name: 'Why not' },
	responsibleName: { max: LINE_TEXT_LIMITS.responsibleName, name: 'Name' },
	responsibleRole: { max: LINE_TEXT_LIMITS.responsibleRole, name: 'Role' },
	responsibleEmail: { max: LINE_TEXT_LIMITS.responsibleEmail, name: 'Email address' },
}

/**
 * Reads an uploaded workbook into one entry per measure that has anything in it, or every
 * problem found, each with its sheet, row and column. Half-filled lines are fine (a draft);
 * malformed answers are not, by the same rules as the line form.
 */
export function sheetsToEntries(
	sheets: UploadedSheets,
	matrix: { reference: string; measures: SheetMeasure[] },
): SheetsToEntriesResult {
	const { commitments, milestones } = sheets
	const notTemplate =
		'The file is not the social value matrix spreadsheet: download it from your matrix, fill it in and upload that'
	if (!commitments)
		return fail({
			sheet: null,
			row: null,
			column: null,
			message: `The file has no ${quoted(COMMITMENTS_SHEET)} sheet. ${notTemplate}`,
		})
	if (cellText(commitments[0]?.[0]) !== TEMPLATE_MARKER)
		return fail({ sheet: COMMITMENTS_SHEET, row: 1, column: 'A', message: notTemplate })
	if (!milestones)
		return fail({
			sheet: null,
			row: null,
			column: null,
			message: `The file has no ${quoted(MILESTONES_SHEET)} sheet: do not rename or delete the sheets`,
		})
	const reference = cellText(commitments[1]?.[1])
	if (reference !== matrix.reference) {
		return fail({
			sheet: COMMITMENTS_SHEET,
			row: 2,
			column: 'B',
			message: `The file is for tender ${quoted(reference)}, not ${quoted(matrix.reference)}: download the spreadsheet from this matrix and fill that in`,
		})
	}

	const problems: SheetProblem[] = []
	for (const [sheet, columns] of [
		[COMMITMENTS_SHEET, COMMITMENT_COLUMNS],
		[MILESTONES_SHEET, MILESTONE_COLUMNS],
	] as const) {
		for (const address of sheets.formulas.get(sheet) ?? []) {
			const match = /^([A-Z]+)(\d+)$/.exec(address)
			problems.push({
				sheet,
				row: match ? Number(match[2]) : null,
				column: match ? columnLabel(columns, columnNumber(match[1]!)) : null,
				message: 'Replace the formula with the value it gives: type the value itself',
			})
		}
	}
	const headings = [
		...headerProblems(COMMITMENTS_SHEET, commitments, COMMITMENT_COLUMNS, COMMITMENTS_HEADER_ROW),
		...headerProblems(MILESTONES_SHEET, milestones, MILESTONE_COLUMNS, MILESTONES_HEADER_ROW),
	]
	// With a column added, moved or renamed, every cell after it would be read as the wrong answer.
	if (headings.length > 0) return { ok: false, problems: [...problems, ...headings] }

	const byCode = new Map(matrix.measures.map((measure) => [measure.code.toLowerCase(), measure]))
	const milestonesByMeasure = readMilestones(milestones, byCode, problems)
	const seen = new Map<number, number>()
	const lines: Array<{ measureId: number; entry: LineEntry }> = []

	for (let index = COMMITMENTS_HEADER_ROW; index < commitments.length; index++) {
		const cells = commitments[index] ?? []
		const row = index + 1
		if (cells.every((cell) => cellText(cell) === '')) continue
		const get = (key: CommitmentKey) => cellText(cells[columnIndex(COMMITMENT_COLUMNS, key)])
		const fail = (key: CommitmentKey | null, message: string) =>
			problems.push({
				sheet: COMMITMENTS_SHEET,
				row,
				column: key === null ? null : columnLabel(COMMITMENT_COLUMNS, columnIndex(COMMITMENT_COLUMNS, key)),
				message,
			})
		const before = problems.length

		cells.forEach((cell, column) => {
			if (column >= COMMITMENT_COLUMNS.length && cellText(cell) !== '') {
				problems.push({
					sheet: COMMITMENTS_SHEET,
					row,
					column: columnLetter(column),
					message: 'This column is not part of the spreadsheet: move what is here into the right column, or delete it',
				})
			}
		})
		const code = get('code')
		const measure = byCode.get(code.toLowerCase())
		if (code === '') {
			fail('code', 'Enter the measure’s code: do not change or clear the codes')
			continue
		}
		if (!measure) {
			fail('code', `${quoted(code)} is not a measure in this tender: do not change the codes`)
			continue
		}
		const firstRow = seen.get(measure.id)
		if (firstRow !== undefined) {
			fail('code', `${measure.code} is also in row ${firstRow}: each measure must have one row`)
			continue
		}
		seen.set(measure.id, row)

		const declined = get('declined').toLowerCase()
		if (!['', 'yes', 'no', 'true', 'false'].includes(declined)) fail('declined', 'Enter Yes or No')
		if (measure.qualitative && get('quantity') !== '') {
			fail(
				'quantity',
				`${measure.code} is a text measure: leave Quantity empty and write your commitment in column ${columnLetter(columnIndex(COMMITMENT_COLUMNS, 'commitmentText'))}`,
			)
		}
		if (!measure.qualitative && get('commitmentText') !== '') {
			fail(
				'commitmentText',
				`${measure.code} is counted in numbers: put the quantity in column ${columnLetter(columnIndex(COMMITMENT_COLUMNS, 'quantity'))} and leave this empty`,
			)
		}
		for (const [key, limit] of Object.entries(textLimits) as Array<[CommitmentKey, { max: number; name: string }]>) {
			if (get(key).length > limit.max)
				fail(key, `${limit.name} must be ${limit.max.toLocaleString('en-GB')} characters or fewer`)
		}

		const measureMilestones = milestonesByMeasure.get(measure.id) ?? []
		const parsed = lineFormSchema(measure).safeParse({
			declined: declined === 'yes' || declined === 'true' ? 'yes' : '',
			declineReason: get('declineReason'),
			quantity: get('quantity'),
			commitmentText: get('commitmentText'),
			responsibleName: get('responsibleName'),
			responsibleRole: get('responsibleRole'),
			responsibleEmail: get('responsibleEmail'),
			methodStatement: get('methodStatement'),
			milestones: measureMilestones.map((milestone) => ({ date: milestone.date, cumulative: milestone.cumulative })),
		})
		if (!parsed.success) {
			const datesReported = new Set<number>()
			for (const issue of parsed.error.issues) {
				const [field, index, part] = issue.path
				if (field === 'milestones' && typeof index === 'number') {
					const key: MilestoneKey = part === 'date' ? 'date' : 'cumulative'
					// A cell holds the whole date, so it has one problem, in the sheet's own format.
					if (key === 'date' && datesReported.has(index)) continue
					if (key === 'date') datesReported.add(index)
					const at = measureMilestones[index]
					problems.push({
						sheet: MILESTONES_SHEET,
						row: at?.row ?? null,
						column: columnLabel(MILESTONE_COLUMNS, columnIndex(MILESTONE_COLUMNS, key)),
						message:
							key === 'date'
								? `Enter a real date for milestone ${index + 1}, like ${SHEET_DATE.example}`
								: issue.message,
					})
				} else {
					fail(
						COMMITMENT_COLUMNS.some((column) => column.key === field) ? (field as CommitmentKey) : null,
						issue.message,
					)
				}
			}
		}
		if (problems.length > before || !parsed.success) continue
		const entry = lineEntry(parsed.data)
		if (!isBlank(entry)) lines.push({ measureId: measure.id, entry })
	}

	for (const measure of matrix.measures) {
		if (!seen.has(measure.id)) {
			problems.push({
				sheet: COMMITMENTS_SHEET,
				row: null,
				column: null,
				message: `${measure.code} (${measure.title}) is missing: put its row back, or download the spreadsheet again`,
			})
		}
	}
	if (problems.length > 0) return { ok: false, problems: inReadingOrder(problems) }
	return { ok: true, lines }
}

function fail(problem: SheetProblem): SheetsToEntriesResult {
	return { ok: false, problems: [problem] }
}

function headerProblems(
	sheet: string,
	rows: InCell[][],
	columns: readonly { header: string }[],
	headerRow: number,
): SheetProblem[] {
	const cells = rows[headerRow - 1] ?? []
	const problems: SheetProblem[] = []
	const width = Math.max(cells.length, columns.length)
	for (let index = 0; index < width; index++) {
		const expected = columns[index]?.header
		const found = cellText(cells[index])
		if (expected === undefined) {
			if (found !== '')
				problems.push({
					sheet,
					row: headerRow,
					column: columnLetter(index),
					message: `Column ${quoted(found)} is not part of the spreadsheet: do not add, move or delete columns`,
				})
		} else if (normaliseHeader(found) !== normaliseHeader(expected)) {
			problems.push({
				sheet,
				row: headerRow,
				column: columnLetter(index),
				message: `The heading must be ${quoted(expected)}: do not add, move, delete or rename columns`,
			})
		}
	}
	return problems
}

function isBlank(entry: LineEntry): boolean {
	return (
		!entry.declined &&
		entry.quantityHundredths === null &&
		entry.commitmentText === '' &&
		entry.milestones.length === 0 &&
		entry.responsibleName === '' &&
		entry.responsibleRole === '' &&
		entry.responsibleEmail === '' &&
		entry.methodStatement === ''
	)
}

import { type DateParts, isBlankDate } from '../date-parts.ts'
import { MAX_MILESTONES } from './line-form.ts'
import {
	MILESTONE_COLUMNS,
	MILESTONES_HEADER_ROW,
	MILESTONES_SHEET,
	columnIndex,
	columnLetter,
	type MilestoneKey,
	type SheetMeasure,
} from './spreadsheet-layout.ts'
import { cellText, columnLabel, quoted, sheetDateParts, type InCell } from './spreadsheet-cells.ts'
import type { SheetProblem } from './spreadsheet-problems.ts'

export type MilestoneRow = { row: number; date: DateParts; cumulative: string }

/** The milestones sheet's rows by measure id; each problem found is added to `problems`. */
export function readMilestones(
	rows: InCell[][],
	byCode: Map<string, SheetMeasure>,
	problems: SheetProblem[],
): Map<number, MilestoneRow[]> {
	const result = new Map<number, MilestoneRow[]>()
	const label = (key: MilestoneKey) => columnLabel(MILESTONE_COLUMNS, columnIndex(MILESTONE_COLUMNS, key))
	for (let index = MILESTONES_HEADER_ROW; index < rows.length; index++) {
		const cells = rows[index] ?? []
		const row = index + 1
		const code = cellText(cells[columnIndex(MILESTONE_COLUMNS, 'code')])
		const date = sheetDateParts(cells[columnIndex(MILESTONE_COLUMNS, 'date')])
		const cumulative = cellText(cells[columnIndex(MILESTONE_COLUMNS, 'cumulative')])
		cells.forEach((cell, column) => {
			if (column >= MILESTONE_COLUMNS.length && cellText(cell) !== '') {
				problems.push({
					sheet: MILESTONES_SHEET,
					row,
					column: columnLetter(column),
					message: 'This column is not part of the spreadsheet: move what is here into the right column, or delete it',
				})
			}
		})
		if (isBlankDate(date) && cumulative === '') continue
		const measure = byCode.get(code.toLowerCase())
		if (code === '') {
			problems.push({
				sheet: MILESTONES_SHEET,
				row,
				column: label('code'),
				message: 'Enter the code of the measure this milestone is for',
			})
		} else if (!measure) {
			problems.push({
				sheet: MILESTONES_SHEET,
				row,
				column: label('code'),
				message: `${quoted(code)} is not a measure in this tender`,
			})
		} else if (measure.qualitative) {
			problems.push({
				sheet: MILESTONES_SHEET,
				row,
				column: label('code'),
				message: `${measure.code} is a text measure, which has no milestones: delete this row`,
			})
		} else {
			const list = result.get(measure.id) ?? []
			if (list.length === MAX_MILESTONES) {
				problems.push({
					sheet: MILESTONES_SHEET,
					row,
					column: label('code'),
					message: `${measure.code} can have at most ${MAX_MILESTONES} milestones`,
				})
			} else {
				list.push({ row, date, cumulative })
				result.set(measure.id, list)
			}
		}
	}
	return result
}

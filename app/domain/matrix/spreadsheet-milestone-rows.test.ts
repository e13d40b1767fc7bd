import { expect, test } from 'vitest'
import { STARTING_CATALOGUE, unitFor } from '../toms/units.ts'
import { MAX_MILESTONES } from './line-form.ts'
import type { SheetMeasure } from './spreadsheet-layout.ts'
import { readMilestones } from './spreadsheet-milestone-rows.ts'
import type { InCell } from './spreadsheet-cells.ts'
import type { SheetProblem } from './spreadsheet-problems.ts'

const measure = (id: number, code: string, qualitative: boolean): SheetMeasure => ({
	id,
	code,
	title: code,
	themeName: 'Communities',
	unit: qualitative ? 'text' : 'hours',
	proxyValuePence: null,
	qualitative,
	quantityUnit: unitFor(STARTING_CATALOGUE, qualitative ? 'text' : 'hours'),
})
const byCode = new Map([
	['v-1', measure(11, 'V-1', false)],
	['v-2', measure(12, 'V-2', true)],
])
const header: InCell[] = ['Code', 'Measure', 'Milestone date', 'Running total by then']

test('rows are grouped by measure, whatever the case of the code; empty rows are skipped', () => {
	const problems: SheetProblem[] = []
	const rows: InCell[][] = [
		header,
		['V-1', 'Volunteering', '31/3/2028', '10'],
		['V-1', 'Volunteering', null, null],
		['v-1', '', new Date(Date.UTC(2029, 2, 31)), '20'],
	]
	expect(readMilestones(rows, byCode, problems)).toEqual(
		new Map([
			[
				11,
				[
					{ row: 2, date: { day: '31', month: '3', year: '2028' }, cumulative: '10' },
					{ row: 4, date: { day: '31', month: '3', year: '2029' }, cumulative: '20' },
				],
			],
		]),
	)
	expect(problems).toEqual([])
})

test('a row without a code, for an unknown or a text measure, or beyond the limit is a problem', () => {
	const problems: SheetProblem[] = []
	const rows: InCell[][] = [
		header,
		['', '', '31/3/2028', '1'],
		['X-9', '', '31/3/2028', '1'],
		['V-2', '', '31/3/2028', '1'],
		...Array.from({ length: MAX_MILESTONES + 1 }, (): InCell[] => ['V-1', '', '31/3/2028', '1']),
		['V-1', '', '31/3/2028', '1', 'extra'],
	]
	const read = readMilestones(rows, byCode, problems)
	expect(read.get(11)).toHaveLength(MAX_MILESTONES)
	expect(problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
		'2 A (Code): Enter the code of the measure this milestone is for',
		'3 A (Code): ‘X-9’ is not a measure in this tender',
		'4 A (Code): V-2 is a text measure, which has no milestones: delete this row',
		`25 A (Code): V-1 can have at most ${MAX_MILESTONES} milestones`,
		'26 E: This column is not part of the spreadsheet: move what is here into the right column, or delete it',
		`26 A (Code): V-1 can have at most ${MAX_MILESTONES} milestones`,
	])
})

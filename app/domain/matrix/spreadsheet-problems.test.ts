import { expect, test } from 'vitest'
import { describeProblem, inReadingOrder, type SheetProblem } from './spreadsheet-problems.ts'

test('a problem says where it is, as far as that is known', () => {
	expect(describeProblem({ sheet: 'Commitments', row: 5, column: 'F (Quantity)', message: 'Enter a number' })).toBe(
		'Commitments, row 5, column F (Quantity): Enter a number',
	)
	expect(describeProblem({ sheet: 'Milestones', row: null, column: null, message: 'Missing' })).toBe(
		'Milestones: Missing',
	)
	expect(describeProblem({ sheet: null, row: null, column: null, message: 'Not the template' })).toBe(
		'Not the template',
	)
})

test('problems are listed sheet by sheet, then down the rows and across the columns', () => {
	const problem = (sheet: string | null, row: number | null, column: string | null): SheetProblem => ({
		sheet,
		row,
		column,
		message: `${sheet} ${row} ${column}`,
	})
	const found = [
		problem('Milestones', 2, 'A (Code)'),
		problem('Commitments', null, null),
		problem('Commitments', 6, 'AA'),
		problem('Commitments', 6, 'F (Quantity)'),
		problem('Commitments', 5, 'G'),
		problem(null, null, null),
	]
	expect(inReadingOrder(found).map((p) => p.message)).toEqual([
		'null null null',
		'Commitments 5 G',
		'Commitments 6 F (Quantity)',
		'Commitments 6 AA',
		'Commitments null null',
		'Milestones 2 A (Code)',
	])
})

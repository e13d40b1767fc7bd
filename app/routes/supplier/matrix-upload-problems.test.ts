import { expect, test } from 'vitest'
import { fileProblem, problemRows } from './matrix-upload-problems.ts'

test('each problem is a row of sheet, row (a number, right-aligned), column and what is wrong', () => {
	expect(
		problemRows([
			{ sheet: 'Commitments', row: 7, column: 'C (Quantity)', message: 'Quantity must be 0 or more' },
			fileProblem('The file must be 5 MB or smaller'),
		]),
	).toEqual([
		[
			{ text: 'Commitments' },
			{ text: 7, format: 'numeric' },
			{ text: 'C (Quantity)' },
			{ text: 'Quantity must be 0 or more' },
		],
		[{ text: '' }, { text: '', format: 'numeric' }, { text: '' }, { text: 'The file must be 5 MB or smaller' }],
	])
})

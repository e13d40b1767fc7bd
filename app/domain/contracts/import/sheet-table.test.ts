import { expect, test } from 'vitest'
import { matchKey, readDateCell, readTable, readYesNo } from './sheet-table.ts'

const columns = [
	{ key: 'a', header: 'First thing', required: true, example: '' },
	{ key: 'b', header: 'Second thing', required: false, example: '' },
] as const

test('columns are found by heading whatever their order and case; empty rows are skipped', () => {
	const table = readTable(
		'Sheet',
		[
			['second  THING', 'First thing'],
			['2', '1'],
			[null, ''],
			['', 'x'],
		],
		columns,
	)
	expect(table.problems).toEqual([])
	expect(table.rows.map((row) => [row.row, row.text('a'), row.text('b')])).toEqual([
		[2, '1', '2'],
		[4, 'x', ''],
	])
	expect(table.rows[0]!.problem('b', 'Wrong')).toEqual({
		sheet: 'Sheet',
		row: 2,
		column: 'A (Second thing)',
		message: 'Wrong',
	})
})

test('a missing heading and a filled cell under no heading are problems', () => {
	const table = readTable('Sheet', [['Second thing'], ['2', 'stray']], columns)
	expect(table.problems).toEqual([
		{ sheet: 'Sheet', row: 1, column: null, message: 'Add the column ‘First thing’ to the header row' },
		{
			sheet: 'Sheet',
			row: 2,
			column: 'B',
			message: 'This column is not part of the format: move what is here into the right column, or delete it',
		},
	])
})

test('dates are Excel dates, typed the UK way or as ISO dates', () => {
	expect(readDateCell(new Date(Date.UTC(2027, 3, 30)), 'Start date')).toEqual({ ok: true, date: '2027-04-30' })
	expect(readDateCell('30/04/2027', 'Start date')).toEqual({ ok: true, date: '2027-04-30' })
	expect(readDateCell('2027-04-30', 'Start date')).toEqual({ ok: true, date: '2027-04-30' })
	expect(readDateCell('31/04/2027', 'Start date')).toEqual({
		ok: false,
		message: 'Start date must be a real date, like 30/04/2027',
	})
	expect(readDateCell('', 'Start date')).toEqual({ ok: false, message: 'Enter the start date, like 30/04/2027' })
})

test('yes and no, and keys compared whatever the case and spacing', () => {
	expect(['Yes', 'y', 'TRUE', 'No', 'false', 'maybe'].map(readYesNo)).toEqual([true, true, true, false, false, null])
	expect(matchKey('  National  TOMs 2024 ')).toBe('national toms 2024')
})

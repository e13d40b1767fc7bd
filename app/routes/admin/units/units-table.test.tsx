import { expect, test } from 'vitest'
import { tableText } from '#tests/table-text.tsx'
import { STARTING_CATALOGUE, unitFor } from '#app/domain/toms/units.ts'
import { describeUse, unitsHead, unitsRows } from './units-table.tsx'

const unused = { measures: 0, publishedMeasures: 0, commitments: 0 }

test('each unit with how it reads, its kind, code, what uses it and whether it is offered', () => {
	const rows = unitsRows([
		{ ...unitFor(STARTING_CATALOGUE, 'weeks'), id: 2, use: { measures: 4, publishedMeasures: 3, commitments: 2 } },
		{ ...unitFor(STARTING_CATALOGUE, 'visits'), id: 9, retired: true, use: unused },
		{ ...unitFor(STARTING_CATALOGUE, 'pounds'), id: 6, code: null, use: unused },
		{ ...unitFor(STARTING_CATALOGUE, 'text'), id: 12, use: unused },
	])
	expect(tableText(unitsHead, rows)).toEqual([
		['Unit', 'Kind', 'Code', 'Used by', 'Status', 'Actions'],
		[
			'Weeks 1 week, 2.5 weeks',
			'A number with decimal places (2)',
			'weeks',
			'4 measures, 3 in published editions; 2 contract commitments',
			'Active',
			'Change Weeks',
		],
		['Visits 1 visit, 3 visits', 'A whole number', 'visits', 'Nothing yet', 'Retired', 'Change Visits'],
		['£ £1.00, £2.50', 'An amount of money in pounds', '', 'Nothing yet', 'Active', 'Change £'],
		['Text Answered in words', 'Words', 'text', 'Nothing yet', 'Active', 'Change Text'],
	])
})

test('use in drafts only says so without the published count', () => {
	expect(describeUse({ measures: 1, publishedMeasures: 0, commitments: 0 })).toBe('1 measure')
})

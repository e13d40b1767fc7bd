import { expect, test } from 'vitest'
import { STARTING_CATALOGUE, unitFor } from '#app/domain/toms/units.ts'
import { returnProgressRows } from './return-review-rows.ts'

const hours = unitFor(STARTING_CATALOGUE, 'hours')

test('progress reads approved deliveries and this return apart, against what is expected, with its status', () => {
	const rows = returnProgressRows(
		{
			committed: 200_00,
			before: 20_00,
			thisReturn: 35_00,
			expected: 50_00,
			percent: 11_000,
			rag: 'green',
		},
		hours,
	)
	expect(rows.map((row) => [row.key.text, row.value.text ?? row.value.html])).toEqual([
		['Committed', '200 hours'],
		['Delivered in approved returns', '20 hours'],
		['Delivered in this return', '35 hours'],
		['Expected by the end of the period', '50 hours'],
		['Progress', '110% <strong class="govuk-tag govuk-tag--green">Green</strong>'],
	])
})

test('a commitment without milestones expects nothing yet', () => {
	const rows = returnProgressRows(
		{
			committed: null,
			before: 0,
			thisReturn: 0,
			expected: null,
			percent: null,
			rag: 'not_due',
		},
		hours,
	)
	expect(rows[0]?.value.text).toBe('No milestones')
	expect(rows[3]?.value.text).toBe('No milestones')
	expect(rows[4]?.value.html).toBe('Not due yet <strong class="govuk-tag govuk-tag--grey">Nothing due yet</strong>')
})

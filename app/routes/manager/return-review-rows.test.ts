import { expect, test } from 'vitest'
import { returnProgressRows } from './return-review-rows.ts'

test('progress reads approved deliveries and this return apart, against what is expected, with its status', () => {
	const rows = returnProgressRows({
		committed: 200_00,
		before: 20_00,
		thisReturn: 35_00,
		expected: 50_00,
		percent: 11_000,
		rag: 'green',
	})
	expect(rows.map((row) => [row.key.text, row.value.text ?? row.value.html])).toEqual([
		['Committed', '200'],
		['Delivered in approved returns', '20'],
		['Delivered in this return', '35'],
		['Expected by the end of the period', '50'],
		['Progress', '110% <strong class="govuk-tag govuk-tag--green">Green</strong>'],
	])
})

test('a commitment without milestones expects nothing yet', () => {
	const rows = returnProgressRows({
		committed: null,
		before: 0,
		thisReturn: 0,
		expected: null,
		percent: null,
		rag: 'not_due',
	})
	expect(rows[0]?.value.text).toBe('No milestones')
	expect(rows[3]?.value.text).toBe('No milestones')
	expect(rows[4]?.value.html).toBe('Not due yet <strong class="govuk-tag govuk-tag--grey">Nothing due yet</strong>')
})

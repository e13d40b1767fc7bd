import { expect, test } from 'vitest'
import { describeRows } from './import-units-rows.ts'

test('the rows that use a unit read as a sentence, the long lists cut short', () => {
	expect(describeRows([5])).toBe('row 5')
	expect(describeRows([2, 4])).toBe('rows 2 and 4')
	expect(describeRows([2, 4, 7])).toBe('rows 2, 4 and 7')
	expect(describeRows([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])).toBe('rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more')
})

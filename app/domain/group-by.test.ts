import { expect, test } from 'vitest'
import { groupBy } from './group-by.ts'

test('items are grouped by key, keys in first-seen order and each group in the items’ order', () => {
	const groups = groupBy(
		[
			{ line: 2, n: 'a' },
			{ line: 1, n: 'b' },
			{ line: 2, n: 'c' },
		],
		(item) => item.line,
	)
	expect([...groups.keys()]).toEqual([2, 1])
	expect(groups.get(2)!.map((item) => item.n)).toEqual(['a', 'c'])
	expect(groups.get(1)!.map((item) => item.n)).toEqual(['b'])
	expect(groups.get(3)).toBeUndefined()
	expect(groupBy([], () => 1).size).toBe(0)
})

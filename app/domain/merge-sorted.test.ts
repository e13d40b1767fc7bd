import { expect, test } from 'vitest'
import { mergeSorted } from './merge-sorted.ts'

const byNumber = (a: { n: number }, b: { n: number }) => a.n - b.n

test('two ordered lists become one, as sorting them together would give', () => {
	const first = [1, 4, 4, 9].map((n) => ({ n, from: 'first' }))
	const second = [0, 4, 5, 12, 13].map((n) => ({ n, from: 'second' }))
	const merged = mergeSorted(first, second, byNumber)
	expect(merged).toEqual([...first, ...second].sort(byNumber))
	// On a tie the first list's items come first.
	expect(merged.filter((item) => item.n === 4).map((item) => item.from)).toEqual(['first', 'first', 'second'])
})

test('an empty list leaves the other as it was', () => {
	const items = [{ n: 2 }, { n: 3 }]
	expect(mergeSorted([], items, byNumber)).toEqual(items)
	expect(mergeSorted(items, [], byNumber)).toEqual(items)
	expect(mergeSorted([], [], byNumber)).toEqual([])
})

import { describe, expect, test } from 'vitest'
import { pageHolding, pageLinks, pageOf, pageRange, pageSlice, requestedPage } from './pagination.ts'

describe('pageOf', () => {
	test('counts pages and finds the offset', () => {
		expect(pageOf(57, '2', 20)).toEqual({ number: 2, count: 3, offset: 20, size: 20, total: 57 })
	})

	test('an empty list still has one page', () => {
		expect(pageOf(0, null, 20)).toMatchObject({ number: 1, count: 1, offset: 0 })
	})

	test.each([
		['0', 1],
		['-4', 1],
		['99', 3],
		['abc', 1],
		['', 1],
		[undefined, 1],
	])('a page number of %j shows page %i', (requested, expected) => {
		expect(pageOf(57, requested, 20).number).toBe(expected)
	})
})

test('requestedPage takes a whole page number from 1, and 1 for anything else', () => {
	expect(requestedPage('3')).toBe(3)
	expect(requestedPage(' 5 ')).toBe(5)
	for (const typed of [
		null,
		undefined,
		'',
		'0',
		'-1',
		'-0',
		'NaN',
		'Infinity',
		'-Infinity',
		'9007199254740993',
		'page two',
	])
		expect(requestedPage(typed), String(typed)).toBe(1)
	// Read as far as it is a number, as the pages' own links never need more.
	expect(requestedPage('1e309')).toBe(1)
	expect(requestedPage('2.5')).toBe(2)
})

test('pageSlice takes the rows on the page', () => {
	const rows = Array.from({ length: 57 }, (_, i) => i)
	expect(pageSlice(rows, pageOf(57, '3', 20))).toEqual(rows.slice(40, 57))
})

describe('pageLinks', () => {
	const shown = (number: number, count: number) =>
		pageLinks(pageOf(count * 10, String(number), 10))
			.map((link) => ('ellipsis' in link ? '…' : link.current ? `[${link.number}]` : String(link.number)))
			.join(' ')

	test('a single page has one link', () => expect(shown(1, 1)).toBe('[1]'))
	test('few pages are all shown', () => expect(shown(2, 3)).toBe('1 [2] 3'))
	test('gaps become an ellipsis', () => expect(shown(10, 20)).toBe('1 … 9 [10] 11 … 20'))
	test('a gap of one page shows the page instead', () => expect(shown(3, 20)).toBe('1 2 [3] 4 … 20'))
	test('the last page', () => expect(shown(20, 20)).toBe('1 … 19 [20]'))
})

test('pageRange says which rows are shown', () => {
	expect(pageRange(pageOf(57, '3', 20))).toBe('Showing 41 to 57 of 57')
	expect(pageRange(pageOf(0, '1', 20))).toBe('None to show')
})

test.each([
	[0, 1],
	[24, 1],
	[25, 2],
	[49, 2],
	[-1, 1],
])('the item at index %i is on page %i of 25 a page', (index, page) => {
	expect(pageHolding(index, 25)).toBe(page)
})

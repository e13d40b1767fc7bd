/**
 * Long lists are shown a page at a time. The page number comes from the address, so it is
 * whatever a person typed: anything that is not a page that exists shows the nearest one.
 */

export type Page = { number: number; count: number; offset: number; size: number; total: number }

export function pageOf(total: number, requested: string | null | undefined, size: number): Page {
	const count = Math.max(1, Math.ceil(total / size))
	const asked = Number.parseInt(requested ?? '', 10)
	const number = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), count) : 1
	return { number, count, offset: (number - 1) * size, size, total }
}

/** The number of the page that shows the item at `index` (from 0); the first page when it is not in the list. */
export function pageHolding(index: number, size: number): number {
	return index < 0 ? 1 : Math.floor(index / size) + 1
}

/**
 * A page number from the address, for lists whose length is not known until the page is
 * read: a whole number from 1, or 1 for anything else (words, fractions, "Infinity", numbers
 * too large to count rows by, which the database would refuse as an offset).
 */
export function requestedPage(requested: string | null | undefined): number {
	const asked = Number.parseInt(requested ?? '', 10)
	return Number.isSafeInteger(asked) && asked >= 1 ? asked : 1
}

export function pageSlice<T>(rows: readonly T[], page: Page): T[] {
	return rows.slice(page.offset, page.offset + page.size)
}

export type PageLink = { number: number; current: boolean } | { ellipsis: true }

/**
 * The numbered links GOV.UK pagination asks for: the first and last pages, the current one
 * and its neighbours, with an ellipsis for each gap of more than one page.
 */
export function pageLinks(page: Page): PageLink[] {
	const wanted = new Set([1, page.count, page.number - 1, page.number, page.number + 1])
	const numbers = [...wanted].filter((n) => n >= 1 && n <= page.count).sort((a, b) => a - b)
	const links: PageLink[] = []
	let previous = 0
	for (const n of numbers) {
		if (n - previous === 2) links.push({ number: n - 1, current: false })
		else if (n - previous > 2) links.push({ ellipsis: true })
		links.push({ number: n, current: n === page.number })
		previous = n
	}
	return links
}

/** "Showing 21 to 40 of 57" */
export function pageRange(page: Page): string {
	if (page.total === 0) return 'None to show'
	return `Showing ${page.offset + 1} to ${Math.min(page.offset + page.size, page.total)} of ${page.total}`
}

import { href } from 'react-router'

/** The comparison of two editions, as a page or as CSV: the address anyone can share. */
export function editionComparisonHref(fromId: number, toId: number, format: 'page' | 'csv' = 'page'): string {
	const path = format === 'csv' ? href('/toms/compare.csv') : href('/toms/compare')
	return `${path}?${new URLSearchParams({ from: String(fromId), to: String(toId) })}`
}

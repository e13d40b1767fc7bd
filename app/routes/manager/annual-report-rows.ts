import { href } from 'react-router'
import { formatProgress } from '#app/domain/returns/progress.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'

/** How a year's figure moved from the year before: "up 25% on 2025/26". */
export function changeOn(now: number, before: number, previousLabel: string): string {
	if (before === 0) return 'no figures the year before'
	const change = formatProgress(Math.round((Math.abs(now - before) * 10_000) / before))
	return `${now >= before ? 'up' : 'down'} ${change} on ${previousLabel}`
}

type YearTotals = { committedPence: number; deliveredPence: number }

export function headlineHead(yearLabel: string, previousLabel: string): TableCell[] {
	return [
		{ text: 'Measure' },
		{ text: yearLabel, format: 'numeric' },
		{ text: previousLabel, format: 'numeric' },
		{ text: 'Change' },
	]
}

/** Committed and delivered in the year, beside the year before and the change. */
export function headlineRows(year: YearTotals, previous: YearTotals & { label: string }): TableCell[][] {
	const row = (name: string, now: number, before: number): TableCell[] => [
		{ text: name },
		{ text: formatPounds(now), format: 'numeric' },
		{ text: formatPounds(before), format: 'numeric' },
		{ text: changeOn(now, before, previous.label) },
	]
	return [
		row('Social value committed', year.committedPence, previous.committedPence),
		row('Social value delivered', year.deliveredPence, previous.deliveredPence),
	]
}

/** Where to download a year's full list of contracts or case studies. */
export function exportHref(dataset: 'contracts' | 'case-studies', format: 'csv' | 'xlsx', yearKey: string): string {
	return `${href('/manage/exports/:dataset/:format', { dataset, format })}?${new URLSearchParams({ year: yearKey })}`
}

import { NOT_PUBLISHED } from '#app/domain/contracts/contract-audience.ts'
import { formatProgress } from '#app/domain/returns/progress.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { TableCell } from './govuk/table.tsx'
import { linkHtml } from './table-cells.ts'

/** A row's totals; null where they are a commercially sensitive contract's figures its reader may not see. */
export type TotalsRow = { key: string; label: string; committedPence: number | null; deliveredPence: number | null }

/** Delivered as a share of committed, like "43%", or a dash when nothing was committed. */
export function shareOf(deliveredPence: number, committedPence: number): string {
	return committedPence > 0 ? formatProgress(Math.round((deliveredPence * 10_000) / committedPence)) : '–'
}

/** The head of a committed-against-delivered table; `first` names what each row is. */
export function totalsHead(first: string): TableCell[] {
	return [
		{ text: first },
		{ text: 'Committed', format: 'numeric' },
		{ text: 'Delivered', format: 'numeric' },
		{ text: 'Delivered of committed', format: 'numeric' },
	]
}

/** One row per theme, priority, contract or supplier; `link` makes the row's name a link. */
export function totalsRows(rows: TotalsRow[], link?: (row: TotalsRow) => string): TableCell[][] {
	return rows.map((row) => {
		const { committedPence, deliveredPence } = row
		const shown =
			committedPence === null || deliveredPence === null
				? [NOT_PUBLISHED, NOT_PUBLISHED, NOT_PUBLISHED]
				: [formatPounds(committedPence), formatPounds(deliveredPence), shareOf(deliveredPence, committedPence)]
		return [
			link ? { html: linkHtml(link(row), row.label) } : { text: row.label },
			...shown.map((text): TableCell => ({ text, format: 'numeric' })),
		]
	})
}

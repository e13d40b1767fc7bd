import { href } from 'react-router'
import { matrixStatusLabels, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { formatBasisPoints } from '#app/domain/matrix/valuation.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { linkHtml } from '#app/components/table-cells.ts'

export type ComparedMatrix = {
	id: number
	status: MatrixStatus
	organisation: string
	totalPence: number
	/** Of the contract value, in hundredths of a percent; null when the tender has no value. */
	percent: number | null
	quantityScore: number
	qualityScore: number | null
	socialValueScore: number | null
}

export const comparisonHead: TableCell[] = [
	{ text: 'Supplier' },
	{ text: 'Status' },
	{ text: 'Social value', format: 'numeric' },
	{ text: 'Of contract value', format: 'numeric' },
	{ text: 'Quantity score', format: 'numeric' },
	{ text: 'Quality score', format: 'numeric' },
	{ text: 'Social value score', format: 'numeric' },
]

/** Each matrix of a tender side by side: its supplier (linking to the review), status, value and scores. */
export function comparisonRows(rows: ComparedMatrix[]): TableCell[][] {
	return rows.map((row) => [
		{ html: linkHtml(href('/manage/matrices/:matrixId', { matrixId: String(row.id) }), row.organisation) },
		{ text: matrixStatusLabels[row.status] },
		{ text: formatPounds(row.totalPence), format: 'numeric' },
		{ text: row.percent === null ? '' : formatBasisPoints(row.percent), format: 'numeric' },
		{ text: row.quantityScore, format: 'numeric' },
		{ text: row.qualityScore ?? 'Not scored', format: 'numeric' },
		{ text: row.socialValueScore ?? '–', format: 'numeric' },
	])
}

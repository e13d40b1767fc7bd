import { href } from 'react-router'
import type { StrugglingContract } from '#app/domain/returns/struggling.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { progressStatusHtml } from '#app/components/contract-progress-rows.ts'
import { escapeHtml } from '#app/components/govuk/shared.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { linkHtml } from '#app/components/table-cells.ts'
import { shareOf } from '#app/components/totals-rows.ts'

/** Committed and delivered in the dashboard's scope, and where its returns stand. */
export function dashboardSummaryRows(
	overall: { committedPence: number; deliveredPence: number },
	returns: { due: number; overdue: number; awaitingReview: number },
): SummaryListRow[] {
	const share = shareOf(overall.deliveredPence, overall.committedPence)
	return [
		{ key: { text: 'Social value committed' }, value: { text: formatPounds(overall.committedPence) } },
		{
			key: { text: 'Social value delivered' },
			value: { text: `${formatPounds(overall.deliveredPence)} (${share} of committed)` },
		},
		{
			key: { text: 'Returns' },
			value: {
				html: `${returns.due} ready to file, ${returns.overdue} overdue, ${linkHtml(href('/manage/returns'), `${returns.awaitingReview} waiting for review`)}`,
			},
		},
	]
}

export const strugglingHead: TableCell[] = [
	{ text: 'Supplier and contract' },
	{ text: 'Red', format: 'numeric' },
	{ text: 'Amber', format: 'numeric' },
	{ text: 'Furthest behind' },
]

/** Each contract with commitments behind their milestones: how many are red and amber, and the furthest behind. */
export function strugglingRows(rows: StrugglingContract[]): TableCell[][] {
	return rows.map((row) => [
		{
			html: `${escapeHtml(row.supplier)}<br>${linkHtml(href('/contracts/:contractId', { contractId: String(row.contractId) }), row.contract, { classes: 'govuk-body-s' })}`,
		},
		{ text: row.red, format: 'numeric' },
		{ text: row.amber, format: 'numeric' },
		{
			html: `${escapeHtml(row.furthest.commitment)} <span>${progressStatusHtml(row.furthest.progressBasisPoints, row.furthest.rag)}</span>`,
		},
	])
}

export const overTimeHead: TableCell[] = [{ text: 'Periods ending' }, { text: 'Delivered', format: 'numeric' }]

/** £ delivered by the month its periods ended. */
export function overTimeRows(points: Array<{ label: string; pence: number }>): TableCell[][] {
	return points.map((point) => [{ text: point.label }, { text: formatPounds(point.pence), format: 'numeric' }])
}

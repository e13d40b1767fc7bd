import { href } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { linkHtml } from '#app/components/table-cells.ts'
import type { ChosenReturn } from '#app/lib/bulk-approval.server.ts'

export const chosenReturnsHead: TableCell[] = [
	{ text: 'Contract' },
	{ text: 'Supplier' },
	{ text: 'Period' },
	{ text: 'Submitted' },
]

function contractCell(item: ChosenReturn): TableCell {
	return { text: `${item.contractReference} ${item.contractTitle}` }
}

/** What will be approved: each return's contract, supplier, period and when it was submitted. */
export function chosenReturnsRows(items: ChosenReturn[]): TableCell[][] {
	return items.map((item) => [
		contractCell(item),
		{ text: item.organisationName },
		{ text: item.periodLabel },
		{ text: item.submittedAt === null ? '' : formatDateTime(item.submittedAt) },
	])
}

export const notApprovedHead: TableCell[] = [{ text: 'Return' }, { text: 'Supplier' }, { text: 'Why not' }]

/** Returns left unapproved: each linked to its own page, with why. */
export function notApprovedRows(items: Array<ChosenReturn & { reason: string }>): TableCell[][] {
	return items.map((item) => [
		{
			html: linkHtml(
				href('/manage/returns/:returnId', { returnId: String(item.id) }),
				`${item.contractReference} ${item.contractTitle}: ${item.periodLabel}`,
			),
		},
		{ text: item.organisationName },
		{ text: item.reason },
	])
}

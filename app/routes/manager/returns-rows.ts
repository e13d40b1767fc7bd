import { href } from 'react-router'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { escapeHtml } from '#app/components/govuk/shared.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { linkHtml, tagHtml } from '#app/components/table-cells.ts'

export type QueuedReturn = {
	id: number
	submittedAt: number | null
	late: boolean
	nil: boolean
	periodLabel: string
	dueDate: string
	contractReference: string
	contractTitle: string
	organisationName: string
}

export const returnsQueueHead: TableCell[] = [
	{ text: 'Return' },
	{ text: 'Supplier' },
	{ text: 'Submitted' },
	{ text: 'Due' },
]

/** Each return waiting for review: a link to it, whose it is, when it came in (and whether late) and when it was due. */
export function returnsQueueRows(queue: QueuedReturn[]): TableCell[][] {
	return queue.map((item) => [
		{
			html:
				linkHtml(
					href('/manage/returns/:returnId', { returnId: String(item.id) }),
					`${item.contractTitle}: ${item.periodLabel}`,
				) +
				`<br><span class="govuk-body-s">${escapeHtml(item.contractReference)}</span>` +
				(item.nil ? ` ${tagHtml('Nil return', 'govuk-tag--grey')}` : ''),
		},
		{ text: item.organisationName },
		{
			html:
				(item.submittedAt === null ? '' : formatDateTime(item.submittedAt)) +
				(item.late ? ` ${tagHtml('Late', 'govuk-tag--red')}` : ''),
		},
		{ text: formatCalendarDate(item.dueDate) },
	])
}

import { href } from 'react-router'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { blockersPhrase, choiceValue } from '#app/domain/returns/bulk-approval.ts'
import type { CheckboxesItem } from '#app/components/govuk/checkboxes.tsx'
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

/** A return in the review queue at the version shown, with why it cannot be approved with others (none when it can). */
export type QueuedForApproval = QueuedReturn & { version: number; blockers: string[] }

export const returnsQueueHead: TableCell[] = [
	{ text: 'Return' },
	{ text: 'Supplier' },
	{ text: 'Submitted' },
	{ text: 'Due' },
	{ text: 'Approve with others' },
]

/**
 * Each return waiting for review: a link to it, whose it is, when it came in (and whether
 * late), when it was due, and whether it can be approved with others or why not.
 */
export function returnsQueueRows(queue: QueuedForApproval[]): TableCell[][] {
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
		{ text: item.blockers.length === 0 ? 'Yes' : blockersPhrase(item.blockers) },
	])
}

/** A checkbox for each return that can be approved with others, naming its contract and period. */
export function approvableItems(queue: QueuedForApproval[]): CheckboxesItem[] {
	return queue
		.filter((item) => item.blockers.length === 0)
		.map((item) => ({
			value: choiceValue({ returnId: item.id, version: item.version }),
			text: `${item.contractTitle}: ${item.periodLabel}`,
			hint: {
				text: `${item.contractReference}, ${item.organisationName}${
					item.submittedAt === null ? '' : `, submitted ${formatDateTime(item.submittedAt)}`
				}`,
			},
		}))
}

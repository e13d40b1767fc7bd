import type { ReactNode } from 'react'
import { href } from 'react-router'
import type { OutboxStatus } from '#db/schema.ts'
import { formatDateTime } from '#app/domain/dates.ts'
import type { listOutbox } from '#app/lib/outbox-admin.server.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'

export type OutboxRow = ReturnType<typeof listOutbox>['rows'][number]

const statusTags: Record<OutboxStatus, { text: string; classes: string }> = {
	queued: { text: 'Queued', classes: 'govuk-tag--blue' },
	sent: { text: 'Sent', classes: 'govuk-tag--green' },
	failed: { text: 'Failed', classes: 'govuk-tag--red' },
}

export const outboxHead: TableCell[] = [
	{ text: 'Message' },
	{ text: 'Status' },
	{ text: 'Last error' },
	{ children: <span className="govuk-visually-hidden">Action</span> },
]

/** One row per message: what and to whom, where it stands, the last error, and a way to retry a failed one. */
export function outboxRows(rows: OutboxRow[], retryForm: (row: OutboxRow) => ReactNode): TableCell[][] {
	return rows.map((row) => [
		{
			children: (
				<>
					{row.subject}
					<br />
					<span className="govuk-body-s">
						To {row.to}, queued {formatDateTime(row.createdAt)}
					</span>
				</>
			),
		},
		{
			children: (
				<>
					<Tag {...statusTags[row.status]} />
					<br />
					<span className="govuk-body-s">
						{row.status === 'sent' && row.sentAt !== null
							? formatDateTime(row.sentAt)
							: `${row.attempts} ${row.attempts === 1 ? 'attempt' : 'attempts'}`}
					</span>
				</>
			),
		},
		{ text: row.lastError ?? '', classes: 'govuk-body-s' },
		{ children: row.status === 'failed' ? retryForm(row) : null },
	])
}

/** The outbox, showing only messages in `status` (all of them when null), from page `page`. */
export function outboxHref(status: OutboxStatus | null, page?: number): string {
	const params = new URLSearchParams()
	if (status) params.set('status', status)
	if (page !== undefined) params.set('page', String(page))
	const query = params.toString()
	return query ? `${href('/admin/outbox')}?${query}` : href('/admin/outbox')
}

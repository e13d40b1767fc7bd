import { href } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'

export type SentMailRow = { id: string; to: string; subject: string; sentAt: number }

export const sentMailHead: TableCell[] = [{ text: 'Sent' }, { text: 'To' }, { text: 'Subject' }]

/** One row per message, newest first: when, to whom, and its subject, which leads to the message. */
export function sentMailRows(messages: SentMailRow[]): TableCell[][] {
	return messages.map((message) => [
		{ text: formatDateTime(message.sentAt) },
		{ text: message.to },
		{
			children: (
				<a className="govuk-link" href={href('/admin/sent-mail/:mailId', { mailId: message.id })}>
					{message.subject}
				</a>
			),
		},
	])
}

/** Page `page` of the sent mail, newest first. */
export function sentMailPageHref(page: number): string {
	return `${href('/admin/sent-mail')}?${new URLSearchParams({ page: String(page) })}`
}

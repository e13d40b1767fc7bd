import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { formatDateTime } from '#app/domain/dates.ts'
import { Table } from '#app/components/govuk/table.tsx'
import { type OutboxRow, outboxHead, outboxHref, outboxRows } from './outbox-table.tsx'

const queuedAt = Date.UTC(2027, 4, 3, 8, 30)
const message: OutboxRow = {
	id: 7,
	to: 'jo@brightstart.example',
	subject: 'Your return is overdue',
	status: 'failed',
	attempts: 8,
	lastError: 'connect ECONNREFUSED 127.0.0.1:25',
	createdAt: queuedAt,
	sentAt: null,
	nextAttemptAt: queuedAt,
}

function cellTexts(rows: OutboxRow[]) {
	const html = renderToStaticMarkup(<Table head={outboxHead} rows={outboxRows(rows, (row) => `retry ${row.id}`)} />)
	return [...html.matchAll(/<td class="([^"]*)">(.*?)<\/td>/g)].map(([, classes, inner]) => ({
		classes,
		text: inner!.replace(/<br\/>/g, ' | ').replace(/<[^>]+>/g, ''),
	}))
}

test('a failed message shows whom it was for, its attempts and last error, and a way to retry it', () => {
	expect(cellTexts([message])).toEqual([
		{
			classes: 'govuk-table__cell',
			text: `Your return is overdue | To jo@brightstart.example, queued ${formatDateTime(queuedAt)}`,
		},
		{ classes: 'govuk-table__cell', text: 'Failed | 8 attempts' },
		{ classes: 'govuk-table__cell govuk-body-s', text: 'connect ECONNREFUSED 127.0.0.1:25' },
		{ classes: 'govuk-table__cell', text: 'retry 7' },
	])
})

test('a sent message shows when it was sent, and others how many attempts so far; only failed ones can be retried', () => {
	const sentAt = queuedAt + 60_000
	const cells = cellTexts([
		{ ...message, id: 8, status: 'sent', attempts: 1, lastError: null, sentAt },
		{ ...message, id: 9, status: 'queued', attempts: 1, lastError: null },
	])
	expect(cells.map((cell) => cell.text)).toEqual([
		expect.stringContaining('Your return is overdue'),
		`Sent | ${formatDateTime(sentAt)}`,
		'',
		'',
		expect.stringContaining('Your return is overdue'),
		'Queued | 1 attempt',
		'',
		'',
	])
})

test('the status tag has the colour of its status', () => {
	const html = renderToStaticMarkup(
		<Table
			rows={outboxRows(
				(['queued', 'sent', 'failed'] as const).map((status) => ({ ...message, status })),
				() => null,
			)}
		/>,
	)
	expect([...html.matchAll(/<strong class="govuk-tag ([^"]+)">([^<]+)</g)].map((m) => [m[2], m[1]])).toEqual([
		['Queued', 'govuk-tag--blue'],
		['Sent', 'govuk-tag--green'],
		['Failed', 'govuk-tag--red'],
	])
})

test('links within the outbox keep the filter and the page', () => {
	expect(outboxHref(null)).toBe('/admin/outbox')
	expect(outboxHref('failed')).toBe('/admin/outbox?status=failed')
	expect(outboxHref('sent', 3)).toBe('/admin/outbox?status=sent&page=3')
	expect(outboxHref(null, 2)).toBe('/admin/outbox?page=2')
})

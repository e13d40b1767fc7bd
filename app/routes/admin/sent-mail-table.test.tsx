import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { formatDateTime } from '#app/domain/dates.ts'
import { Table } from '#app/components/govuk/table.tsx'
import { sentMailHead, sentMailPageHref, sentMailRows } from './sent-mail-table.tsx'

test('each message shows when and to whom it was sent, and its subject links to it', () => {
	const sentAt = Date.UTC(2027, 4, 3, 8, 30)
	const html = renderToStaticMarkup(
		<Table
			head={sentMailHead}
			rows={sentMailRows([
				{ id: '1715000000000-ab12', to: 'jo@brightstart.example', subject: 'You are invited <b>now</b>', sentAt },
			])}
		/>,
	)
	expect([...html.matchAll(/<th scope="col" class="govuk-table__header">([^<]*)</g)].map((m) => m[1])).toEqual([
		'Sent',
		'To',
		'Subject',
	])
	expect([...html.matchAll(/<td class="govuk-table__cell">(.*?)<\/td>/g)].map((m) => m[1])).toEqual([
		formatDateTime(sentAt),
		'jo@brightstart.example',
		'<a class="govuk-link" href="/admin/sent-mail/1715000000000-ab12">You are invited &lt;b&gt;now&lt;/b&gt;</a>',
	])
})

test('pages of sent mail are numbered in the address', () => {
	expect(sentMailPageHref(2)).toBe('/admin/sent-mail?page=2')
})

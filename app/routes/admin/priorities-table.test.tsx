import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { prioritiesHead, prioritiesRows, priorityEditHref } from './priorities-table.tsx'

function bodyCells(html: string) {
	return [...html.matchAll(/<td( colSpan="\d+")? class="govuk-table__cell">(.*?)<\/td>/g)].map(
		(m) => `${m[1] ?? ''}${m[2]}`,
	)
}

test('each priority shows its code, its name with the description under it, and a link to change it', () => {
	const html = renderToStaticMarkup(
		<Table
			head={prioritiesHead}
			rows={prioritiesRows([
				{ id: 4, code: 'CP1', name: 'A thriving local economy', description: 'Jobs & skills' },
				{ id: 5, code: 'CP2', name: 'Net zero by 2040', description: '' },
			])}
		/>,
	)
	expect(bodyCells(html)).toEqual([
		'CP1',
		'A thriving local economy<div class="govuk-hint govuk-!-margin-bottom-0">Jobs &amp; skills</div>',
		'<a class="govuk-link" href="/admin/priorities?edit=4#priority">Change<span class="govuk-visually-hidden"> A thriving local economy</span></a>',
		'CP2',
		'Net zero by 2040',
		'<a class="govuk-link" href="/admin/priorities?edit=5#priority">Change<span class="govuk-visually-hidden"> Net zero by 2040</span></a>',
	])
})

test('with no priorities the table says so across every column', () => {
	expect(bodyCells(renderToStaticMarkup(<Table head={prioritiesHead} rows={prioritiesRows([])} />))).toEqual([
		' colSpan="3"No priorities yet.',
	])
})

test('the link to change a priority opens it in the form', () => {
	expect(priorityEditHref(12)).toBe('/admin/priorities?edit=12#priority')
})

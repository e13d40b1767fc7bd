import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import {
	changedMeasureRows,
	countRows,
	describeMeasureCounts,
	editionItems,
	listedMeasureRows,
} from './toms-compare-rows.tsx'

const counts = {
	themes: { added: 1, removed: 0 },
	outcomes: { added: 2, removed: 1 },
	measures: { added: 3, removed: 1, changed: 12 },
}

/** The text of each cell of each body row, with its rowspan when it has one. */
function bodyCells(html: string) {
	const body = html.slice(html.indexOf('<tbody'))
	return [...body.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((row) =>
		[...row[1]!.matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)].map((cell) => {
			const text = cell[2]!
				.replace(/<\/p>/g, ' | ')
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ')
				.trim()
			const span = /rowSpan="(\d+)"|rowspan="(\d+)"/i.exec(cell[1]!)
			return span ? `${text} [${span[1] ?? span[2]}]` : text
		}),
	)
}

test('the selects offer every edition, saying which are drafts or retired', () => {
	expect(
		editionItems([
			{ id: 7, name: '2027/28', status: 'draft' },
			{ id: 5, name: '2026/27', status: 'published' },
			{ id: 3, name: '2025/26', status: 'retired' },
		]),
	).toEqual([
		{ value: '', text: 'Choose an edition' },
		{ value: '7', text: '2027/28 (draft)' },
		{ value: '5', text: '2026/27' },
		{ value: '3', text: '2025/26 (retired)' },
	])
})

test('the summary counts the measures, outcomes and themes that differ', () => {
	expect(describeMeasureCounts(counts)).toBe('3 measures added, 1 removed and 12 changed.')
	expect(describeMeasureCounts({ ...counts, measures: { added: 1, removed: 0, changed: 0 } })).toBe(
		'1 measure added, 0 removed and 0 changed.',
	)
	expect(countRows(counts).map((row) => [row.key.text, row.value.text])).toEqual([
		['Measures', '3 added, 1 removed, 12 changed'],
		['Outcomes', '2 added, 1 removed'],
		['Themes', '1 added, 0 removed'],
	])
})

test('an added or removed measure shows its code, title, outcome, unit and value', () => {
	const html = renderToStaticMarkup(
		<Table
			rows={listedMeasureRows([
				{ code: 'NT9', title: 'Volunteering hours', outcome: 'Community', unit: 'Hours', proxyValue: '£16.93' },
			])}
		/>,
	)
	expect(bodyCells(html)).toEqual([['NT9', 'Volunteering hours', 'Community', 'Hours', '£16.93']])
	expect(html).toContain('govuk-table__cell--numeric')
})

test('a changed measure is named once beside a row per changed field, guidance shown before and after', () => {
	const html = renderToStaticMarkup(
		<Table
			rows={changedMeasureRows([
				{
					code: 'NT1',
					title: 'Local people employed',
					outcome: 'Local work',
					changes: [
						{ field: 'title', label: 'Title', long: false, text: 'Local jobs → Local people employed' },
						{ field: 'proxyValuePence', label: 'Proxy value', long: false, text: '£16.93 → £17.44 (+3.0%)' },
						{ field: 'guidance', label: 'Guidance', long: true, before: 'Count FTE.', after: 'Count FTE.\nOnce.' },
						{ field: 'evidenceGuidance', label: 'Evidence of delivery', long: true, before: '', after: 'Payroll.' },
					],
				},
				{
					code: 'NT2',
					title: 'Apprentices',
					outcome: 'Skills',
					changes: [{ field: 'unit', label: 'Unit', long: false, text: 'Hours → Weeks' }],
				},
			])}
		/>,
	)
	expect(bodyCells(html)).toEqual([
		['NT1 Local people employed | Local work | [4]', 'Title', 'Local jobs → Local people employed'],
		['Proxy value', '£16.93 → £17.44 (+3.0%)'],
		['Guidance', 'Before | Count FTE. | After | Count FTE. Once. |'],
		['Evidence of delivery', 'Before | None | After | Payroll. |'],
		['NT2 Apprentices | Skills | [1]', 'Unit', 'Hours → Weeks'],
	])
	// Line breaks in guidance stay as the council wrote them.
	expect(html).toContain('app-preserve-lines">Count FTE.\nOnce.</p>')
})

import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { tableText } from '#tests/table-text.tsx'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'
import { editionHead, editionRows, measureHead, measureRows, problemHead, problemRows } from './rows.tsx'

const measure = { id: 7, code: 'JOB-2', title: 'Expert hours', unit: 'expert_hours', proxyValuePence: 10100 }

test('a draft’s measures each have a link to change them, named for the measure', () => {
	expect(tableText(measureHead(true), measureRows(3, [measure], true, STARTING_CATALOGUE))).toEqual([
		['Code', 'Measure', 'Unit', 'Value', 'Actions'],
		['JOB-2', 'Expert hours', 'Expert hours', '£101.00 per expert hour', 'Change JOB-2'],
	])
	const html = renderToStaticMarkup(<Table rows={measureRows(3, [measure], true, STARTING_CATALOGUE)} />)
	expect(html).toContain(
		'<a class="govuk-link" href="/admin/toms/3/measures/7">Change<span class="govuk-visually-hidden"> JOB-2</span></a>',
	)
})

test('a published edition’s measures cannot be changed, and an empty outcome says so across the table', () => {
	expect(
		tableText(measureHead(false), measureRows(3, [{ ...measure, proxyValuePence: null }], false, STARTING_CATALOGUE)),
	).toEqual([
		['Code', 'Measure', 'Unit', 'Value'],
		['JOB-2', 'Expert hours', 'Expert hours', 'Record only'],
	])
	expect(renderToStaticMarkup(<Table rows={measureRows(3, [], true, STARTING_CATALOGUE)} />)).toContain(
		'<td colSpan="5" class="govuk-table__cell">No measures yet.</td>',
	)
	expect(renderToStaticMarkup(<Table rows={measureRows(3, [], false, STARTING_CATALOGUE)} />)).toContain(
		'<td colSpan="4" class="govuk-table__cell">No measures yet.</td>',
	)
})

test('every edition links to its page, with its status, and its measures counted on the right', () => {
	const editions = [
		{
			id: 4,
			name: '2027/28',
			status: 'draft' as const,
			isCurrent: false,
			measureCount: 0,
			updatedAt: Date.UTC(2027, 3, 30, 9),
		},
		{
			id: 2,
			name: '2026/27',
			status: 'published' as const,
			isCurrent: true,
			measureCount: 43,
			updatedAt: Date.UTC(2026, 3, 1, 9),
		},
	]
	expect(tableText(editionHead, editionRows(editions))).toEqual([
		['Edition', 'Status', 'Measures', 'Last changed'],
		['2027/28', 'Draft', '0', '30 April 2027'],
		['2026/27', 'Published Current', '43', '1 April 2026'],
	])
	const html = renderToStaticMarkup(<Table rows={editionRows(editions)} />)
	expect(html).toContain('<a class="govuk-link" href="/admin/toms/4">2027/28</a>')
	expect(html).toContain('<strong class="govuk-tag govuk-tag--blue">Draft</strong>')
	expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">43</td>')
})

test('a problem in the file says where it is, and a problem with the whole file leaves the place empty', () => {
	expect(
		tableText(
			problemHead,
			problemRows([
				{ row: 4, column: 'unit', message: '‘furlongs’ is not a unit' },
				{ row: null, column: null, message: 'The file is empty' },
			]),
		),
	).toEqual([
		['Row', 'Column', 'Problem'],
		['4', 'unit', '‘furlongs’ is not a unit'],
		['', '', 'The file is empty'],
	])
})

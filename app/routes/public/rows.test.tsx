import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { tableText } from '#tests/table-text.tsx'
import { opportunityHead, opportunityRows, publicEditionHead, publicEditionRows } from './rows.tsx'

const tender = {
	id: 12,
	reference: 'LIB/2027/003',
	title: 'Library cleaning',
	estimatedValuePence: 12_500_000,
	deadlineAt: Date.UTC(2027, 4, 14, 11),
	amendments: 0,
	timeLeft: '3 weeks left',
}

test('an open tender links to its page, with its reference, value, deadline and time left', () => {
	expect(tableText(opportunityHead, opportunityRows([tender]))).toEqual([
		['Tender', 'Estimated value', 'Deadline', 'Time left'],
		['Library cleaning LIB/2027/003', '£125,000.00', '14 May 2027 at midday', '3 weeks left'],
	])
	const html = renderToStaticMarkup(<Table rows={opportunityRows([tender])} />)
	expect(html).toContain('<a class="govuk-link" href="/opportunities/12">Library cleaning</a>')
	expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">£125,000.00</td>')
})

test('a tender says how many times it was amended, once it has been', () => {
	const amended = (amendments: number) => tableText(undefined, opportunityRows([{ ...tender, amendments }]))[0]![0]
	expect(amended(1)).toBe('Library cleaning LIB/2027/003 · amended 1 time')
	expect(amended(3)).toBe('Library cleaning LIB/2027/003 · amended 3 times')
})

test('published editions link to their page; the current one is marked, the others say what they are', () => {
	const editions = [
		{
			id: 5,
			name: '2027/28',
			status: 'published' as const,
			isCurrent: true,
			publishedAt: Date.UTC(2027, 2, 1, 9),
			measureCount: 43,
		},
		{
			id: 3,
			name: '2026/27',
			status: 'published' as const,
			isCurrent: false,
			publishedAt: Date.UTC(2026, 2, 2, 9),
			measureCount: 40,
		},
		{ id: 1, name: '2025/26', status: 'retired' as const, isCurrent: false, publishedAt: null, measureCount: 38 },
	]
	expect(tableText(publicEditionHead, publicEditionRows(editions))).toEqual([
		['Edition', 'Published', 'Measures', 'Status'],
		['2027/28', '1 March 2027', '43', 'Current'],
		['2026/27', '2 March 2026', '40', 'Published'],
		['2025/26', '', '38', 'Retired'],
	])
	const html = renderToStaticMarkup(<Table rows={publicEditionRows(editions)} />)
	expect(html).toContain('<a class="govuk-link" href="/toms/editions/5">2027/28</a>')
	expect(html).toContain('<strong class="govuk-tag govuk-tag--green">Current</strong>')
	expect(html).toContain('<strong class="govuk-tag govuk-tag--grey">Retired</strong>')
})

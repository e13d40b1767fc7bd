import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { tableText } from '#tests/table-text.tsx'
import {
	opportunityHead,
	withCouncilColumn,
	opportunityRows,
	publicEditionHead,
	publicEditionRows,
	registerHead,
	registerRows,
} from './rows.tsx'

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

test('the register links each contract and shows the figures its reader may see, and words where they may not', () => {
	const contract = {
		id: 7,
		title: 'Grounds maintenance',
		reference: 'GM/2027/01',
		organisationName: 'Brightstart Ltd',
		startDate: '2027-04-01',
		endDate: '2030-03-31',
		valuePence: 250_000_00,
		committedPence: 12_345_67,
		deliveredPence: 0,
	}
	const sensitive = { ...contract, id: 8, valuePence: null, committedPence: null, deliveredPence: null }
	expect(tableText(registerHead, registerRows([contract, sensitive]))).toEqual([
		['Contract', 'Supplier', 'Term', 'Contract value', 'Social value committed', 'Social value delivered'],
		[
			'Grounds maintenance GM/2027/01',
			'Brightstart Ltd',
			'1 April 2027 to 31 March 2030',
			'£250,000.00',
			'£12,345.67',
			'£0.00',
		],
		[
			'Grounds maintenance GM/2027/01',
			'Brightstart Ltd',
			'1 April 2027 to 31 March 2030',
			'Not published',
			'Not published',
			'Not published',
		],
	])
	expect(renderToStaticMarkup(<Table rows={registerRows([contract])} />)).toContain(
		'<a class="govuk-link" href="/contracts/7">Grounds maintenance</a>',
	)
})

test('rows listing several councils’ records name each one’s council, and links keep a council’s prefix', () => {
	const context = {
		path: (path: string) => `/c/dale${path}`,
		councilNames: { 1: 'Northshire Council', 2: 'Dale Council' },
	}
	expect(
		tableText(withCouncilColumn(opportunityHead, context), opportunityRows([{ ...tender, councilId: 2 }], context)),
	).toEqual([
		['Tender', 'Council', 'Estimated value', 'Deadline', 'Time left'],
		['Library cleaning LIB/2027/003', 'Dale Council', '£125,000.00', '14 May 2027 at midday', '3 weeks left'],
	])
	expect(renderToStaticMarkup(<Table rows={opportunityRows([tender], context)} />)).toContain(
		'<a class="govuk-link" href="/c/dale/opportunities/12">Library cleaning</a>',
	)
	expect(withCouncilColumn(registerHead)).toEqual(registerHead)
})

import { expect, test } from 'vitest'
import { draftDetailRows, draftRows } from './contract-draft-rows.ts'

const draft = {
	reference: 'DC/1',
	organisation: 'Greenways',
	contact: { name: 'Sam Green', email: 'sam@greenways.example' },
	valuePence: 250_000_00,
	startDate: '2027-04-01',
	endDate: '2029-03-31',
	cadence: 'half_yearly',
	manager: 'Priya',
}

test('a draft lists its supplier, the contact to invite, value, term, reporting and manager', () => {
	expect(draftDetailRows(draft).map((row) => [row.key?.text, row.value?.text])).toEqual([
		['Reference', 'DC/1'],
		['Supplier', 'Greenways'],
		['Contact to invite', 'Sam Green (sam@greenways.example), invited when you confirm'],
		['Contract value', '£250,000.00'],
		['Contract term', '1 April 2027 to 31 March 2029'],
		['Progress reports', 'Every half year'],
		['Contract manager', 'Priya'],
	])
	expect(draftDetailRows({ ...draft, contact: null }).map((row) => row.key?.text)).not.toContain('Contact to invite')
})

test('a draft in progress links to its page and says how far it has got', () => {
	expect(
		draftRows([
			{ matrixId: 7, reference: 'DC/1', title: 'Parks & gardens', supplier: 'Greenways', lines: 1, measures: 3 },
		]),
	).toEqual([
		[
			{ html: '<a class="govuk-link" href="/manage/contract-drafts/7">DC/1: Parks &amp; gardens</a>' },
			{ text: 'Greenways' },
			{ text: '1 of 3', format: 'numeric' },
		],
	])
})

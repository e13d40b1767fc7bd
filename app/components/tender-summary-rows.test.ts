import { expect, test } from 'vitest'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'
import { scopeMeasuresByTheme, tenderTermsRows } from './tender-summary-rows.ts'

const tender = {
	reference: 'LIB/2027/003',
	description: '',
	estimatedValuePence: 480_000_00,
	contractStart: '2027-04-01',
	contractEnd: '2030-03-31',
	deadlineAt: Date.UTC(2027, 2, 1, 12),
	weightingPercent: 10,
	quantitySharePercent: 60,
	targetPercent: null,
	cadence: 'quarterly',
}

test('a tender’s terms read as a summary list, as bidders see them', () => {
	const rows = tenderTermsRows(tender, '2026/27')
	expect(rows.map((row) => [row.key.text, row.value.text])).toEqual([
		['Reference', 'LIB/2027/003'],
		['Estimated contract value', '£480,000.00'],
		['Expected contract term', '1 April 2027 to 31 March 2030'],
		['Submission deadline', '1 March 2027 at midday'],
		[
			'Social value weighting',
			'10% of the total score (60% for quantity offered, 40% for quality of method statements)',
		],
		['Target', 'None set'],
		['Progress reports', 'Every quarter'],
		['TOMs edition', '2026/27'],
	])
	expect(tenderTermsRows({ ...tender, targetPercent: 5 }, '')[5]?.value.text).toBe(
		'Social value of at least 5% of the contract value',
	)
})

test('the measures in scope are grouped by theme, the guidance under each, every word escaped', () => {
	const measure = {
		id: 1,
		code: 'JOB-2',
		title: 'Hours <volunteering>',
		unit: 'hours',
		proxyValuePence: 1693,
		guidance: 'Count & record',
		themeName: 'Jobs',
	}
	const groups = scopeMeasuresByTheme(
		[
			measure,
			{ ...measure, id: 2, code: 'ENV-2', title: 'A plan', guidance: '', themeName: 'Environment' },
			{ ...measure, id: 3, code: 'JOB-3', title: 'Apprentices', guidance: '' },
		],
		STARTING_CATALOGUE,
	)
	expect(groups.map((group) => [group.theme, group.rows.length])).toEqual([
		['Jobs', 2],
		['Environment', 1],
	])
	expect(groups[0]?.rows[0]).toEqual([
		{
			html: '<strong>JOB-2</strong>: Hours &lt;volunteering&gt;<div class="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-16">Count &amp; record</div>',
		},
		{ text: 'Hours' },
		{ text: '£16.93 per hour' },
	])
	expect(groups[1]?.rows[0]?.[0]).toEqual({ html: '<strong>ENV-2</strong>: A plan' })
})

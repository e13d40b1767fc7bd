import { describe, expect, test } from 'vitest'
import { STARTING_CATALOGUE } from './units.ts'
import { filledMeasure as measure } from '#tests/measure-fixture.ts'
import type { EditionContent } from './content.ts'
import {
	compareContent,
	comparisonCsvHeader,
	comparisonCsvRows,
	describeProxyValueChange,
	formatPercentChange,
	showUnit,
} from './edition-comparison.ts'

const before: EditionContent = {
	themes: [
		{
			name: 'Jobs',
			outcomes: [
				{ name: 'Local work', measures: [measure('NT1'), measure('NT2')] },
				{ name: 'Skills', measures: [measure('NT3')] },
			],
		},
		{ name: 'Environment', outcomes: [{ name: 'Carbon', measures: [measure('NT4')] }] },
		{ name: 'Old theme', outcomes: [{ name: 'Gone', measures: [measure('NT5')] }] },
	],
}

const after: EditionContent = {
	themes: [
		{ name: 'Community', outcomes: [{ name: 'Volunteering', measures: [measure('NT9', { unit: 'people_fte' })] }] },
		{
			name: 'Jobs',
			outcomes: [
				{
					name: 'Local work',
					measures: [
						measure('NT1', { proxyValuePence: 1744, title: 'Local people employed' }),
						measure('NT6', { proxyValuePence: null, unit: 'text' }),
					],
				},
				{ name: 'Training', measures: [] },
			],
		},
		{
			name: 'Environment',
			outcomes: [
				{
					name: 'Carbon',
					measures: [
						measure('NT4', { guidance: 'Count the hours.\nEach one.', priorityCodes: ['CP2', 'CP1'] }),
						measure('nt3', { title: 'Measure NT3', proxyValuePence: 1600 }),
					],
				},
			],
		},
	],
}

describe('compareContent', () => {
	const comparison = compareContent(before, after, STARTING_CATALOGUE)

	test('counts what was added, removed and changed', () => {
		expect(comparison.unchanged).toBe(false)
		expect(comparison.counts).toEqual({
			themes: { added: 1, removed: 1 },
			outcomes: { added: 2, removed: 2 },
			measures: { added: 2, removed: 2, changed: 3 },
		})
	})

	test('groups the differences by theme, in the later edition’s order, then the themes it dropped', () => {
		expect(comparison.sections.map((section) => [section.theme, section.status])).toEqual([
			['Community', 'added'],
			['Jobs', 'kept'],
			['Environment', 'kept'],
			['Old theme', 'removed'],
		])
	})

	test('shows each added or removed measure with its outcome, unit label and value', () => {
		const [community, jobs, , old] = comparison.sections
		expect(community!.outcomesAdded).toEqual(['Volunteering'])
		expect(community!.measuresAdded).toEqual([
			{ code: 'NT9', title: 'Measure NT9', outcome: 'Volunteering', unit: 'People (FTE)', proxyValue: '£16.93' },
		])
		expect(jobs!.measuresAdded).toEqual([
			{ code: 'NT6', title: 'Measure NT6', outcome: 'Local work', unit: 'Text', proxyValue: 'None (record only)' },
		])
		expect(jobs!.measuresRemoved.map((m) => m.code)).toEqual(['NT2'])
		expect(jobs!.outcomesAdded).toEqual(['Training'])
		expect(jobs!.outcomesRemoved).toEqual(['Skills'])
		expect(old!.outcomesRemoved).toEqual(['Gone'])
		expect(old!.measuresRemoved).toEqual([
			{ code: 'NT5', title: 'Measure NT5', outcome: 'Gone', unit: 'Hours', proxyValue: '£16.93' },
		])
	})

	test('describes each changed field: short ones as before → after, guidance in full', () => {
		const [, jobs, environment] = comparison.sections
		expect(jobs!.measuresChanged).toEqual([
			{
				code: 'NT1',
				title: 'Local people employed',
				outcome: 'Local work',
				changes: [
					{ field: 'title', label: 'Title', long: false, text: 'Measure NT1 → Local people employed' },
					{ field: 'proxyValuePence', label: 'Proxy value', long: false, text: '£16.93 → £17.44 (+3.0%)' },
				],
			},
		])
		expect(environment!.measuresChanged).toEqual([
			{
				code: 'NT4',
				title: 'Measure NT4',
				outcome: 'Carbon',
				changes: [
					{
						field: 'guidance',
						label: 'Guidance',
						long: true,
						before: 'Count the hours.',
						after: 'Count the hours.\nEach one.',
					},
					{ field: 'priorityCodes', label: 'Council priorities', long: false, text: 'CP1 → CP2; CP1' },
				],
			},
			{
				// Matched ignoring case, and shown under the theme it moved to.
				code: 'nt3',
				title: 'Measure NT3',
				outcome: 'Carbon',
				changes: [
					{ field: 'place', label: 'Theme and outcome', long: false, text: 'Jobs: Skills → Environment: Carbon' },
					{ field: 'proxyValuePence', label: 'Proxy value', long: false, text: '£16.93 → £16.00 (-5.5%)' },
				],
			},
		])
	})

	test('names the unit by its label when it changes, and says when priorities are none', () => {
		const unitChange = compareContent(
			before,
			{
				themes: [
					{
						name: 'Jobs',
						outcomes: [{ name: 'Local work', measures: [measure('NT1', { unit: 'weeks', priorityCodes: [] })] }],
					},
				],
			},
			STARTING_CATALOGUE,
		)
		const jobs = unitChange.sections.find((section) => section.theme === 'Jobs')!
		expect(jobs.measuresChanged[0]!.changes).toEqual([
			{ field: 'unit', label: 'Unit', long: false, text: 'Hours → Weeks' },
			{ field: 'priorityCodes', label: 'Council priorities', long: false, text: 'CP1 → None' },
		])
	})

	test('an edition compared with itself is unchanged and has no sections', () => {
		expect(compareContent(before, structuredClone(before), STARTING_CATALOGUE)).toEqual({
			unchanged: true,
			counts: {
				themes: { added: 0, removed: 0 },
				outcomes: { added: 0, removed: 0 },
				measures: { added: 0, removed: 0, changed: 0 },
			},
			sections: [],
		})
	})
})

describe('proxy value changes', () => {
	test('give the percentage with a sign and one decimal place', () => {
		expect(formatPercentChange(3)).toBe('+3.0%')
		expect(formatPercentChange(-2.9)).toBe('-2.9%')
		expect(formatPercentChange(0)).toBe('0.0%')
		expect(formatPercentChange(99900)).toBe('+99900.0%')
	})

	test('read £ before → £ after, with the percentage only when there is one', () => {
		expect(describeProxyValueChange(1693, 1744)).toBe('£16.93 → £17.44 (+3.0%)')
		expect(describeProxyValueChange(1744, 1693)).toBe('£17.44 → £16.93 (-2.9%)')
		expect(describeProxyValueChange(123456, 123456)).toBe('£1,234.56 → £1,234.56 (0.0%)')
		expect(describeProxyValueChange(null, 1744)).toBe('None (record only) → £17.44')
		expect(describeProxyValueChange(1693, null)).toBe('£16.93 → None (record only)')
		expect(describeProxyValueChange(0, 1744)).toBe('£0.00 → £17.44')
	})
})

test('a unit is shown by its label, and an unknown key as it is', () => {
	expect(showUnit('people_fte', STARTING_CATALOGUE)).toBe('People (FTE)')
	expect(showUnit('furlongs', STARTING_CATALOGUE)).toBe('furlongs')
})

describe('the CSV of a comparison', () => {
	const rows = comparisonCsvRows(before, after, STARTING_CATALOGUE)
	const byCode = (code: string) => {
		const row = rows.find((r) => r[2] === code)!
		return Object.fromEntries(comparisonCsvHeader.map((name, index) => [name, row[index]]))
	}

	test('has a column for each field before and after, and the percentage', () => {
		expect(comparisonCsvHeader).toEqual([
			'Theme',
			'Outcome',
			'Code',
			'Title',
			'Change',
			'Fields changed',
			'Theme and outcome before',
			'Theme and outcome after',
			'Title before',
			'Title after',
			'Unit before',
			'Unit after',
			'Proxy value (£) before',
			'Proxy value (£) after',
			'Guidance before',
			'Guidance after',
			'Evidence of delivery before',
			'Evidence of delivery after',
			'Council priorities before',
			'Council priorities after',
			'Proxy value change (%)',
		])
		expect(rows.every((row) => row.length === comparisonCsvHeader.length)).toBe(true)
	})

	test('has one row per measure, theme by theme: added, removed, then changed', () => {
		expect(rows.map((row) => [row[0], row[2], row[4]])).toEqual([
			['Community', 'NT9', 'added'],
			['Jobs', 'NT6', 'added'],
			['Jobs', 'NT2', 'removed'],
			['Jobs', 'NT1', 'changed'],
			['Environment', 'NT4', 'changed'],
			['Environment', 'nt3', 'changed'],
			['Old theme', 'NT5', 'removed'],
		])
	})

	test('a changed measure fills only the fields that changed, with the proxy value’s percentage', () => {
		expect(byCode('NT1')).toEqual({
			Theme: 'Jobs',
			Outcome: 'Local work',
			Code: 'NT1',
			Title: 'Local people employed',
			Change: 'changed',
			'Fields changed': 'Title; Proxy value',
			'Theme and outcome before': '',
			'Theme and outcome after': '',
			'Title before': 'Measure NT1',
			'Title after': 'Local people employed',
			'Unit before': '',
			'Unit after': '',
			'Proxy value (£) before': '16.93',
			'Proxy value (£) after': '17.44',
			'Guidance before': '',
			'Guidance after': '',
			'Evidence of delivery before': '',
			'Evidence of delivery after': '',
			'Council priorities before': '',
			'Council priorities after': '',
			'Proxy value change (%)': 3,
		})
		expect(byCode('nt3')).toMatchObject({
			'Fields changed': 'Theme and outcome; Proxy value',
			'Theme and outcome before': 'Jobs: Skills',
			'Theme and outcome after': 'Environment: Carbon',
			'Proxy value change (%)': -5.5,
		})
		expect(byCode('NT4')).toMatchObject({
			'Fields changed': 'Guidance; Council priorities',
			'Guidance before': 'Count the hours.',
			'Guidance after': 'Count the hours.\nEach one.',
			'Council priorities before': 'CP1',
			'Council priorities after': 'CP2, CP1',
			'Proxy value change (%)': null,
		})
	})

	test('an added measure fills the after side, a removed one the before side', () => {
		expect(byCode('NT9')).toMatchObject({
			Outcome: 'Volunteering',
			'Fields changed': '',
			'Title before': '',
			'Title after': 'Measure NT9',
			'Unit after': 'People (FTE)',
			'Proxy value (£) after': '16.93',
			'Guidance after': 'Count the hours.',
			'Evidence of delivery after': 'Timesheets.',
			'Council priorities after': 'CP1',
			'Proxy value change (%)': null,
		})
		expect(byCode('NT6')).toMatchObject({ 'Unit after': 'Text', 'Proxy value (£) after': '' })
		expect(byCode('NT5')).toMatchObject({
			Theme: 'Old theme',
			Outcome: 'Gone',
			'Title before': 'Measure NT5',
			'Title after': '',
			'Unit before': 'Hours',
			'Unit after': '',
			'Proxy value (£) before': '16.93',
		})
	})

	test('is empty when nothing changed', () => {
		expect(comparisonCsvRows(before, before, STARTING_CATALOGUE)).toEqual([])
	})
})

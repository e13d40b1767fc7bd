import { expect, test } from 'vitest'
import { tableText } from '#tests/table-text.tsx'
import {
	proxyValueLabel,
	proxyValueRows,
	proxyValuesHead,
	upliftChoiceItems,
	upliftHead,
	upliftRows,
} from './proxy-value-rows.tsx'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'

test('each measure of an uplift: its value before, after, and the difference', () => {
	expect(
		tableText(
			upliftHead,
			upliftRows([
				{ id: 1, code: 'JOB-2', title: 'Expert hours', oldPence: 10100, newPence: 10454 },
				{ id: 2, code: 'JOB-1', title: 'Local people employed', oldPence: 1500000, newPence: 1462500 },
				{ id: 3, code: 'VOL-1', title: 'Volunteering', oldPence: 100, newPence: 100 },
			]),
		),
	).toEqual([
		['Code', 'Measure', 'Old value', 'New value', 'Difference'],
		['JOB-2', 'Expert hours', '£101.00', '£104.54', '+£3.54'],
		['JOB-1', 'Local people employed', '£15,000.00', '£14,625.00', '-£375.00'],
		['VOL-1', 'Volunteering', '£1.00', '£1.00', '£0.00'],
	])
})

test('a box for each priced measure says what it is worth now', () => {
	expect(
		upliftChoiceItems(
			[{ id: 7, code: 'JOB-2', title: 'Expert hours', unit: 'expert_hours', proxyValuePence: 10100 }],
			STARTING_CATALOGUE,
		),
	).toEqual([{ value: '7', text: 'JOB-2: Expert hours', hint: { text: '£101.00 per expert hour' } }])
})

test('each measure of the table of values has its field', () => {
	const measures = [
		{ id: 7, code: 'JOB-2', title: 'Expert hours', unit: 'expert_hours' as const, proxyValuePence: 10100 },
		{ id: 8, code: 'ENV-3', title: 'Electric vehicles', unit: 'percent' as const, proxyValuePence: null },
	]
	expect(
		tableText(
			proxyValuesHead,
			proxyValueRows(measures, (m) => `field ${m.id}`, STARTING_CATALOGUE),
		),
	).toEqual([
		['Code', 'Measure', 'Unit', 'Proxy value per unit'],
		['JOB-2', 'Expert hours', 'Expert hours', 'field 7'],
		['ENV-3', 'Electric vehicles', '%', 'field 8'],
	])
	expect(proxyValueLabel(measures[0]!)).toBe('Proxy value of JOB-2, £ per unit')
})

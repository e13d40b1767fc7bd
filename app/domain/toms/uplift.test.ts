import { describe, expect, test } from 'vitest'
import type { PriceableMeasure } from './priceable.ts'
import {
	changedLines,
	formatPercentage,
	lineTooLarge,
	parsePercentage,
	planUplift,
	selectForUplift,
	upliftPence,
} from './uplift.ts'

describe('upliftPence', () => {
	test.each([
		// £16.93 by 3.5% is £17.52255: under half a penny over, so down.
		[1693, 350, 1752],
		[1000, 250, 1025],
		// £101.00 by 3.5% is £104.535: exactly half a penny, so up.
		[10100, 350, 10454],
		// £244.63 by 3.5% is £253.19205.
		[24463, 350, 25319],
		[100, 50, 101],
		[100, 49, 100],
		[0, 350, 0],
		[1, 10_000, 2],
		// Cuts: £1.00 less 0.5% is 99.5p, half a penny, away from zero.
		[100, -50, 100],
		[100, -51, 99],
		[1693, -5000, 847],
		[1500000, -250, 1462500],
	])('%i pence by %i basis points is %i pence', (pence, basisPoints, expected) => {
		expect(upliftPence(pence, basisPoints)).toBe(expected)
	})

	test('the largest proxy value there can be is worked out exactly, beyond what a float holds', () => {
		// £1bn by 0.01%: 100,000,000,000 × 10,001 / 10,000 is 100,010,000,000 exactly.
		expect(upliftPence(100_000_000_000, 1)).toBe(100_010_000_000)
		// 99,999,999,999 × 1.0351 = 103,509,999,998.9649: a float product would not land on the penny.
		expect(upliftPence(99_999_999_999, 351)).toBe(103_509_999_999)
		expect(upliftPence(Number.MAX_SAFE_INTEGER, 0)).toBe(Number.MAX_SAFE_INTEGER)
	})

	test('a negative value rounds half a penny away from zero too', () => {
		expect(upliftPence(-10100, 350)).toBe(-10454)
		expect(upliftPence(-1693, 350)).toBe(-1752)
	})

	test('fractions of a penny or of a basis point are refused', () => {
		expect(() => upliftPence(16.93, 350)).toThrow(RangeError)
		expect(() => upliftPence(1693, 3.5)).toThrow(RangeError)
	})
})

describe('parsePercentage', () => {
	test.each([
		['3.5', 350],
		['3.50', 350],
		[' 3.5% ', 350],
		['3.5 %', 350],
		['+2', 200],
		['-1.25', -125],
		['−1.25', -125],
		['- 1.25', -125],
		['0.01', 1],
		['100', 10_000],
		['-50', -5_000],
	])('%j is %i basis points', (input, basisPoints) => {
		expect(parsePercentage(input)).toEqual({ ok: true, basisPoints })
	})

	test.each([
		['', 'empty'],
		['   ', 'empty'],
		['0', 'zero'],
		['-0', 'zero'],
		['0.00', 'zero'],
		['3.555', 'too-precise'],
		['100.01', 'too-large'],
		['1,000', 'too-large'],
		['9007199254740993', 'too-large'],
		['-50.01', 'too-small'],
		['-9007199254740993', 'too-small'],
		['three', 'not-a-number'],
		['%', 'not-a-number'],
		['-', 'not-a-number'],
		['--3', 'not-a-number'],
		['1e3', 'not-a-number'],
		['NaN', 'not-a-number'],
		['Infinity', 'not-a-number'],
		['3.5.1', 'not-a-number'],
	])('%j is refused as %s', (input, problem) => {
		expect(parsePercentage(input)).toEqual({ ok: false, problem })
	})
})

test.each([
	[350, '3.5'],
	[300, '3'],
	[-125, '-1.25'],
	[1, '0.01'],
	[10_000, '100'],
])('%i basis points are written %j, and read back the same', (basisPoints, text) => {
	expect(formatPercentage(basisPoints)).toBe(text)
	expect(parsePercentage(text)).toEqual({ ok: true, basisPoints })
})

const measures: PriceableMeasure[] = [
	{ id: 1, code: 'JOB-1', title: 'Local people employed', unit: 'people_fte', proxyValuePence: 1500000 },
	{ id: 2, code: 'JOB-2', title: 'Expert hours', unit: 'expert_hours', proxyValuePence: 10100 },
	{ id: 3, code: 'ENV-2', title: 'How you cut waste', unit: 'text', proxyValuePence: null },
	{ id: 4, code: 'ENV-3', title: 'Electric vehicles', unit: 'percent', proxyValuePence: null },
	{ id: 5, code: 'VOL-1', title: 'Volunteering', unit: 'hours', proxyValuePence: 1693 },
]

describe('selectForUplift', () => {
	test('every priced measure: record-only and text measures never change', () => {
		const selected = selectForUplift(measures, { scope: 'all' })
		expect(selected.ok && selected.measures.map((m) => m.code)).toEqual(['JOB-1', 'JOB-2', 'VOL-1'])
	})

	test('only the ticked ones, in the edition’s order', () => {
		const selected = selectForUplift(measures, { scope: 'chosen', measureIds: [5, 2, 5] })
		expect(selected.ok && selected.measures.map((m) => m.code)).toEqual(['JOB-2', 'VOL-1'])
	})

	test('nothing ticked is refused', () => {
		expect(selectForUplift(measures, { scope: 'chosen', measureIds: [] })).toEqual({
			ok: false,
			problem: 'none-chosen',
		})
	})

	test.each([[[2, 4]], [[2, 3]], [[2, 99]]])(
		'ticking %j, with a measure that has no value or is gone, is stale',
		(ids) => {
			expect(selectForUplift(measures, { scope: 'chosen', measureIds: ids })).toEqual({
				ok: false,
				problem: 'not-priced',
			})
		},
	)
})

describe('planUplift', () => {
	const selected = selectForUplift(measures, { scope: 'all' })
	if (!selected.ok) throw new Error('selection')

	test('each measure’s value before and after', () => {
		expect(planUplift(selected.measures, 350)).toEqual([
			{ id: 1, code: 'JOB-1', title: 'Local people employed', oldPence: 1500000, newPence: 1552500 },
			{ id: 2, code: 'JOB-2', title: 'Expert hours', oldPence: 10100, newPence: 10454 },
			{ id: 5, code: 'VOL-1', title: 'Volunteering', oldPence: 1693, newPence: 1752 },
		])
	})

	test('a value a small uplift rounds back to itself does not change', () => {
		const lines = planUplift(selected.measures, 1)
		expect(changedLines(lines).map((line) => line.code)).toEqual(['JOB-1', 'JOB-2'])
	})

	test('a value taken past the largest proxy value there can be is found', () => {
		const huge = { id: 9, code: 'BIG-1', title: 'Huge', unit: 'pounds' as const, proxyValuePence: 60_000_000_000 }
		expect(lineTooLarge(planUplift([huge], 10_000))?.code).toBe('BIG-1')
		expect(lineTooLarge(planUplift([huge], 5_000))).toBeUndefined()
	})
})

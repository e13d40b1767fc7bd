import { expect, test } from 'vitest'
import { STARTING_CATALOGUE } from './units.ts'
import { groupByTheme, isPriceable, isPriced, type ThemeMeasure } from './priceable.ts'

const measure = (id: number, themeId: number, unit: ThemeMeasure['unit'], proxyValuePence: number | null) => ({
	id,
	code: `M-${id}`,
	title: `Measure ${id}`,
	unit,
	proxyValuePence,
	themeId,
	themeName: `Theme ${themeId}`,
})

test('any measure but a text one can carry a proxy value; only those with one are priced', () => {
	expect(isPriceable(measure(1, 1, 'hours', null), STARTING_CATALOGUE)).toBe(true)
	expect(isPriceable(measure(1, 1, 'text', null), STARTING_CATALOGUE)).toBe(false)
	expect(isPriced(measure(1, 1, 'hours', 1693))).toBe(true)
	expect(isPriced(measure(1, 1, 'hours', 0))).toBe(true)
	expect(isPriced(measure(1, 1, 'percent', null))).toBe(false)
})

test('measures are grouped by theme in the order given', () => {
	const grouped = groupByTheme([measure(1, 7, 'hours', 1), measure(2, 7, 'weeks', null), measure(3, 3, 'tonnes', 5)])
	expect(grouped.map((theme) => [theme.id, theme.name, theme.measures.map((m) => m.id)])).toEqual([
		[7, 'Theme 7', [1, 2]],
		[3, 'Theme 3', [3]],
	])
	expect(groupByTheme([])).toEqual([])
})

import { isQualitative, unitFor, type UnitCatalogue } from './units.ts'

// Which measures carry a proxy value, and which could.

export type PriceableMeasure = {
	id: number
	code: string
	title: string
	unit: string
	proxyValuePence: number | null
}

export type PricedMeasure = PriceableMeasure & { proxyValuePence: number }

/** A measure that can carry a proxy value: any but one in a unit of words (qualitative). */
export function isPriceable(measure: { unit: string }, units: UnitCatalogue): boolean {
	return !isQualitative(unitFor(units, measure.unit))
}

/**
 * Of the measures that can carry a proxy value, one that has it: the ones an uplift changes.
 * Record-only measures never do, and qualitative ones are never priceable to begin with.
 */
export function isPriced<Measure extends PriceableMeasure>(measure: Measure): measure is Measure & PricedMeasure {
	return measure.proxyValuePence !== null
}

/** A priceable measure with the theme it sits in. */
export type ThemeMeasure = PriceableMeasure & { themeId: number; themeName: string }

export type ThemeOfMeasures = { id: number; name: string; measures: ThemeMeasure[] }

/** Measures in the edition's order, grouped by their theme: a table per theme. */
export function groupByTheme(measures: ThemeMeasure[]): ThemeOfMeasures[] {
	const themes: ThemeOfMeasures[] = []
	for (const measure of measures) {
		const last = themes.at(-1)
		if (last?.id === measure.themeId) last.measures.push(measure)
		else themes.push({ id: measure.themeId, name: measure.themeName, measures: [measure] })
	}
	return themes
}

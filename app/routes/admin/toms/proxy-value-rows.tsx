import type { ReactNode } from 'react'
import { formatPounds, formatPoundsDifference } from '#app/domain/toms/money.ts'
import type { PriceableMeasure, PricedMeasure } from '#app/domain/toms/priceable.ts'
import type { UpliftLine } from '#app/domain/toms/uplift.ts'
import { proxyValueIn, unitFor, type UnitCatalogue } from '#app/domain/toms/units.ts'
import type { CheckboxesItem } from '#app/components/govuk/checkboxes.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'

// The rows of the pages that change many proxy values of a draft at once.

export const upliftHead: TableCell[] = [
	{ text: 'Code' },
	{ text: 'Measure' },
	{ text: 'Old value', format: 'numeric' },
	{ text: 'New value', format: 'numeric' },
	{ text: 'Difference', format: 'numeric' },
]

/** Each measure an uplift applies to: its value now, after, and by how much it moves. */
export function upliftRows(lines: UpliftLine[]): TableCell[][] {
	return lines.map((line) => [
		{ text: line.code },
		{ text: line.title },
		{ text: formatPounds(line.oldPence), format: 'numeric' },
		{ text: formatPounds(line.newPence), format: 'numeric' },
		{ text: formatPoundsDifference(line.newPence - line.oldPence), format: 'numeric' },
	])
}

/** A box for each priced measure, saying what it is worth now. */
export function upliftChoiceItems(measures: PricedMeasure[], units: UnitCatalogue): CheckboxesItem[] {
	return measures.map((measure) => ({
		value: String(measure.id),
		text: `${measure.code}: ${measure.title}`,
		hint: { text: proxyValueIn(unitFor(units, measure.unit), measure.proxyValuePence) },
	}))
}

export const proxyValuesHead: TableCell[] = [
	{ text: 'Code' },
	{ text: 'Measure' },
	{ text: 'Unit' },
	{ text: 'Proxy value per unit' },
]

/** The hidden label of a measure's field: in a table of them, which measure it is for. */
export function proxyValueLabel(measure: Pick<PriceableMeasure, 'code'>): string {
	return `Proxy value of ${measure.code}, £ per unit`
}

/** A theme's measures, each with the field its value is typed in. */
export function proxyValueRows<Measure extends PriceableMeasure>(
	measures: Measure[],
	field: (measure: Measure) => ReactNode,
	units: UnitCatalogue,
): TableCell[][] {
	return measures.map((measure) => [
		{ text: measure.code },
		{ text: measure.title },
		{ text: unitFor(units, measure.unit).name },
		{ children: field(measure) },
	])
}

import type { EditionContent } from './content.ts'
import {
	diffEditions,
	type EditionDiff,
	isUnchanged,
	MEASURE_FIELDS,
	type MeasureChange,
	type MeasureField,
	type PlacedMeasure,
	proxyValueChangePercent,
} from './edition-diff.ts'
import { formatPounds, penceToDecimal } from './money.ts'
import { unitFor, type UnitCatalogue } from './units.ts'

// Two editions' differences as the compare page and its CSV show them.

/** What each field of a measure is called on the page and in the CSV. */
export const measureFieldLabels: Record<MeasureField, string> = {
	place: 'Theme and outcome',
	title: 'Title',
	unit: 'Unit',
	proxyValuePence: 'Proxy value',
	guidance: 'Guidance',
	evidenceGuidance: 'Evidence of delivery',
	priorityCodes: 'Council priorities',
}

/** The one place a comparison names a unit, so where unit names come from can change here alone. */
export function showUnit(unit: string, units: UnitCatalogue): string {
	return unitFor(units, unit).name
}

/** "+3.0%", "-2.9%", "0.0%". */
export function formatPercentChange(percent: number): string {
	return `${percent > 0 ? '+' : ''}${percent.toFixed(1)}%`
}

function showProxyValue(pence: number | null): string {
	return pence === null ? 'None (record only)' : formatPounds(pence)
}

/** "£16.93 → £17.44 (+3.0%)"; without a percentage when either side has no value or the old one was £0. */
export function describeProxyValueChange(beforePence: number | null, afterPence: number | null): string {
	const percent = proxyValueChangePercent(beforePence, afterPence)
	const change = `${showProxyValue(beforePence)} → ${showProxyValue(afterPence)}`
	return percent === null ? change : `${change} (${formatPercentChange(percent)})`
}

function showPlace(placed: PlacedMeasure): string {
	return `${placed.theme}: ${placed.outcome}`
}

function showPriorities(codes: string[]): string {
	return codes.length === 0 ? 'None' : [...new Set(codes)].join('; ')
}

/** A changed field: short ones read "before → after"; guidance is long, so it is shown in full, before and after. */
export type FieldChange =
	| { field: MeasureField; label: string; long: false; text: string }
	| { field: MeasureField; label: string; long: true; before: string; after: string }

const LONG_FIELDS: ReadonlySet<MeasureField> = new Set(['guidance', 'evidenceGuidance'])

/**
 * A field of a measure in words, as a comparison and an import's preview show it; an empty
 * field says so rather than showing nothing.
 */
export function measureFieldText(field: MeasureField, placed: PlacedMeasure, units: UnitCatalogue): string {
	const { measure } = placed
	switch (field) {
		case 'place':
			return showPlace(placed)
		case 'title':
			return measure.title
		case 'unit':
			return showUnit(measure.unit, units)
		case 'proxyValuePence':
			return showProxyValue(measure.proxyValuePence)
		case 'guidance':
			return measure.guidance || 'None'
		case 'evidenceGuidance':
			return measure.evidenceGuidance || 'None'
		case 'priorityCodes':
			return showPriorities(measure.priorityCodes)
	}
}

export function describeFieldChange(change: MeasureChange, field: MeasureField, units: UnitCatalogue): FieldChange {
	const label = measureFieldLabels[field]
	const before = measureFieldText(field, change.before, units)
	const after = measureFieldText(field, change.after, units)
	if (LONG_FIELDS.has(field)) return { field, label, long: true, before, after }
	const text =
		field === 'proxyValuePence'
			? describeProxyValueChange(change.before.measure.proxyValuePence, change.after.measure.proxyValuePence)
			: `${before} → ${after}`
	return { field, label, long: false, text }
}

/** An added or removed measure, as its row shows it. */
export type ListedMeasure = { code: string; title: string; outcome: string; unit: string; proxyValue: string }
export type ChangedMeasure = { code: string; title: string; outcome: string; changes: FieldChange[] }

/** One theme's share of the differences. A theme with none has no section. */
export type ThemeSection = {
	theme: string
	status: 'added' | 'removed' | 'kept'
	outcomesAdded: string[]
	outcomesRemoved: string[]
	measuresAdded: ListedMeasure[]
	measuresRemoved: ListedMeasure[]
	measuresChanged: ChangedMeasure[]
}

export type ComparisonCounts = {
	themes: { added: number; removed: number }
	outcomes: { added: number; removed: number }
	measures: { added: number; removed: number; changed: number }
}

export type EditionComparison = { unchanged: boolean; counts: ComparisonCounts; sections: ThemeSection[] }

function listed(placed: PlacedMeasure, units: UnitCatalogue): ListedMeasure {
	const { measure } = placed
	return {
		code: measure.code,
		title: measure.title,
		outcome: placed.outcome,
		unit: showUnit(measure.unit, units),
		proxyValue: showProxyValue(measure.proxyValuePence),
	}
}

/** The theme names of both editions: the later edition's order, then the themes only the earlier one had. */
function themeOrder(before: EditionContent, after: EditionContent): string[] {
	return [...new Set([...after.themes, ...before.themes].map((theme) => theme.name.trim()))]
}

/** Everything the compare page shows: the counts, and the differences theme by theme. */
export function compareContent(before: EditionContent, after: EditionContent, units: UnitCatalogue): EditionComparison {
	const diff = diffEditions(before, after)
	return {
		unchanged: isUnchanged(diff),
		counts: countDifferences(diff),
		sections: themeSections(diff, before, after, units),
	}
}

export function countDifferences(diff: EditionDiff): ComparisonCounts {
	return {
		themes: { added: diff.themes.added.length, removed: diff.themes.removed.length },
		outcomes: { added: diff.outcomes.added.length, removed: diff.outcomes.removed.length },
		measures: {
			added: diff.measures.added.length,
			removed: diff.measures.removed.length,
			changed: diff.measures.changed.length,
		},
	}
}

function groupByTheme<T>(items: T[], themeOf: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>()
	for (const item of items) {
		const theme = themeOf(item)
		groups.set(theme, [...(groups.get(theme) ?? []), item])
	}
	return groups
}

/** The differences theme by theme: a moved measure shows under the theme it is in now. */
export function themeSections(
	diff: EditionDiff,
	before: EditionContent,
	after: EditionContent,
	units: UnitCatalogue,
): ThemeSection[] {
	const added = new Set(diff.themes.added)
	const removed = new Set(diff.themes.removed)
	const outcomesAdded = groupByTheme(diff.outcomes.added, (place) => place.theme)
	const outcomesRemoved = groupByTheme(diff.outcomes.removed, (place) => place.theme)
	const measuresAdded = groupByTheme(diff.measures.added, (placed) => placed.theme)
	const measuresRemoved = groupByTheme(diff.measures.removed, (placed) => placed.theme)
	const measuresChanged = groupByTheme(diff.measures.changed, (change) => change.after.theme)
	return themeOrder(before, after)
		.map((theme): ThemeSection => ({
			theme,
			status: added.has(theme) ? 'added' : removed.has(theme) ? 'removed' : 'kept',
			outcomesAdded: (outcomesAdded.get(theme) ?? []).map((place) => place.outcome),
			outcomesRemoved: (outcomesRemoved.get(theme) ?? []).map((place) => place.outcome),
			measuresAdded: (measuresAdded.get(theme) ?? []).map((placed) => listed(placed, units)),
			measuresRemoved: (measuresRemoved.get(theme) ?? []).map((placed) => listed(placed, units)),
			measuresChanged: (measuresChanged.get(theme) ?? []).map((change) => ({
				code: change.after.measure.code,
				title: change.after.measure.title,
				outcome: change.after.outcome,
				changes: change.fields.map((field) => describeFieldChange(change, field, units)),
			})),
		}))
		.filter(
			(section) =>
				section.status !== 'kept' ||
				section.outcomesAdded.length > 0 ||
				section.outcomesRemoved.length > 0 ||
				section.measuresAdded.length > 0 ||
				section.measuresRemoved.length > 0 ||
				section.measuresChanged.length > 0,
		)
}

// The CSV: one row per measure added, removed or changed, a before and an after column per field.

/** A CSV cell: numbers stay numbers in a spreadsheet. */
export type CsvCell = string | number | null

const csvValue: Record<MeasureField, (placed: PlacedMeasure, units: UnitCatalogue) => CsvCell> = {
	place: showPlace,
	title: (placed) => placed.measure.title,
	unit: (placed, units) => showUnit(placed.measure.unit, units),
	proxyValuePence: (placed) =>
		placed.measure.proxyValuePence === null ? '' : penceToDecimal(placed.measure.proxyValuePence),
	guidance: (placed) => placed.measure.guidance,
	evidenceGuidance: (placed) => placed.measure.evidenceGuidance,
	priorityCodes: (placed) => [...new Set(placed.measure.priorityCodes)].join(', '),
}

const csvFieldNames: Record<MeasureField, string> = { ...measureFieldLabels, proxyValuePence: 'Proxy value (£)' }

export const comparisonCsvHeader: string[] = [
	'Theme',
	'Outcome',
	'Code',
	'Title',
	'Change',
	'Fields changed',
	...MEASURE_FIELDS.flatMap((field) => [`${csvFieldNames[field]} before`, `${csvFieldNames[field]} after`]),
	'Proxy value change (%)',
]

/** A measure that is only on one side: every field but its place filled on that side. */
function oneSidedRow(placed: PlacedMeasure, change: 'added' | 'removed', units: UnitCatalogue): CsvCell[] {
	const values = MEASURE_FIELDS.flatMap((field) => {
		const value = field === 'place' ? '' : csvValue[field](placed, units)
		return change === 'added' ? ['', value] : [value, '']
	})
	const { measure } = placed
	return [placed.theme, placed.outcome, measure.code, measure.title, change, '', ...values, null]
}

function changedRow(change: MeasureChange, units: UnitCatalogue): CsvCell[] {
	const values = MEASURE_FIELDS.flatMap((field) =>
		change.fields.includes(field)
			? [csvValue[field](change.before, units), csvValue[field](change.after, units)]
			: ['', ''],
	)
	const { after } = change
	return [
		after.theme,
		after.outcome,
		after.measure.code,
		after.measure.title,
		'changed',
		change.fields.map((field) => measureFieldLabels[field]).join('; '),
		...values,
		change.fields.includes('proxyValuePence')
			? proxyValueChangePercent(change.before.measure.proxyValuePence, after.measure.proxyValuePence)
			: null,
	]
}

/** The CSV's rows (without its header), theme by theme as the page shows them: added, removed, then changed. */
export function comparisonCsvRows(before: EditionContent, after: EditionContent, units: UnitCatalogue): CsvCell[][] {
	const diff = diffEditions(before, after)
	const byTheme = {
		added: groupByTheme(diff.measures.added, (placed) => placed.theme),
		removed: groupByTheme(diff.measures.removed, (placed) => placed.theme),
		changed: groupByTheme(diff.measures.changed, (change) => change.after.theme),
	}
	return themeOrder(before, after).flatMap((theme) => [
		...(byTheme.added.get(theme) ?? []).map((placed) => oneSidedRow(placed, 'added', units)),
		...(byTheme.removed.get(theme) ?? []).map((placed) => oneSidedRow(placed, 'removed', units)),
		...(byTheme.changed.get(theme) ?? []).map((change) => changedRow(change, units)),
	])
}

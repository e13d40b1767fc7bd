import { countOf } from '#app/domain/plural.ts'
import type { EditionDiff, PlacedMeasure } from '#app/domain/toms/edition-diff.ts'
import { measureFieldLabels, measureFieldText } from '#app/domain/toms/edition-comparison.ts'
import type { BaselineSource, HandEdit, ImportPreviewCounts } from '#app/domain/toms/import-preview.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { UnitCatalogue } from '#app/domain/toms/units.ts'
import { asTypedInPounds, type RoundedProxyValue } from '#app/domain/toms/spreadsheet-rows.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'

// The page's loader shapes the cells, so they hold text only: it is all they need, and all
// that travels well from the server to the page.
type TextCell = Pick<TableCell, 'format'> & { text: string }
type TextRow = { key: { text: string }; value: { text: string } } & Pick<SummaryListRow, 'classes'>

// The summary and tables of the page that shows what importing a file would change in a draft.

function addedAndRemoved(added: number, removed: number, changed?: number): string {
	return [`${added} added`, `${removed} removed`, ...(changed === undefined ? [] : [`${changed} changed`])].join(', ')
}

/** The counts at the top of the page; the rounded values only when there were any. */
export function summaryRows(counts: ImportPreviewCounts): TextRow[] {
	return [
		{ key: { text: 'Themes' }, value: { text: addedAndRemoved(counts.themesAdded, counts.themesRemoved) } },
		{ key: { text: 'Outcomes' }, value: { text: addedAndRemoved(counts.outcomesAdded, counts.outcomesRemoved) } },
		{
			key: { text: 'Measures' },
			value: { text: addedAndRemoved(counts.measuresAdded, counts.measuresRemoved, counts.measuresChanged) },
		},
		{ key: { text: 'Changes made by hand that are overwritten' }, value: { text: String(counts.handEdits) } },
		...(counts.rounded > 0
			? [{ key: { text: 'Proxy values rounded to the penny' }, value: { text: String(counts.rounded) } }]
			: []),
	]
}

/** Why the hand edits are hand edits: what the draft is compared with. */
export function handEditsWarning(measures: number, baseline: BaselineSource | null): string {
	const since =
		baseline === null
			? 'This draft was built by hand, so everything in it the file changes or removes is listed.'
			: baseline.source === 'last-import'
				? 'The changes were made since the last file was imported into this draft.'
				: `The changes were made since the draft was copied from ${baseline.name}.`
	return `Importing this file overwrites changes made by hand to ${countOf(measures, 'measure')}. ${since}`
}

export const handEditHead: TextCell[] = [
	{ text: 'Code' },
	{ text: 'Field' },
	{ text: 'In the draft now' },
	{ text: 'After the import' },
]

/** Each value changed by hand that the file overwrites; a measure the file removes is one row. */
export function handEditRows(handEdits: HandEdit[], units: UnitCatalogue): TextCell[][] {
	return handEdits.flatMap(({ code, draft, file, fields }) => {
		if (file === null) {
			return [[{ text: code }, { text: 'Whole measure' }, { text: draft.measure.title }, { text: 'Removed' }]]
		}
		return fields.map((field) => [
			{ text: code },
			{ text: measureFieldLabels[field] },
			{ text: measureFieldText(field, draft, units) },
			{ text: measureFieldText(field, file, units) },
		])
	})
}

export const themeHead: TextCell[] = [{ text: 'Theme' }, { text: 'Change' }]

export function themeRows(themes: EditionDiff['themes']): TextCell[][] {
	return [
		...themes.added.map((name) => [{ text: name }, { text: 'Added' }]),
		...themes.removed.map((name) => [{ text: name }, { text: 'Removed' }]),
	]
}

export const outcomeHead: TextCell[] = [{ text: 'Theme' }, { text: 'Outcome' }, { text: 'Change' }]

export function outcomeRows(outcomes: EditionDiff['outcomes']): TextCell[][] {
	return [
		...outcomes.added.map((place) => [{ text: place.theme }, { text: place.outcome }, { text: 'Added' }]),
		...outcomes.removed.map((place) => [{ text: place.theme }, { text: place.outcome }, { text: 'Removed' }]),
	]
}

export const placedMeasureHead: TextCell[] = [
	{ text: 'Code' },
	{ text: 'Title' },
	{ text: 'Theme and outcome' },
	{ text: 'Unit' },
	{ text: 'Proxy value' },
]

/** Measures added or removed, whole. */
export function placedMeasureRows(measures: PlacedMeasure[], units: UnitCatalogue): TextCell[][] {
	return measures.map((placed) => [
		{ text: placed.measure.code },
		{ text: placed.measure.title },
		{ text: measureFieldText('place', placed, units) },
		{ text: measureFieldText('unit', placed, units) },
		{ text: measureFieldText('proxyValuePence', placed, units) },
	])
}

export const changedMeasureHead: TextCell[] = [
	{ text: 'Code' },
	{ text: 'Field' },
	{ text: 'Before' },
	{ text: 'After' },
]

/** Each changed field of each changed measure, before and after. */
export function changedMeasureRows(changed: EditionDiff['measures']['changed'], units: UnitCatalogue): TextCell[][] {
	return changed.flatMap((change) =>
		change.fields.map((field) => [
			{ text: change.code },
			{ text: measureFieldLabels[field] },
			{ text: measureFieldText(field, change.before, units) },
			{ text: measureFieldText(field, change.after, units) },
		]),
	)
}

export const roundedHead: TextCell[] = [
	{ text: 'Code' },
	{ text: 'As typed', format: 'numeric' },
	{ text: 'As imported', format: 'numeric' },
]

export function roundedRows(rounded: RoundedProxyValue[]): TextCell[][] {
	return rounded.map((value) => [
		{ text: value.code },
		{ text: asTypedInPounds(value.typed), format: 'numeric' },
		{ text: formatPounds(value.pence), format: 'numeric' },
	])
}

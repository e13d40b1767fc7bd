import { countOf } from '#app/domain/plural.ts'
import type { ComparisonCounts, ChangedMeasure, ListedMeasure } from '#app/domain/toms/edition-comparison.ts'
import { editionStatusLabels } from '#app/domain/toms/edition-status.ts'
import type { SelectItem } from '#app/components/govuk/select.tsx'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import type { ComparableEdition } from '#app/lib/toms-compare.server.ts'

// The rows of the compare page's lists and tables.

/** The choices of either select: a draft or retired edition says so. */
export function editionItems(editions: ComparableEdition[]): SelectItem[] {
	return [
		{ value: '', text: 'Choose an edition' },
		...editions.map((edition) => ({
			value: String(edition.id),
			text:
				edition.status === 'published'
					? edition.name
					: `${edition.name} (${editionStatusLabels[edition.status].toLowerCase()})`,
		})),
	]
}

/** "3 measures added, 1 removed and 12 changed." */
export function describeMeasureCounts(counts: ComparisonCounts): string {
	const { added, removed, changed } = counts.measures
	return `${countOf(added, 'measure')} added, ${removed} removed and ${changed} changed.`
}

/** The counts at the top of the page. */
export function countRows(counts: ComparisonCounts): SummaryListRow[] {
	const { themes, outcomes, measures } = counts
	return [
		{
			key: { text: 'Measures' },
			value: { text: `${measures.added} added, ${measures.removed} removed, ${measures.changed} changed` },
		},
		{ key: { text: 'Outcomes' }, value: { text: `${outcomes.added} added, ${outcomes.removed} removed` } },
		{ key: { text: 'Themes' }, value: { text: `${themes.added} added, ${themes.removed} removed` } },
	]
}

export const listedMeasureHead: TableCell[] = [
	{ text: 'Code' },
	{ text: 'Title' },
	{ text: 'Outcome' },
	{ text: 'Unit' },
	{ text: 'Proxy value', format: 'numeric' },
]

/** A measure added or removed: what it is, where, and its value. */
export function listedMeasureRows(measures: ListedMeasure[]): TableCell[][] {
	return measures.map((measure) => [
		{ text: measure.code },
		{ text: measure.title },
		{ text: measure.outcome },
		{ text: measure.unit },
		{ text: measure.proxyValue, format: 'numeric' },
	])
}

export const changedMeasureHead: TableCell[] = [{ text: 'Measure' }, { text: 'What changed' }, { text: 'Change' }]

function longText(text: string) {
	return text === '' ? (
		<p className="govuk-body-s govuk-!-margin-bottom-2">None</p>
	) : (
		<p className="govuk-body-s govuk-!-margin-bottom-2 app-preserve-lines">{text}</p>
	)
}

/**
 * A row per changed field, the measure named once beside all of them. A short change reads
 * "before → after"; guidance is shown in full, before and after.
 */
export function changedMeasureRows(measures: ChangedMeasure[]): TableCell[][] {
	return measures.flatMap((measure) =>
		measure.changes.map((change, index): TableCell[] => {
			const cells: TableCell[] = [
				{ text: change.label },
				change.long
					? {
							children: (
								<>
									<p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Before</p>
									{longText(change.before)}
									<p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">After</p>
									{longText(change.after)}
								</>
							),
						}
					: { text: change.text },
			]
			if (index > 0) return cells
			const named: TableCell = {
				children: (
					<>
						<p className="govuk-body-s govuk-!-margin-bottom-1">
							<strong>{measure.code}</strong> {measure.title}
						</p>
						<p className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{measure.outcome}</p>
					</>
				),
				rowspan: measure.changes.length,
			}
			return [named, ...cells]
		}),
	)
}

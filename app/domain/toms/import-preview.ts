import type { EditionContent, MeasureContent } from './content.ts'
import {
	MEASURE_FIELDS,
	diffEditions,
	type EditionDiff,
	type MeasureField,
	type PlacedMeasure,
} from './edition-diff.ts'
import type { RoundedProxyValue } from './spreadsheet-rows.ts'

// Importing a file replaces everything in a draft. Before it does, the administrator sees what
// will change, and above all which changes made by hand in the draft the file would undo.
//
// A value was changed by hand when the draft differs from its baseline: the content of its last
// import or, if it has never been imported into, the edition it was copied from. A draft with
// neither was built by hand, so all of it counts.

/** A measure changed by hand that the file would overwrite or remove. */
export type HandEdit = {
	code: string
	/** The measure as the draft holds it now. */
	draft: PlacedMeasure
	/** The measure as the file has it; null when the file removes it. */
	file: PlacedMeasure | null
	/** The fields changed by hand that the file changes; when the file removes the measure, every field changed by hand. */
	fields: MeasureField[]
}

/** What the hand edits are told from: the draft's last import, or the edition it was copied from. */
export type BaselineSource = { source: 'last-import' } | { source: 'copied-edition'; name: string }

export type ImportPreview = {
	/** From the draft as it is now to the file. */
	diff: EditionDiff
	handEdits: HandEdit[]
}

/** What importing `file` into `draft` would change, and which changes made by hand since `baseline` it would lose. */
export function previewImport(
	baseline: EditionContent | null,
	draft: EditionContent,
	file: EditionContent,
): ImportPreview {
	const diff = diffEditions(draft, file)
	const byHand = fieldsChangedByHand(baseline, draft)
	const handEdits: HandEdit[] = []
	for (const change of diff.measures.changed) {
		const edited = byHand.get(change.before.measure) ?? []
		const fields = change.fields.filter((field) => edited.includes(field))
		if (fields.length > 0) handEdits.push({ code: change.code, draft: change.before, file: change.after, fields })
	}
	for (const removed of diff.measures.removed) {
		const fields = byHand.get(removed.measure) ?? []
		if (fields.length > 0) handEdits.push({ code: removed.measure.code, draft: removed, file: null, fields })
	}
	return { diff, handEdits }
}

/** For each of the draft's measures that differs from the baseline, the fields that do; a measure added by hand differs in all. */
function fieldsChangedByHand(
	baseline: EditionContent | null,
	draft: EditionContent,
): Map<MeasureContent, MeasureField[]> {
	const byHand = new Map<MeasureContent, MeasureField[]>()
	const sinceBaseline = diffEditions(baseline ?? { themes: [] }, draft)
	for (const added of sinceBaseline.measures.added) byHand.set(added.measure, [...MEASURE_FIELDS])
	for (const change of sinceBaseline.measures.changed) byHand.set(change.after.measure, change.fields)
	return byHand
}

export type ImportPreviewCounts = {
	themesAdded: number
	themesRemoved: number
	outcomesAdded: number
	outcomesRemoved: number
	measuresAdded: number
	measuresRemoved: number
	measuresChanged: number
	handEdits: number
	rounded: number
}

/** How much the import changes, for the summary at the top of the preview. */
export function previewCounts(preview: ImportPreview, rounded: RoundedProxyValue[]): ImportPreviewCounts {
	const { themes, outcomes, measures } = preview.diff
	return {
		themesAdded: themes.added.length,
		themesRemoved: themes.removed.length,
		outcomesAdded: outcomes.added.length,
		outcomesRemoved: outcomes.removed.length,
		measuresAdded: measures.added.length,
		measuresRemoved: measures.removed.length,
		measuresChanged: measures.changed.length,
		handEdits: preview.handEdits.length,
		rounded: rounded.length,
	}
}

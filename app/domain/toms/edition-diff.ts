import type { EditionContent, MeasureContent } from './content.ts'

/** The fields of a measure that a comparison reports, in the order pages show them. */
export const MEASURE_FIELDS = [
	'place',
	'title',
	'unit',
	'proxyValuePence',
	'guidance',
	'evidenceGuidance',
	'priorityCodes',
] as const
/** 'place' means the measure moved to another theme or outcome. */
export type MeasureField = (typeof MEASURE_FIELDS)[number]

export type PlacedMeasure = { theme: string; outcome: string; measure: MeasureContent }
export type MeasureChange = { code: string; before: PlacedMeasure; after: PlacedMeasure; fields: MeasureField[] }
export type OutcomePlace = { theme: string; outcome: string }

export type EditionDiff = {
	themes: { added: string[]; removed: string[] }
	/** Every (theme, outcome) pair on one side only, including the outcomes of added or removed themes. */
	outcomes: { added: OutcomePlace[]; removed: OutcomePlace[] }
	/** Added and changed in the order of `after`; removed in the order of `before`. */
	measures: { added: PlacedMeasure[]; removed: PlacedMeasure[]; changed: MeasureChange[] }
}

/** What changed from `before` to `after`. Unchanged measures are not listed. */
export function diffEditions(before: EditionContent, after: EditionContent): EditionDiff {
	return {
		themes: diffNames(themeNames(before), themeNames(after)),
		outcomes: diffOutcomes(outcomePlaces(before), outcomePlaces(after)),
		measures: diffMeasures(placedMeasures(before), placedMeasures(after)),
	}
}

/** True when nothing differs. */
export function isUnchanged(diff: EditionDiff): boolean {
	return (
		diff.themes.added.length === 0 &&
		diff.themes.removed.length === 0 &&
		diff.outcomes.added.length === 0 &&
		diff.outcomes.removed.length === 0 &&
		diff.measures.added.length === 0 &&
		diff.measures.removed.length === 0 &&
		diff.measures.changed.length === 0
	)
}

/**
 * Percentage change of a proxy value, to one decimal place (halves away from zero):
 * 1693 → 1744 gives 3.0; null when either side is null or before is 0.
 */
export function proxyValueChangePercent(beforePence: number | null, afterPence: number | null): number | null {
	if (beforePence === null || afterPence === null || beforePence === 0) return null
	// Tenths of a percent, worked out from whole pence so that 3.05 does not become 3.0499999.
	const tenths = Math.round((Math.abs(afterPence - beforePence) * 1000) / Math.abs(beforePence))
	if (tenths === 0) return 0
	return (Math.sign(afterPence - beforePence) * tenths) / 10
}

function themeNames(content: EditionContent): string[] {
	return content.themes.map((theme) => theme.name.trim())
}

function outcomePlaces(content: EditionContent): OutcomePlace[] {
	return content.themes.flatMap((theme) =>
		theme.outcomes.map((outcome) => ({ theme: theme.name.trim(), outcome: outcome.name.trim() })),
	)
}

function placedMeasures(content: EditionContent): PlacedMeasure[] {
	return content.themes.flatMap((theme) =>
		theme.outcomes.flatMap((outcome) =>
			outcome.measures.map((measure) => ({ theme: theme.name.trim(), outcome: outcome.name.trim(), measure })),
		),
	)
}

function diffNames(before: string[], after: string[]): { added: string[]; removed: string[] } {
	const beforeSet = new Set(before)
	const afterSet = new Set(after)
	return {
		added: unique(after.filter((name) => !beforeSet.has(name))),
		removed: unique(before.filter((name) => !afterSet.has(name))),
	}
}

function diffOutcomes(before: OutcomePlace[], after: OutcomePlace[]): EditionDiff['outcomes'] {
	const key = (place: OutcomePlace) => JSON.stringify([place.theme, place.outcome])
	const byKey = new Map([...before, ...after].map((place) => [key(place), place]))
	const { added, removed } = diffNames(before.map(key), after.map(key))
	return {
		added: added.map((k) => byKey.get(k)!),
		removed: removed.map((k) => byKey.get(k)!),
	}
}

function measureKey(code: string): string {
	return code.trim().toLowerCase()
}

/**
 * Pairs measures by code, ignoring case. A code repeated on one side pairs with the next unused
 * measure of that code on the other, so nothing is lost or counted twice.
 */
function diffMeasures(before: PlacedMeasure[], after: PlacedMeasure[]): EditionDiff['measures'] {
	const unpaired = new Map<string, PlacedMeasure[]>()
	for (const placed of before) {
		const key = measureKey(placed.measure.code)
		unpaired.set(key, [...(unpaired.get(key) ?? []), placed])
	}
	const paired = new Set<PlacedMeasure>()
	const added: PlacedMeasure[] = []
	const changed: MeasureChange[] = []
	for (const placed of after) {
		const match = unpaired.get(measureKey(placed.measure.code))?.shift()
		if (!match) {
			added.push(placed)
			continue
		}
		paired.add(match)
		const fields = changedFields(match, placed)
		if (fields.length > 0) changed.push({ code: placed.measure.code, before: match, after: placed, fields })
	}
	return { added, removed: before.filter((placed) => !paired.has(placed)), changed }
}

function changedFields(before: PlacedMeasure, after: PlacedMeasure): MeasureField[] {
	const a = before.measure
	const b = after.measure
	const differs: Record<MeasureField, boolean> = {
		place: before.theme !== after.theme || before.outcome !== after.outcome,
		title: a.title !== b.title,
		unit: a.unit !== b.unit,
		proxyValuePence: a.proxyValuePence !== b.proxyValuePence,
		guidance: a.guidance !== b.guidance,
		evidenceGuidance: a.evidenceGuidance !== b.evidenceGuidance,
		priorityCodes: !sameSet(a.priorityCodes, b.priorityCodes),
	}
	return MEASURE_FIELDS.filter((field) => differs[field])
}

function sameSet(a: string[], b: string[]): boolean {
	const left = new Set(a.map((code) => code.trim()))
	const right = new Set(b.map((code) => code.trim()))
	return left.size === right.size && [...left].every((code) => right.has(code))
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)]
}

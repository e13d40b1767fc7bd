import { countOf } from '../plural.ts'

/** A framework's content as a plain tree: what import produces, export reads and publish checks. */
export type MeasureContent = {
	code: string
	title: string
	/** The key of one of the council's units (see units.ts). */
	unit: string
	/** Pence per unit; null means record only (and is the only choice for text units). */
	proxyValuePence: number | null
	guidance: string
	evidenceGuidance: string
	/** Codes of the council priorities this measure serves, e.g. ["CP1", "CP3"]. */
	priorityCodes: string[]
}

export type OutcomeContent = { name: string; measures: MeasureContent[] }
export type ThemeContent = { name: string; outcomes: OutcomeContent[] }
export type EditionContent = { themes: ThemeContent[] }

export type PriorityContent = { code: string; name: string; description: string }

export type ContentCounts = { themes: number; outcomes: number; measures: number }

/** How many themes, outcomes and measures a tree holds: an edition's content or its stored tree. */
export function countContent(tree: { themes: Array<{ outcomes: Array<{ measures: unknown[] }> }> }): ContentCounts {
	const outcomes = tree.themes.flatMap((theme) => theme.outcomes)
	return {
		themes: tree.themes.length,
		outcomes: outcomes.length,
		measures: outcomes.reduce((sum, outcome) => sum + outcome.measures.length, 0),
	}
}

/** "2 themes, 3 outcomes and 5 measures". */
export function describeCounts(counts: ContentCounts): string {
	return `${countOf(counts.themes, 'theme')}, ${countOf(counts.outcomes, 'outcome')} and ${countOf(counts.measures, 'measure')}`
}

import type { UnitKey } from './units.ts'

/** A framework's content as a plain tree: what import produces, export reads and publish checks. */
export type MeasureContent = {
	code: string
	title: string
	unit: UnitKey
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

import { z } from 'zod'
import type { EditionContent } from './content.ts'
import type { UnmatchedUnit } from './spreadsheet-rows.ts'
import { unitFormFields } from './unit-form.ts'
import { isQualitative, normaliseUnitText, type Unit, type UnitCatalogue } from './units.ts'

/**
 * A file's units that match none of the council's are resolved once each, for the whole file:
 * mapped to one of the council's units, or made a new unit. Until every one is, nothing is
 * imported.
 */

export const RESOLUTION_CHOICES = ['existing', 'new'] as const

const CHOOSE = 'Choose whether to use one of the council’s units or create a new one'
const SELECT_EXISTING = 'Select one of the council’s units'
const NewUnitSchema = z.object(unitFormFields)

/**
 * One unmatched unit's choice. The page sends every field of both choices, so the fields of
 * the choice not taken are ignored rather than checked.
 */
const resolutionEntry = z
	.object({
		choice: z.enum(RESOLUTION_CHOICES, { error: CHOOSE }),
		existing: z.string().optional(),
		name: z.string().optional(),
		singular: z.string().optional(),
		plural: z.string().optional(),
		kind: z.string().optional(),
		decimalPlaces: z.string().optional(),
		code: z.string().optional(),
	})
	.transform((value, context): UnitResolution => {
		if (value.choice === 'existing') {
			if (value.existing) return { choice: 'existing', existing: value.existing }
			context.addIssue({ code: 'custom', path: ['existing'], message: SELECT_EXISTING })
			return z.NEVER
		}
		const created = NewUnitSchema.safeParse(value)
		if (created.success) return { choice: 'new', ...created.data }
		for (const issue of created.error.issues)
			context.addIssue({ code: 'custom', path: issue.path, message: issue.message })
		return z.NEVER
	})

/** One entry per unmatched unit, in the order the page lists them. */
export const UnitResolutionSchema = z.object({ units: z.array(resolutionEntry).default([]) })

export type UnitResolution =
	{ choice: 'existing'; existing: string } | ({ choice: 'new' } & z.output<typeof NewUnitSchema>)

/**
 * What is wrong with a choice beyond its fields: a unit that does not exist, or one in words
 * for measures the file gives a proxy value (a qualitative measure has none).
 */
export function resolutionProblem(
	held: UnmatchedUnit,
	resolution: UnitResolution,
	units: UnitCatalogue,
): { field: 'existing' | 'kind'; message: string } | null {
	const unit = resolution.choice === 'existing' ? units.get(resolution.existing) : resolution
	if (resolution.choice === 'existing' && (!unit || (unit as Unit).retired)) {
		return { field: 'existing', message: SELECT_EXISTING }
	}
	if (unit && isQualitative(unit) && held.valuedRows.length > 0) {
		const rows = held.valuedRows.join(', ')
		return {
			field: resolution.choice === 'existing' ? 'existing' : 'kind',
			message: `‘${held.text}’ cannot be a unit in words: ${held.valuedRows.length === 1 ? `row ${rows} gives` : `rows ${rows} give`} a proxy value, and a qualitative measure has none`,
		}
	}
	return null
}

/** The content with each unmatched unit's text replaced by the key it was resolved to. */
export function applyUnitKeys(content: EditionContent, keysByText: Map<string, string>): EditionContent {
	return {
		themes: content.themes.map((theme) => ({
			...theme,
			outcomes: theme.outcomes.map((outcome) => ({
				...outcome,
				measures: outcome.measures.map((measure) => {
					const key = keysByText.get(normaliseUnitText(measure.unit))
					return key === undefined ? measure : { ...measure, unit: key }
				}),
			})),
		})),
	}
}

/** New units whose name or code another unit has, the council's or another new one of the same file. */
export function newUnitClashes(
	resolutions: UnitResolution[],
	units: Array<Pick<Unit, 'name' | 'code'>>,
): Array<{ index: number; field: 'name' | 'code'; message: string }> {
	const names = new Set(units.map((unit) => unit.name.toLowerCase()))
	const codes = new Set(units.flatMap((unit) => (unit.code ? [unit.code.toLowerCase()] : [])))
	const clashes: Array<{ index: number; field: 'name' | 'code'; message: string }> = []
	resolutions.forEach((resolution, index) => {
		if (resolution.choice !== 'new') return
		const name = resolution.name.toLowerCase()
		if (names.has(name))
			clashes.push({ index, field: 'name', message: `There is already a unit called ${resolution.name}` })
		names.add(name)
		if (resolution.code === null) return
		const code = resolution.code.toLowerCase()
		if (codes.has(code))
			clashes.push({ index, field: 'code', message: `Code ${resolution.code} is already used by another unit` })
		codes.add(code)
	})
	return clashes
}

import { z } from 'zod'
import { maturityAreas, maturityLevels, type MaturityAreaKey } from './levels.ts'
import type { AreaLevels } from './plan.ts'

/** Form field names for an area's levels. */
export const presentField = (area: MaturityAreaKey) => `${area}-present`
export const targetField = (area: MaturityAreaKey) => `${area}-target`

const level = (message: string) => z.enum(maturityLevels, { error: message })

const areaFields: Record<string, z.ZodType<string>> = Object.fromEntries(
	maturityAreas.flatMap((area) => [
		[presentField(area.key), level(`Choose the present level for ${area.name.toLowerCase()}`)],
		[targetField(area.key), level(`Choose the target level for ${area.name.toLowerCase()}`)],
	]),
)

/** Every area's present and target level, each required, with GOV.UK messages naming the area. */
export const LevelsFormSchema = z.object({
	version: z.coerce.number({ error: 'Reload the page and try again' }).int().min(1),
	...areaFields,
})

export function levelsFromForm(value: Record<string, unknown>): AreaLevels[] {
	return maturityAreas.map(
		(area) =>
			({ area: area.key, present: value[presentField(area.key)], target: value[targetField(area.key)] }) as AreaLevels,
	)
}

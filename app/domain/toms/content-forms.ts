import { z } from 'zod'
import { TOMS_LIMITS } from './spreadsheet-rows.ts'

/** The draft's version when the page was loaded: a change made from an older page is refused. */
export const editionVersionSchema = z.coerce.number().int().min(1)

/** A theme's name, as the edition page adds it and the theme page changes it. */
export const themeNameSchema = z
	.string({ error: 'Enter a name for the theme' })
	.trim()
	.min(1, 'Enter a name for the theme')
	.max(TOMS_LIMITS.nameLength, `Theme name must be ${TOMS_LIMITS.nameLength} characters or fewer`)

/** The outcome form: the theme it belongs to and its name. */
export const outcomeFields = {
	themeId: z.coerce.number({ error: 'Select a theme' }).int('Select a theme').min(1, 'Select a theme'),
	name: z
		.string({ error: 'Enter a name for the outcome' })
		.trim()
		.min(1, 'Enter a name for the outcome')
		.max(TOMS_LIMITS.nameLength, `Outcome name must be ${TOMS_LIMITS.nameLength} characters or fewer`),
}

/** The button that deletes a theme, outcome or measure: it sends only the version. */
export const DeleteContentSchema = z.object({ intent: z.literal('delete'), version: editionVersionSchema })

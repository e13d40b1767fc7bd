import { z } from 'zod'
import { MAX_DECIMAL_PLACES, UNIT_KINDS, type UnitKind } from './units.ts'

export const UNIT_LIMITS = { name: 100, form: 100, code: 20 } as const

const words = (label: string, max: number) =>
	z
		.string({ error: `Enter ${label}` })
		.trim()
		.min(1, `Enter ${label}`)
		.max(max, `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`)

/**
 * A unit as an administrator writes it: its name, how one and many read, its kind, and an
 * optional code. Places after the point matter only for a decimal unit.
 */
export const unitFormFields = {
	name: words('the name', UNIT_LIMITS.name),
	singular: words('how one reads', UNIT_LIMITS.form),
	plural: words('how several read', UNIT_LIMITS.form),
	kind: z.enum(UNIT_KINDS, { error: 'Select what kind of figure it takes' }),
	decimalPlaces: z.coerce
		.number()
		.int()
		.min(1)
		.max(MAX_DECIMAL_PLACES)
		.catch(MAX_DECIMAL_PLACES)
		.default(MAX_DECIMAL_PLACES),
	code: z
		.string()
		.trim()
		.max(UNIT_LIMITS.code, `Code must be ${UNIT_LIMITS.code} characters or fewer`)
		.regex(/^[A-Za-z0-9._-]*$/, 'Code must use only letters, numbers, dots, hyphens and underscores')
		.optional()
		.transform((code) => (code ? code : null)),
}

export const UnitFormSchema = z.object(unitFormFields)

export type UnitFormValue = z.output<typeof UnitFormSchema>

/** How each kind is offered, with what it means for the quantities people type. */
export const UNIT_KIND_CHOICES: Array<{ value: UnitKind; text: string; hint: string }> = [
	{ value: 'count', text: 'A whole number', hint: 'Such as people, visits or trees: 12' },
	{ value: 'decimal', text: 'A number with decimal places', hint: 'Such as hours or tonnes: 12.5' },
	{ value: 'money', text: 'An amount of money in pounds', hint: 'Such as £ spent locally: £1,250.50' },
	{ value: 'percent', text: 'A percentage', hint: 'From 0 to 100: 12.5%' },
	{ value: 'words', text: 'Words', hint: 'A qualitative measure: a commitment described in words, never valued' },
]

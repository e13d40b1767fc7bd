import { z } from 'zod'
import type { SupplierType } from '#db/schema.ts'
import { emailAddressSchema } from '../form-fields.ts'
import { passwordProblem } from '../password-rules.ts'

export const supplierTypeLabels: Record<SupplierType, { text: string; hint: string }> = {
	large: { text: 'Large organisation', hint: '250 or more employees' },
	sme: { text: 'Small or medium-sized enterprise (SME)', hint: 'Fewer than 250 employees' },
	micro: { text: 'Micro business', hint: 'Fewer than 10 employees' },
	vcse: {
		text: 'Voluntary or community organisation, charity or social enterprise',
		hint: 'Including community interest companies',
	},
}

const UK_POSTCODE = /^(GIR 0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? [0-9][ABD-HJLNP-UW-Z]{2})$/

/** "sw1a1aa" → "SW1A 1AA", or null if it is not the shape of a UK postcode. */
export function normalisePostcode(input: string): string | null {
	const compact = input.replace(/\s+/g, '').toUpperCase()
	if (compact.length < 5 || compact.length > 7) return null
	const formatted = `${compact.slice(0, -3)} ${compact.slice(-3)}`
	return UK_POSTCODE.test(formatted) ? formatted : null
}

/**
 * Companies House numbers are 8 characters (digits, or two letters and six digits, such as
 * SC123456); charity numbers are 6 to 8 digits, sometimes with a "-1" style suffix.
 */
export function normaliseRegistrationNumber(input: string): string | null {
	const compact = input.replace(/\s+/g, '').toUpperCase()
	if (/^([0-9]{8}|[A-Z]{2}[0-9]{6})$/.test(compact)) return compact
	if (/^[0-9]{6,8}(-[0-9]{1,2})?$/.test(compact)) return compact
	return null
}

export const organisationFields = {
	organisationName: z
		.string({ error: 'Enter your organisation’s name' })
		.trim()
		.min(1, 'Enter your organisation’s name')
		.max(160, 'Organisation name must be 160 characters or fewer'),
	supplierType: z.enum(['large', 'sme', 'micro', 'vcse'], { error: 'Select the type of organisation' }),
	registrationNumber: z
		.string()
		.trim()
		.default('')
		.transform((text, ctx): string | null => {
			if (text === '') return null
			const number = normaliseRegistrationNumber(text)
			if (!number) {
				ctx.addIssue({
					code: 'custom',
					message: 'Enter a Companies House number like 01234567 or SC123456, or a charity number like 1123456',
				})
				return z.NEVER
			}
			return number
		}),
	postcode: z
		.string({ error: 'Enter your organisation’s postcode' })
		.trim()
		.min(1, 'Enter your organisation’s postcode')
		.transform((text, ctx) => {
			const postcode = normalisePostcode(text)
			if (!postcode) {
				ctx.addIssue({ code: 'custom', message: 'Enter a real postcode, like EX1 1AA' })
				return z.NEVER
			}
			return postcode
		}),
}

export const RegistrationSchema = z
	.object({
		...organisationFields,
		name: z
			.string({ error: 'Enter your full name' })
			.trim()
			.min(1, 'Enter your full name')
			.max(100, 'Full name must be 100 characters or fewer'),
		email: emailAddressSchema('Enter your email address'),
		password: z.string({ error: 'Enter a password' }),
		confirmPassword: z.string({ error: 'Enter the password again' }),
	})
	.superRefine((value, ctx) => {
		const problem = passwordProblem(value.password, { email: value.email })
		if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem })
		else if (value.password !== value.confirmPassword) {
			ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'Enter the same password in both fields' })
		}
	})

export type Registration = z.output<typeof RegistrationSchema>

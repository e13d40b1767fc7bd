import { z } from 'zod'

/** An email address field, with GOV.UK error messages; `missing` is the "Enter …" message. */
export function emailAddressSchema(missing: string) {
	return z
		.string({ error: missing })
		.trim()
		.max(254, 'Email address must be 254 characters or fewer')
		.pipe(z.email('Enter an email address in the correct format, like name@example.com'))
}

/** A short reference code, as measures and council priorities use ("EMP-4", "CP1"). */
export function referenceCodeSchema() {
	return z
		.string({ error: 'Enter a code' })
		.trim()
		.max(20, 'Code must be 20 characters or fewer')
		.regex(/^[A-Za-z0-9.-]+$/, 'Code must use only letters, numbers, dots and hyphens')
}

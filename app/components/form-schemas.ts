import { z } from 'zod'

/** An email address field, with GOV.UK error messages; `missing` is the "Enter …" message. */
export function emailAddressSchema(missing: string) {
	return z
		.string({ error: missing })
		.trim()
		.max(254, 'Email address must be 254 characters or fewer')
		.pipe(z.email('Enter an email address in the correct format, like name@example.com'))
}

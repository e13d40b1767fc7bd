import { z } from 'zod'
import { emailAddressSchema } from '#app/domain/form-fields.ts'
import { normaliseHost, SLUG_PATTERN } from './council-identity.ts'

/** A host name of letters, digits and hyphens in dot-separated labels: "socialvalue.northshire.gov.uk". */
const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

/** What the deployment administrator types to add a council and invite its first administrator. */
export const NewCouncilSchema = z.object({
	name: z
		.string({ error: 'Enter the council’s name' })
		.trim()
		.min(1, 'Enter the council’s name')
		.max(100, 'Council name must be 100 characters or fewer'),
	shortName: z
		.string({ error: 'Enter the name people use for the council' })
		.trim()
		.min(1, 'Enter the name people use for the council')
		.max(50, 'Short name must be 50 characters or fewer'),
	slug: z
		.string({ error: 'Enter a short address' })
		.trim()
		.toLowerCase()
		.min(1, 'Enter a short address')
		.max(40, 'Short address must be 40 characters or fewer')
		.regex(SLUG_PATTERN, 'Short address must use only lowercase letters, numbers and single hyphens between them'),
	host: z
		.string()
		.trim()
		.max(253, 'Host name must be 253 characters or fewer')
		.transform(normaliseHost)
		.pipe(z.string().regex(HOST_PATTERN, 'Enter a host name like socialvalue.northshire.gov.uk, without https://'))
		.optional(),
	adminName: z
		.string({ error: 'Enter the administrator’s full name' })
		.trim()
		.min(1, 'Enter the administrator’s full name')
		.max(100, 'Full name must be 100 characters or fewer'),
	adminEmail: emailAddressSchema('Enter the administrator’s email address'),
})

export type NewCouncilInput = z.infer<typeof NewCouncilSchema>

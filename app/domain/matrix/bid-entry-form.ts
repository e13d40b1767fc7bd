import { z } from 'zod'
import { emailAddressSchema } from '../form-fields.ts'
import { organisationFields } from '../suppliers/registration.ts'

const optionalText = (max: number, label: string) =>
	z.string().trim().max(max, `${label} must be ${max} characters or fewer`).default('')

/**
 * The form a contract manager fills in to enter a bidder's matrix: the bidder (a supplier
 * already here, or a new organisation with its contact), the declarations and the file. The
 * fields of the other choice are ignored, so no reveal is needed and the page works as one form.
 */
export const BidEntrySchema = z
	.object({
		bidder: z.enum(['existing', 'new'], { error: 'Select whether the bidder is already a supplier here' }),
		organisationId: z.string().trim().default(''),
		organisationName: optionalText(160, 'Organisation name'),
		registrationNumber: organisationFields.registrationNumber,
		supplierType: z.enum(['large', 'sme', 'micro', 'vcse']).optional(),
		contactName: optionalText(100, 'Contact name'),
		contactEmail: z.string().trim().default(''),
		declarations: z.literal('yes', {
			error: 'Confirm the bidder made the ethical sourcing declarations in their tender response',
		}),
		file: z.file({ error: 'Select the bidder’s matrix spreadsheet' }),
		/** The tender's bids as the page showed them, so a replacement never overwrites a newer one. */
		seenMark: z.string().max(40).default(''),
	})
	.superRefine((value, ctx) => {
		const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
		if (value.bidder === 'existing') {
			if (!/^[1-9][0-9]*$/.test(value.organisationId)) missing('organisationId', 'Select the bidder')
			return
		}
		if (!value.organisationName) missing('organisationName', 'Enter the bidder’s organisation name')
		if (!value.supplierType) missing('supplierType', 'Select the type of organisation')
		if (!value.contactName) missing('contactName', 'Enter the name of the bidder’s contact')
		const email = emailAddressSchema('Enter the contact’s email address').safeParse(value.contactEmail)
		if (!value.contactEmail) missing('contactEmail', 'Enter the contact’s email address')
		else if (!email.success) missing('contactEmail', email.error.issues[0]!.message)
	})

export type BidEntryForm = z.output<typeof BidEntrySchema>

/** The bidder the form names, as the service takes it. */
export function bidderOf(form: BidEntryForm) {
	return form.bidder === 'existing'
		? { kind: 'existing' as const, organisationId: Number(form.organisationId) }
		: {
				kind: 'new' as const,
				supplier: {
					name: form.organisationName,
					registrationNumber: form.registrationNumber,
					supplierType: form.supplierType ?? null,
					contactName: form.contactName,
					contactEmail: form.contactEmail,
				},
			}
}

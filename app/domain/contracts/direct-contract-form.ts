import { z } from 'zod'
import type { SupplierType } from '#db/schema.ts'
import { emailAddressSchema } from '../form-fields.ts'
import { organisationFields } from '../suppliers/registration.ts'
import { TenderFormSchema } from '../tenders/tender-rules.ts'
import { AwardFields, endsAfterStart, termProblem } from './award-form.ts'

/** The choice in the supplier list that means "a supplier not in the portal yet". */
export const NEW_SUPPLIER = 'new'

/** The questions about a supplier the council adds as it records a contract for it. */
const newSupplierFields = {
	supplierName: z.string().trim().max(160, 'Supplier name must be 160 characters or fewer').default(''),
	registrationNumber: organisationFields.registrationNumber,
	supplierType: z.enum(['large', 'sme', 'micro', 'vcse']).optional(),
	contactName: z.string().trim().max(120, 'Contact’s name must be 120 characters or fewer').default(''),
	contactEmail: z.string().trim().default(''),
}

const contactEmail = emailAddressSchema('Enter the contact’s email address')

/**
 * A contract recorded directly, with no tender in the portal: the contract's terms as at
 * award, the supplier (one already here, or a new one with a contact to invite), and the TOMs
 * measures its commitments are made against. The tender limit on measures does not apply: the
 * contract was agreed elsewhere, and its commitments are what they are.
 */
export const DirectContractSchema = AwardFields.omit({ version: true })
	.extend({
		supplierId: z.string({ error: 'Select the supplier' }).trim().min(1, 'Select the supplier'),
		...newSupplierFields,
		editionId: TenderFormSchema.shape.editionId,
		measureIds: TenderFormSchema.shape.measureIds,
	})
	.refine(endsAfterStart, termProblem)
	.superRefine((form, ctx) => {
		if (new Set(form.measureIds).size === 0)
			ctx.addIssue({ code: 'custom', path: ['measureIds'], message: 'Select at least one measure' })
		if (form.supplierId !== NEW_SUPPLIER) {
			if (!/^[1-9][0-9]*$/.test(form.supplierId))
				ctx.addIssue({ code: 'custom', path: ['supplierId'], message: 'Select the supplier' })
			return
		}
		const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
		if (form.supplierName === '') missing('supplierName', 'Enter the new supplier’s name')
		if (!form.supplierType) missing('supplierType', 'Select the type of organisation')
		if (form.contactName === '') missing('contactName', 'Enter the contact’s full name')
		const email = contactEmail.safeParse(form.contactEmail)
		if (!email.success) missing('contactEmail', email.error.issues[0]!.message)
	})

export type DirectContractForm = z.output<typeof DirectContractSchema>

/** Who the contract is with: an organisation already here, or one to add. */
export type SupplierChoice =
	| { kind: 'existing'; organisationId: number }
	| {
			kind: 'new'
			name: string
			registrationNumber: string | null
			supplierType: SupplierType | null
			contactName: string
			contactEmail: string
	  }

export function supplierChoice(form: DirectContractForm): SupplierChoice {
	if (form.supplierId !== NEW_SUPPLIER) return { kind: 'existing', organisationId: Number(form.supplierId) }
	return {
		kind: 'new',
		name: form.supplierName,
		registrationNumber: form.registrationNumber,
		supplierType: form.supplierType ?? null,
		contactName: form.contactName,
		contactEmail: form.contactEmail,
	}
}

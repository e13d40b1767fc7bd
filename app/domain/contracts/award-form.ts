import { z } from 'zod'
import { isCalendarDate } from '../tenders/london-time.ts'
import { TenderFormSchema, poundsSchema } from '../tenders/tender-rules.ts'

export const AwardFields = z.object({
	reference: TenderFormSchema.shape.reference,
	title: TenderFormSchema.shape.title,
	value: poundsSchema('Contract value'),
	startDate: z.string({ error: 'Enter the contract start date' }).refine(isCalendarDate, 'Contract start must be a real date'),
	endDate: z.string({ error: 'Enter the contract end date' }).refine(isCalendarDate, 'Contract end must be a real date'),
	cadence: TenderFormSchema.shape.cadence,
	contractManagerId: TenderFormSchema.shape.contractManagerId,
	// A checkbox: present as "yes" when ticked, absent otherwise.
	commerciallySensitive: z
		.string()
		.optional()
		.transform((value) => value === 'yes'),
	version: z.coerce.number().int().min(0),
})

const Term = AwardFields.pick({ startDate: true, endDate: true })

/** The contract's details, prefilled from the tender and confirmed when awarding. */
export const AwardFormSchema = AwardFields.refine((form) => form.endDate > form.startDate, {
	path: ['endDate'],
	message: 'Contract end must be after the contract start',
	// Check the term whenever both dates are real, even if another field is wrong too.
	when: (payload) => Term.safeParse(payload.value).success,
})

export type AwardForm = z.output<typeof AwardFormSchema>
export type AwardDetails = Omit<AwardForm, 'version'>

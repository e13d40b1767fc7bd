import { z } from 'zod'
import { dateSchema, datesRead } from '../date-parts.ts'
import { TenderFormSchema, poundsSchema } from '../tenders/tender-rules.ts'

export const AwardFields = z.object({
	reference: TenderFormSchema.shape.reference,
	title: TenderFormSchema.shape.title,
	value: poundsSchema('Contract value'),
	startDate: dateSchema({ missing: 'Enter the contract start date', label: 'Contract start' }),
	endDate: dateSchema({ missing: 'Enter the contract end date', label: 'Contract end' }),
	cadence: TenderFormSchema.shape.cadence,
	contractManagerId: TenderFormSchema.shape.contractManagerId,
	// A checkbox: present as "yes" when ticked, absent otherwise.
	commerciallySensitive: z
		.string()
		.optional()
		.transform((value) => value === 'yes'),
	version: z.coerce.number().int().min(0),
})

/** The contract's term: its end after its start. */
export const endsAfterStart = (form: { startDate: string; endDate: string }) => form.endDate > form.startDate
/** Checked whenever both dates are real, even if another field is wrong too. */
export const termProblem = {
	path: ['endDate'],
	message: 'Contract end must be after the contract start',
	when: datesRead('startDate', 'endDate'),
}

/** The contract's details, prefilled from the tender and confirmed when awarding. */
export const AwardFormSchema = AwardFields.refine(endsAfterStart, termProblem)

export type AwardForm = z.output<typeof AwardFormSchema>
export type AwardDetails = Omit<AwardForm, 'version'>

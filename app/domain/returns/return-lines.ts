import { z } from 'zod'
import { readQuantity, type Unit } from '../toms/units.ts'
import { milestoneStatuses, type MilestoneStatus } from './milestone-status.ts'

export const NARRATIVE_MAX = 5000
export const DELIVERED_TEXT_MAX = 2000
export const NIL_REASON_MAX = 2000

/** What a return says about one commitment in its period. */
export type ReturnLineEntry = {
	deliveredHundredths: number | null
	deliveredText: string
	milestoneStatus: MilestoneStatus | null
	narrative: string
	mayPublish: boolean
}

const quantityProblems = {
	empty: 'Enter the quantity delivered in the period',
	'not-a-number': 'Quantity delivered must be a number, like 12 or 12.5',
	negative: 'Quantity delivered must be 0 or more',
	'too-precise': 'Quantity delivered must have no more than 2 decimal places',
	'too-large': 'Quantity delivered is too large',
} as const

/** The quantity delivered, in the commitment's unit: a count takes whole numbers, a percentage at most 100. */
function deliveredQuantity(unit: Unit) {
	return z
		.string()
		.optional()
		.transform((text, context) => {
			const trimmed = text?.trim() ?? ''
			if (trimmed === '') return null
			const read = readQuantity(trimmed, unit, 'Quantity delivered')
			if (read.ok) return read.hundredths
			context.addIssue({ code: 'custom', message: 'problem' in read ? quantityProblems[read.problem] : read.message })
			return z.NEVER
		})
}

/**
 * The fields of one commitment's answer. A draft may be half filled, so only malformed
 * answers are errors here; what a submission needs is `returnLineProblems`. A qualitative
 * commitment takes words and ignores any number sent; a numeric one the reverse.
 */
export function returnLineFields(commitment: { qualitative: boolean; quantityUnit: Unit }) {
	return {
		delivered: commitment.qualitative
			? z
					.unknown()
					.optional()
					.transform((): number | null => null)
			: deliveredQuantity(commitment.quantityUnit),
		deliveredText: commitment.qualitative
			? z
					.string()
					.trim()
					.max(
						DELIVERED_TEXT_MAX,
						`What you delivered must be ${DELIVERED_TEXT_MAX.toLocaleString('en-GB')} characters or fewer`,
					)
					.default('')
			: z
					.unknown()
					.optional()
					.transform(() => ''),
		milestoneStatus: z
			.enum(milestoneStatuses, { error: 'Select how the milestones stand' })
			.optional()
			.transform((status): MilestoneStatus | null => status ?? null),
		narrative: z
			.string()
			.trim()
			.max(NARRATIVE_MAX, `What happened must be ${NARRATIVE_MAX.toLocaleString('en-GB')} characters or fewer`)
			.default(''),
		// A checkbox: present as "yes" when ticked, absent otherwise.
		mayPublish: z
			.string()
			.optional()
			.transform((value) => value === 'yes'),
	}
}

type ReturnLineFields = z.output<z.ZodObject<ReturnType<typeof returnLineFields>>>

/** The answer to store, from the parsed fields. */
export function returnLineEntry(fields: ReturnLineFields): ReturnLineEntry {
	return {
		deliveredHundredths: fields.delivered,
		deliveredText: fields.deliveredText,
		milestoneStatus: fields.milestoneStatus,
		narrative: fields.narrative,
		mayPublish: fields.mayPublish,
	}
}

/** What is still missing before a return can be submitted with this line. */
export function returnLineProblems(entry: ReturnLineEntry | null, commitment: { qualitative: boolean }): string[] {
	const problems: string[] = []
	if (commitment.qualitative ? !entry?.deliveredText : entry?.deliveredHundredths == null) {
		problems.push(
			commitment.qualitative
				? 'Say what you delivered in the period'
				: 'Enter the quantity delivered in the period, 0 if none',
		)
	}
	if (!entry?.milestoneStatus) problems.push('Select how the milestones stand')
	return problems
}

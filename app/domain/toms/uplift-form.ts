import { z } from 'zod'
import { editionVersionSchema } from './content-forms.ts'
import { parsePercentage, percentageProblems, type UpliftChoice } from './uplift.ts'

export const UPLIFT_SCOPE_NOT_CHOSEN = 'Select which measures to uplift'
export const UPLIFT_NONE_TICKED = 'Select the measures to uplift'

const percentageSchema = z.string({ error: percentageProblems.empty }).transform((text, ctx) => {
	const parsed = parsePercentage(text)
	if (parsed.ok) return parsed.basisPoints
	ctx.addIssue({ code: 'custom', message: percentageProblems[parsed.problem] })
	return z.NEVER
})

const upliftFields = {
	version: editionVersionSchema,
	percentage: percentageSchema,
	scope: z.enum(['all', 'chosen'], { error: UPLIFT_SCOPE_NOT_CHOSEN }),
	measureIds: z.array(z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER)).max(10_000).default([]),
}

const ticksFields = new Set<PropertyKey>(['scope', 'measureIds'])

/** "Only the ones ticked" with none ticked; checked even when the percentage is wrong too, so every mistake is told at once. */
const noneTicked = {
	path: ['measureIds'],
	message: UPLIFT_NONE_TICKED,
	when: ({ issues }: { issues: Array<{ path?: PropertyKey[] }> }) =>
		!issues.some((issue) => ticksFields.has(issue.path?.[0] ?? '')),
}

function upliftSchema<Intent extends 'preview' | 'apply'>(intent: Intent) {
	return z
		.object({ intent: z.literal(intent), ...upliftFields })
		.refine((value) => value.scope !== 'chosen' || value.measureIds.length > 0, noneTicked)
		.transform(({ scope, measureIds, percentage, ...rest }) => {
			// Ticked boxes count only when "only the ones ticked" is chosen.
			const choice: UpliftChoice = scope === 'all' ? { scope } : { scope, measureIds }
			return { ...rest, basisPoints: percentage, choice }
		})
}

/** The uplift form: "Preview" shows what it would do, "Apply uplift" does exactly that. */
export const UpliftFormSchema = z.discriminatedUnion('intent', [upliftSchema('preview'), upliftSchema('apply')])

import { z } from 'zod'
import { parseAmount, POUNDS } from '../amounts.ts'
import { dateSchema } from '../date-parts.ts'
import { countOf } from '../plural.ts'
import { fromLondonDateTime } from './london-time.ts'

export type TenderRuleContext = {
	now: number
	maxMeasures: number
	/** The edition each chosen measure belongs to, by measure id; missing = no such measure. */
	measureEditions: Map<number, number>
	/** Editions a tender may use: the published ones. */
	publishedEditionIds: Set<number>
	/** Where bids go, when the tender is already published: that cannot change any more. */
	publishedBidding?: string
}

/** A whole percentage between `min` and 100, or null when left empty. */
function percentOrEmpty(label: string, min = 0) {
	return z
		.string()
		.trim()
		.default('')
		.transform((text, ctx): number | null => {
			if (text === '') return null
			const n = Number(text.replace(/%$/, ''))
			if (!Number.isInteger(n)) {
				ctx.addIssue({ code: 'custom', message: `The ${label} must be a whole number, like 10` })
				return z.NEVER
			}
			if (n < min || n > 100) {
				ctx.addIssue({ code: 'custom', message: `The ${label} must be between ${min} and 100` })
				return z.NEVER
			}
			return n
		})
}

function percent(label: string) {
	return percentOrEmpty(label).transform((n, ctx): number => {
		if (n === null) {
			ctx.addIssue({ code: 'custom', message: `Enter the ${label}` })
			return z.NEVER
		}
		return n
	})
}

/** An amount in pounds, like "250000" or "£1,250.50", as whole pence. */
export function poundsSchema(label: string) {
	return z.string({ error: `Enter the ${label.toLowerCase()}` }).transform((text, ctx) => {
		const parsed = parseAmount(text, POUNDS)
		if (!parsed.ok) {
			const notAnAmount = `${label} must be an amount in pounds, like 250000`
			const messages = {
				empty: notAnAmount,
				'not-a-number': notAnAmount,
				negative: `${label} must be £0 or more`,
				'too-precise': `${label} must not have fractions of a penny`,
				'too-large': `${label} must be £1 billion or less`,
			}
			ctx.addIssue({ code: 'custom', message: messages[parsed.problem] })
			return z.NEVER
		}
		return parsed.hundredths
	})
}

/** Where a tender's bids arrive, as the tender form offers it; 'direct' is set up elsewhere, never here. */
export const biddingChoices = ['portal', 'elsewhere'] as const

export const biddingLabels: Record<(typeof biddingChoices)[number], { text: string; hint: string }> = {
	portal: {
		text: 'In this portal',
		hint: 'Suppliers find the tender under opportunities and submit their matrix here',
	},
	elsewhere: {
		text: 'Received in another system',
		hint: 'Bids go to the council’s e-tendering suite; you upload each bidder’s matrix here on their behalf',
	},
}

/** Where bids are sent, as a tender's summary says it. */
export function biddingSummary(bidding: string): string {
	if (bidding === 'elsewhere') return 'Bids received elsewhere: the contract manager enters each bidder’s matrix'
	if (bidding === 'direct') return 'No bids: the contract was recorded directly'
	return 'In this portal'
}

/** Why a supplier cannot start a matrix for a tender whose bids go to another system. */
export const BIDS_ELSEWHERE =
	'Bids for this tender are not made in this portal: send your bid through the council’s e-tendering system'

export const TenderFormSchema = z.object({
	reference: z
		.string({ error: 'Enter a reference' })
		.trim()
		.max(40, 'Reference must be 40 characters or fewer')
		.regex(
			/^[A-Za-z0-9][A-Za-z0-9/._-]*$/,
			'Reference must use only letters, numbers, slashes, dots, hyphens and underscores',
		),
	title: z
		.string({ error: 'Enter a title' })
		.trim()
		.min(1, 'Enter a title')
		.max(200, 'Title must be 200 characters or fewer'),
	description: z.string().trim().max(10000, 'Description must be 10,000 characters or fewer').default(''),
	estimatedValue: poundsSchema('Estimated contract value'),
	contractStart: dateSchema({ missing: 'Enter the expected contract start date', label: 'Contract start' }),
	contractEnd: dateSchema({ missing: 'Enter the expected contract end date', label: 'Contract end' }),
	deadlineDate: dateSchema({ missing: 'Enter the submission deadline date', label: 'Submission deadline' }),
	deadlineTime: z
		.string({ error: 'Enter the submission deadline time' })
		.regex(/^\d{1,2}:\d{2}$/, 'Deadline time must be like 12:00'),
	weightingPercent: percent('social value weighting'),
	quantitySharePercent: percent('quantity share of the social value score'),
	targetPercent: percentOrEmpty('target'),
	cadence: z.enum(['half_yearly', 'quarterly', 'annual'], { error: 'Select how often progress is reported' }),
	bidding: z.enum(biddingChoices, { error: 'Select where bidders will send their bids' }).default('portal'),
	editionId: z.coerce.number({ error: 'Select a TOMs edition' }).int().min(1, 'Select a TOMs edition'),
	contractManagerId: z.coerce
		.number({ error: 'Select the responsible contract manager' })
		.int()
		.min(1, 'Select the responsible contract manager'),
	measureIds: z.array(z.coerce.number().int().min(1)).max(200).default([]),
	version: z.coerce.number().int().min(0).default(0),
	amendmentReason: z.string().trim().max(2000, 'Reason must be 2,000 characters or fewer').optional(),
})

export type TenderForm = z.output<typeof TenderFormSchema>

export type TenderProblem = { field: keyof TenderForm | 'deadline'; message: string }

/** Rules that need more than one field or facts from the database. */
export function tenderProblems(form: TenderForm, ctx: TenderRuleContext): TenderProblem[] {
	const problems: TenderProblem[] = []
	if (form.contractEnd <= form.contractStart)
		problems.push({ field: 'contractEnd', message: 'Contract end must be after the contract start' })
	const deadline = fromLondonDateTime(form.deadlineDate, form.deadlineTime)
	if (deadline === null)
		problems.push({ field: 'deadlineTime', message: 'Deadline time must be a real time, like 12:00' })
	else if (deadline <= ctx.now)
		problems.push({ field: 'deadlineDate', message: 'The submission deadline must be in the future' })
	if (ctx.publishedBidding !== undefined && ctx.publishedBidding !== form.bidding)
		problems.push({ field: 'bidding', message: 'Where bids are sent cannot change once the tender is published' })
	if (!ctx.publishedEditionIds.has(form.editionId))
		problems.push({ field: 'editionId', message: 'Select a published TOMs edition' })
	const uniqueMeasures = [...new Set(form.measureIds)]
	if (uniqueMeasures.length === 0) problems.push({ field: 'measureIds', message: 'Select at least one measure' })
	else if (uniqueMeasures.length > ctx.maxMeasures) {
		problems.push({ field: 'measureIds', message: `Select ${countOf(ctx.maxMeasures, 'measure')} or fewer` })
	}
	if (uniqueMeasures.some((id) => ctx.measureEditions.get(id) !== form.editionId)) {
		problems.push({ field: 'measureIds', message: 'Select measures from the chosen TOMs edition only' })
	}
	return problems
}

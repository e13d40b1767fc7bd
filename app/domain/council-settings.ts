import { z } from 'zod'

export type CouncilSettings = {
	councilName: string
	defaultWeightingPercent: number
	maxMeasuresPerTender: number
	minimumTenderPeriodDays: number
	financialYearStartMonth: number
	returnDueDays: number
	ragGreenPercent: number
	ragAmberPercent: number
	reminderLeadDays: number[]
}

export const defaultSettings: Omit<CouncilSettings, 'councilName'> = {
	defaultWeightingPercent: 10,
	maxMeasuresPerTender: 10,
	minimumTenderPeriodDays: 10,
	financialYearStartMonth: 4,
	returnDueDays: 30,
	ragGreenPercent: 90,
	ragAmberPercent: 60,
	reminderLeadDays: [14, 3],
}

function wholeNumber(label: string, min: number, max: number) {
	return z.coerce
		.number({ error: `Enter the ${label} as a number` })
		.refine((n) => Number.isFinite(n), `Enter the ${label} as a number`)
		.refine((n) => Number.isInteger(n), `The ${label} must be a whole number`)
		.refine((n) => n >= min && n <= max, `The ${label} must be between ${min} and ${max}`)
}

/** "14, 3" → [14, 3]: whole days, largest first, no repeats. */
export function parseLeadDays(text: string): number[] | null {
	const parts = text.split(/[,\s]+/).filter(Boolean)
	if (parts.length === 0 || parts.length > 6) return null
	const days = parts.map(Number)
	if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 90)) return null
	return [...new Set(days)].sort((a, b) => b - a)
}

export const CouncilSettingsSchema = z
	.object({
		councilName: z
			.string({ error: 'Enter the council’s name' })
			.trim()
			.min(1, 'Enter the council’s name')
			.max(100, 'Council name must be 100 characters or fewer'),
		defaultWeightingPercent: wholeNumber('default social value weighting', 0, 100),
		maxMeasuresPerTender: wholeNumber('maximum number of measures per tender', 1, 50),
		minimumTenderPeriodDays: wholeNumber('minimum tender period', 1, 90),
		financialYearStartMonth: wholeNumber('month the financial year starts', 1, 12),
		returnDueDays: wholeNumber('number of days to file a return', 1, 180),
		ragGreenPercent: wholeNumber('green threshold', 1, 100),
		ragAmberPercent: wholeNumber('amber threshold', 0, 99),
		reminderLeadDays: z.string({ error: 'Enter when reminders are sent' }).transform((text, ctx) => {
			const days = parseLeadDays(text)
			if (!days) {
				ctx.addIssue({
					code: 'custom',
					message: 'Enter up to 6 whole numbers of days between 1 and 90, separated by commas, like 14, 3',
				})
				return z.NEVER
			}
			return days
		}),
		// 0 until the settings are first saved.
		version: z.coerce.number().int().min(0),
	})
	.superRefine((value, ctx) => {
		if (value.ragAmberPercent >= value.ragGreenPercent) {
			ctx.addIssue({
				code: 'custom',
				path: ['ragAmberPercent'],
				message: 'The amber threshold must be lower than the green threshold',
			})
		}
	})

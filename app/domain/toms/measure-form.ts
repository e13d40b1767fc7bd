import { z } from 'zod'
import { referenceCodeSchema } from '../form-fields.ts'
import type { MeasureContent } from './content.ts'
import { parseAmount, POUNDS } from '../amounts.ts'
import { proxyValueProblems } from './money.ts'
import { isQualitative, unitKeys } from './units.ts'

/** The measure form's fields and rules, shared by the browser's checks and the server's. */
export const MeasureFormSchema = z
	.object({
		outcomeId: z.coerce.number({ error: 'Select an outcome' }).int().min(1, 'Select an outcome'),
		code: referenceCodeSchema(),
		title: z
			.string({ error: 'Enter a title' })
			.trim()
			.min(1, 'Enter a title')
			.max(200, 'Title must be 200 characters or fewer'),
		unit: z.enum(unitKeys as [string, ...string[]], { error: 'Select a unit' }),
		proxyValue: z.string().trim().optional(),
		guidance: z.string().trim().max(5000, 'Guidance must be 5000 characters or fewer').default(''),
		evidenceGuidance: z.string().trim().max(5000, 'Evidence guidance must be 5000 characters or fewer').default(''),
		priorityCodes: z.array(z.string().max(20)).max(50).default([]),
		version: z.coerce.number().int().min(1),
	})
	.transform((value, ctx) => {
		let proxyValuePence: number | null = null
		if (value.proxyValue) {
			if (isQualitative(value.unit as MeasureContent['unit'])) {
				ctx.addIssue({
					code: 'custom',
					path: ['proxyValue'],
					message: 'A text (qualitative) measure cannot have a proxy value',
				})
				return z.NEVER
			}
			const parsed = parseAmount(value.proxyValue, POUNDS)
			if (!parsed.ok) {
				ctx.addIssue({ code: 'custom', path: ['proxyValue'], message: proxyValueProblems[parsed.problem] })
				return z.NEVER
			}
			proxyValuePence = parsed.hundredths
		}
		const measure: MeasureContent = {
			code: value.code,
			title: value.title,
			unit: value.unit as MeasureContent['unit'],
			proxyValuePence,
			guidance: value.guidance,
			evidenceGuidance: value.evidenceGuidance,
			priorityCodes: value.priorityCodes,
		}
		return { outcomeId: value.outcomeId, version: value.version, measure }
	})

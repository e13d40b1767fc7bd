import { z } from 'zod'
import { referenceCodeSchema } from '../form-fields.ts'
import type { MeasureContent } from './content.ts'
import { editionVersionSchema } from './content-forms.ts'
import { parseAmount, POUNDS } from '../amounts.ts'
import { proxyValueProblems } from './money.ts'
import { isQualitative, unitFor, type UnitCatalogue } from './units.ts'

/**
 * The fields of the measure form. A unit is one the council offers, or the measure's own unit
 * if that has since been retired, so a measure can still be saved as it is.
 */
function measureFieldsFor(units: UnitCatalogue, keptUnitKey: string | null) {
	return z.object({
		outcomeId: z.coerce.number({ error: 'Select an outcome' }).int().min(1, 'Select an outcome'),
		code: referenceCodeSchema(),
		title: z
			.string({ error: 'Enter a title' })
			.trim()
			.min(1, 'Enter a title')
			.max(200, 'Title must be 200 characters or fewer'),
		unit: z
			.string({ error: 'Select a unit' })
			.refine((key) => (units.has(key) && !units.get(key)!.retired) || key === keptUnitKey, 'Select a unit'),
		proxyValue: z.string().trim().optional(),
		guidance: z.string().trim().max(5000, 'Guidance must be 5000 characters or fewer').default(''),
		evidenceGuidance: z.string().trim().max(5000, 'Evidence guidance must be 5000 characters or fewer').default(''),
		priorityCodes: z.array(z.string().max(20)).max(50).default([]),
		version: editionVersionSchema,
	})
}

type MeasureFields = z.output<ReturnType<typeof measureFieldsFor>>

/**
 * The fields as a measure with its value in pence, or the proxy value's problem. Fields the
 * form has beyond the measure's own (the button that sent it) are kept beside it.
 */
function toMeasureChange<Fields extends MeasureFields>(units: UnitCatalogue, value: Fields, ctx: z.RefinementCtx) {
	const { outcomeId, version, code, title, unit, proxyValue, guidance, evidenceGuidance, priorityCodes, ...rest } =
		value
	let proxyValuePence: number | null = null
	if (proxyValue) {
		if (isQualitative(unitFor(units, unit))) {
			ctx.addIssue({
				code: 'custom',
				path: ['proxyValue'],
				message: 'A text (qualitative) measure cannot have a proxy value',
			})
			return z.NEVER
		}
		const parsed = parseAmount(proxyValue, POUNDS)
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', path: ['proxyValue'], message: proxyValueProblems[parsed.problem] })
			return z.NEVER
		}
		proxyValuePence = parsed.hundredths
	}
	const measure: MeasureContent = {
		code,
		title,
		unit,
		proxyValuePence,
		guidance,
		evidenceGuidance,
		priorityCodes,
	}
	return { ...rest, outcomeId, version, measure }
}

/** The measure form's fields and rules, shared by the browser's checks and the server's. */
export function measureFormSchema(units: UnitCatalogue, keptUnitKey: string | null = null) {
	return measureFieldsFor(units, keptUnitKey).transform((value, ctx) => toMeasureChange(units, value, ctx))
}

/** The measure form sent by its Save button, on a page whose other button deletes the measure. */
export function saveMeasureSchema(units: UnitCatalogue, keptUnitKey: string | null = null) {
	return measureFieldsFor(units, keptUnitKey)
		.extend({ intent: z.literal('save') })
		.transform((value, ctx) => toMeasureChange(units, value, ctx))
}

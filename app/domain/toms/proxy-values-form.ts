import { z } from 'zod'
import { parseAmount, POUNDS } from '../amounts.ts'
import { editionVersionSchema } from './content-forms.ts'
import { proxyValueProblems } from './money.ts'

/**
 * One typed proxy value: pence, or null when left empty (a record-only measure). Refused
 * with the measure form's own messages.
 */
const typedProxyValue = z
	.string({ error: proxyValueProblems['not-a-number'] })
	.optional()
	.transform((text, ctx): number | null => {
		if (text === undefined || text.trim() === '') return null
		const parsed = parseAmount(text, POUNDS)
		if (parsed.ok) return parsed.hundredths
		ctx.addIssue({ code: 'custom', message: proxyValueProblems[parsed.problem] })
		return z.NEVER
	})

/**
 * The table of proxy values: one field per measure, named by the measure's id
 * (`proxyValues.123`), so the longest draft's table is one field a measure and no list.
 */
export const ProxyValuesFormSchema = z.object({
	version: editionVersionSchema,
	proxyValues: z.record(z.string().max(20), typedProxyValue).default({}),
})

export type ProxyValueChange = { id: number; oldPence: number | null; newPence: number | null }

/**
 * What saving the table changes: each typed value that differs from the measure's. A value
 * for a measure not in the table (gone, or never there) makes the whole form stale.
 */
export function proxyValueChanges(
	current: Array<{ id: number; proxyValuePence: number | null }>,
	typed: Record<string, number | null>,
): { ok: true; changes: ProxyValueChange[] } | { ok: false; unknownKey: string } {
	const byId = new Map(current.map((measure) => [String(measure.id), measure]))
	const changes: ProxyValueChange[] = []
	for (const [key, newPence] of Object.entries(typed)) {
		const measure = byId.get(key)
		if (!measure) return { ok: false, unknownKey: key }
		if (measure.proxyValuePence !== newPence)
			changes.push({ id: measure.id, oldPence: measure.proxyValuePence, newPence })
	}
	return { ok: true, changes }
}

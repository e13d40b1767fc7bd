import { parseWithZod } from '@conform-to/zod/v4'
import type { z } from 'zod'

/** A form as an action reads it, sent these fields in this order: its value, or each field's first error. */
export function submitForm<Schema extends z.ZodType>(schema: Schema, fields: Array<[string, string]>) {
	const data = new FormData()
	for (const [name, value] of fields) data.append(name, value)
	const submission = parseWithZod(data, { schema })
	if (submission.status === 'success') return { ok: true as const, value: submission.value }
	return {
		ok: false as const,
		errors: Object.fromEntries(Object.entries(submission.error ?? {}).map(([name, messages]) => [name, messages?.[0]])),
	}
}

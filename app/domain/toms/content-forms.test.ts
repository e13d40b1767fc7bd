import { expect, test } from 'vitest'
import { z } from 'zod'
import { DeleteContentSchema, outcomeFields, themeNameSchema } from './content-forms.ts'

const Outcome = z.object(outcomeFields)

function messages(schema: z.ZodType, input: unknown) {
	const result = schema.safeParse(input)
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

test('a theme’s name is trimmed, and must be there and short', () => {
	expect(themeNameSchema.parse('  Net zero ')).toBe('Net zero')
	expect(messages(themeNameSchema, '   ')).toEqual([': Enter a name for the theme'])
	expect(messages(themeNameSchema, undefined)).toEqual([': Enter a name for the theme'])
	expect(messages(themeNameSchema, 'x'.repeat(201))).toEqual([': Theme name must be 200 characters or fewer'])
})

test.each(['', 'abc', '0', '-1', '1.5', '1e309', 'NaN', '9007199254740993'])(
	'an outcome’s theme of %j is asked for again',
	(themeId) => {
		expect(messages(Outcome, { themeId, name: 'People are better off' })).toEqual(['themeId: Select a theme'])
	},
)

test('an outcome needs a name of 200 characters or fewer', () => {
	expect(Outcome.parse({ themeId: '4', name: ' Less carbon ' })).toEqual({ themeId: 4, name: 'Less carbon' })
	expect(messages(Outcome, { themeId: '4', name: '' })).toEqual(['name: Enter a name for the outcome'])
	expect(messages(Outcome, { themeId: '4', name: 'x'.repeat(201) })).toEqual([
		'name: Outcome name must be 200 characters or fewer',
	])
})

test('deleting sends the version the page was loaded at, and nothing else', () => {
	expect(DeleteContentSchema.parse({ intent: 'delete', version: '3', name: 'ignored' })).toEqual({
		intent: 'delete',
		version: 3,
	})
	expect(DeleteContentSchema.safeParse({ intent: 'delete', version: '0' }).success).toBe(false)
})

import { expect, test } from 'vitest'
import { UnitFormSchema } from './unit-form.ts'

const valid = {
	name: 'Weeks of apprenticeship',
	singular: 'week',
	plural: 'weeks',
	kind: 'decimal',
	decimalPlaces: '1',
}

function problems(input: Record<string, unknown>) {
	const result = UnitFormSchema.safeParse(input)
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

test('a unit as typed: trimmed, places read as a number, an empty code is none', () => {
	expect(UnitFormSchema.parse({ ...valid, name: '  Weeks of apprenticeship ', code: '' })).toEqual({
		name: 'Weeks of apprenticeship',
		singular: 'week',
		plural: 'weeks',
		kind: 'decimal',
		decimalPlaces: 1,
		code: null,
	})
	expect(UnitFormSchema.parse({ ...valid, code: 'NT10' }).code).toBe('NT10')
})

test.each([
	[{ name: ' ' }, 'name: Enter the name'],
	[{ singular: '' }, 'singular: Enter how one reads'],
	[{ plural: undefined }, 'plural: Enter how several read'],
	[{ kind: 'furlongs' }, 'kind: Select what kind of figure it takes'],
	[{ code: 'has space' }, 'code: Code must use only letters, numbers, dots, hyphens and underscores'],
	[{ name: 'x'.repeat(101) }, 'name: The name must be 100 characters or fewer'],
])('%j is refused', (change, message) => {
	expect(problems({ ...valid, ...change })).toContain(message)
})

test('places outside 1 or 2 fall back to 2, the most a quantity can hold', () => {
	expect(UnitFormSchema.parse({ ...valid, decimalPlaces: '7' }).decimalPlaces).toBe(2)
})

import { expect, test } from 'vitest'
import { submitForm } from '#tests/form-submission.ts'
import { UpliftFormSchema } from './uplift-form.ts'

function parse(fields: Array<[string, string]>) {
	return submitForm(UpliftFormSchema, fields)
}

const base: Array<[string, string]> = [
	['intent', 'preview'],
	['version', '4'],
	['percentage', '3.5'],
]

test('every priced measure, by a percentage in basis points', () => {
	expect(parse([...base, ['scope', 'all'], ['measureIds', '7']])).toEqual({
		ok: true,
		value: { intent: 'preview', version: 4, basisPoints: 350, choice: { scope: 'all' } },
	})
})

test('only the ticked measures, one or several, when that is chosen', () => {
	expect(parse([...base, ['scope', 'chosen'], ['measureIds', '7']])).toMatchObject({
		ok: true,
		value: { choice: { scope: 'chosen', measureIds: [7] } },
	})
	expect(parse([...base, ['scope', 'chosen'], ['measureIds', '7'], ['measureIds', '9']])).toMatchObject({
		ok: true,
		value: { choice: { scope: 'chosen', measureIds: [7, 9] } },
	})
})

test('applying carries the same fields', () => {
	const apply: Array<[string, string]> = [['intent', 'apply'], ...base.slice(1), ['scope', 'all']]
	expect(parse(apply)).toMatchObject({ ok: true, value: { intent: 'apply', basisPoints: 350, version: 4 } })
})

test.each([
	[[['percentage', '']], { percentage: 'Enter the percentage' }],
	[[['percentage', '0']], { percentage: 'Percentage must not be 0' }],
	[[['percentage', 'lots']], { percentage: 'Percentage must be a number, like 3.5' }],
	[[['percentage', '3.555']], { percentage: 'Percentage must have no more than 2 decimal places' }],
	[[['percentage', '-60']], { percentage: 'Percentage must be -50 or more' }],
	[[['percentage', '250']], { percentage: 'Percentage must be 100 or less' }],
	[[['scope', '']], { scope: 'Select which measures to uplift' }],
	[[['scope', 'some']], { scope: 'Select which measures to uplift' }],
	[[['scope', 'chosen']], { measureIds: 'Select the measures to uplift' }],
] as Array<[Array<[string, string]>, Record<string, string>]>)('%j is refused', (changes, errors) => {
	const fields = new Map<string, string>([...base, ['scope', 'all']])
	for (const [name, value] of changes) fields.set(name, value)
	expect(parse([...fields])).toEqual({ ok: false, errors })
})

test('a button the page does not have, or a stale-looking version, is refused', () => {
	expect(parse([['intent', 'drop-everything'], ...base.slice(1), ['scope', 'all']]).ok).toBe(false)
	expect(
		parse([
			['intent', 'apply'],
			['version', '0'],
			['percentage', '3'],
			['scope', 'all'],
		]),
	).toMatchObject({
		ok: false,
		errors: { version: expect.any(String) },
	})
})

test('a wrong percentage and nothing ticked are told together', () => {
	expect(
		parse([
			['intent', 'preview'],
			['version', '4'],
			['percentage', '0'],
			['scope', 'chosen'],
		]),
	).toEqual({
		ok: false,
		errors: { percentage: 'Percentage must not be 0', measureIds: 'Select the measures to uplift' },
	})
})

import { expect, test } from 'vitest'
import { submitForm } from '#tests/form-submission.ts'
import { ProxyValuesFormSchema, proxyValueChanges } from './proxy-values-form.ts'

function parse(fields: Array<[string, string]>) {
	return submitForm(ProxyValuesFormSchema, fields)
}

test('each measure’s typed value in pence; an empty one makes it record only', () => {
	expect(
		parse([
			['version', '3'],
			['proxyValues.11', '£15,525.00'],
			['proxyValues.12', '16.93'],
			['proxyValues.13', ''],
			['proxyValues.14', '  '],
		]),
	).toEqual({
		ok: true,
		value: { version: 3, proxyValues: { '11': 1552500, '12': 1693, '13': null, '14': null } },
	})
})

test('each bad value is refused against its own measure, with the measure form’s messages', () => {
	expect(
		parse([
			['version', '3'],
			['proxyValues.11', '12.345'],
			['proxyValues.12', '16.93'],
			['proxyValues.13', 'lots'],
			['proxyValues.14', '-3'],
			['proxyValues.15', '1000000001'],
		]),
	).toEqual({
		ok: false,
		errors: {
			'proxyValues.11': 'Proxy value must not have fractions of a penny (at most 2 decimal places)',
			'proxyValues.13': 'Proxy value must be a number, like 16.93',
			'proxyValues.14': 'Proxy value must be £0 or more',
			'proxyValues.15': 'Proxy value is too large',
		},
	})
})

test('a value sent twice is refused against its measure', () => {
	expect(
		parse([
			['version', '3'],
			['proxyValues.11', '1'],
			['proxyValues.11', '2'],
		]),
	).toEqual({ ok: false, errors: { 'proxyValues.11': 'Proxy value must be a number, like 16.93' } })
})

test('a form without values changes nothing; without a version it is refused', () => {
	expect(parse([['version', '3']])).toEqual({ ok: true, value: { version: 3, proxyValues: {} } })
	expect(parse([['proxyValues.11', '1']])).toMatchObject({ ok: false, errors: { version: expect.any(String) } })
})

test('only the values that differ are changes', () => {
	const current = [
		{ id: 11, proxyValuePence: 1500000 },
		{ id: 12, proxyValuePence: 1693 },
		{ id: 13, proxyValuePence: null },
		{ id: 14, proxyValuePence: 500 },
	]
	expect(proxyValueChanges(current, { '11': 1500000, '12': 1700, '13': 150, '14': null })).toEqual({
		ok: true,
		changes: [
			{ id: 12, oldPence: 1693, newPence: 1700 },
			{ id: 13, oldPence: null, newPence: 150 },
			{ id: 14, oldPence: 500, newPence: null },
		],
	})
	expect(proxyValueChanges(current, {})).toEqual({ ok: true, changes: [] })
})

test('a value for a measure the table does not hold makes the form stale', () => {
	expect(proxyValueChanges([{ id: 11, proxyValuePence: 1 }], { '11': 2, '99': 3 })).toEqual({
		ok: false,
		unknownKey: '99',
	})
	expect(proxyValueChanges([{ id: 11, proxyValuePence: 1 }], { constructor: 2 })).toEqual({
		ok: false,
		unknownKey: 'constructor',
	})
})

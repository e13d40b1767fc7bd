import { expect, test } from 'vitest'
import { z } from 'zod'
import { datePartsFromForm, datePartsOf, dateSchema, optionalDateSchema, readDateParts } from './date-parts.ts'

const names = { missing: 'Enter the contract start date', label: 'Contract start' }
const read = (day: string, month: string, year: string) => readDateParts({ day, month, year }, names)

test('three fields make a calendar date, with spaces, leading zeros and month names accepted', () => {
	expect(read('1', '4', '2027')).toEqual({ ok: true, date: '2027-04-01' })
	expect(read(' 01 ', ' 04 ', ' 2027 ')).toEqual({ ok: true, date: '2027-04-01' })
	expect(read('31', 'Jan', '2028')).toEqual({ ok: true, date: '2028-01-31' })
	expect(read('31', 'january', '2028')).toEqual({ ok: true, date: '2028-01-31' })
	expect(read('30', 'SEPT', '2028')).toEqual({ ok: true, date: '2028-09-30' })
	expect(read('30', 'Sep.', '2028')).toEqual({ ok: true, date: '2028-09-30' })
	expect(read('29', 'February', '2028')).toEqual({ ok: true, date: '2028-02-29' })
	expect(read('29', '2', '2000')).toEqual({ ok: true, date: '2000-02-29' })
})

test('nothing entered asks for the date, and highlights the whole date', () => {
	expect(read('', ' ', '')).toEqual({
		ok: false,
		message: 'Enter the contract start date',
		parts: ['day', 'month', 'year'],
	})
	expect(readDateParts({}, names)).toEqual({
		ok: false,
		message: 'Enter the contract start date',
		parts: ['day', 'month', 'year'],
	})
})

test('a missing field is named, and only the missing fields are highlighted', () => {
	expect(read('1', '', '2027')).toEqual({ ok: false, message: 'Contract start must include a month', parts: ['month'] })
	expect(read('', '4', '2027')).toEqual({ ok: false, message: 'Contract start must include a day', parts: ['day'] })
	expect(read('1', '4', '')).toEqual({ ok: false, message: 'Contract start must include a year', parts: ['year'] })
	expect(read('', '', '2027')).toEqual({
		ok: false,
		message: 'Contract start must include a day and month',
		parts: ['day', 'month'],
	})
	expect(read('', '4', '')).toEqual({
		ok: false,
		message: 'Contract start must include a day and year',
		parts: ['day', 'year'],
	})
	expect(read('1', '', '')).toEqual({
		ok: false,
		message: 'Contract start must include a month and year',
		parts: ['month', 'year'],
	})
	// Missing comes before wrong.
	expect(read('', '13', '27')).toEqual({ ok: false, message: 'Contract start must include a day', parts: ['day'] })
})

test('the year must have 4 numbers', () => {
	for (const year of ['27', '027', '20271', 'next']) {
		expect(read('1', '4', year)).toEqual({
			ok: false,
			message: 'Contract start must include a year with 4 numbers',
			parts: ['year'],
		})
	}
})

test('a day or month that cannot be is highlighted alone; an impossible day of the month highlights the whole date', () => {
	expect(read('32', '4', '2027')).toEqual({ ok: false, message: 'Contract start must be a real date', parts: ['day'] })
	expect(read('0', '4', '2027')).toEqual({ ok: false, message: 'Contract start must be a real date', parts: ['day'] })
	expect(read('1st', '4', '2027')).toEqual({ ok: false, message: 'Contract start must be a real date', parts: ['day'] })
	expect(read('1', '13', '2027')).toEqual({
		ok: false,
		message: 'Contract start must be a real date',
		parts: ['month'],
	})
	expect(read('1', 'Smarch', '2027')).toEqual({
		ok: false,
		message: 'Contract start must be a real date',
		parts: ['month'],
	})
	expect(read('-1', '1e3', '2027')).toEqual({
		ok: false,
		message: 'Contract start must be a real date',
		parts: ['day', 'month'],
	})
	expect(read('31', '4', '2027')).toEqual({
		ok: false,
		message: 'Contract start must be a real date',
		parts: ['day', 'month', 'year'],
	})
	expect(read('29', '2', '2027')).toEqual({
		ok: false,
		message: 'Contract start must be a real date',
		parts: ['day', 'month', 'year'],
	})
	expect(read('29', '2', '1900')).toEqual({
		ok: false,
		message: 'Contract start must be a real date',
		parts: ['day', 'month', 'year'],
	})
})

test('a calendar date gives back its fields as a person would type them', () => {
	expect(datePartsOf('2027-04-01')).toEqual({ day: '1', month: '4', year: '2027' })
	expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' })
	expect(datePartsOf('')).toEqual({ day: '', month: '', year: '' })
})

test('a plain form is read by the field names <name>.day, <name>.month and <name>.year', () => {
	const form = new FormData()
	form.set('due.day', '3')
	form.set('due.month', 'May')
	form.set('due.year', '2027')
	expect(readDateParts(datePartsFromForm(form, 'due'), names)).toEqual({ ok: true, date: '2027-05-03' })
	expect(datePartsFromForm(new FormData(), 'due')).toEqual({})
})

test('the schema puts each error on the fields to highlight, and later rules on the whole date', () => {
	const Term = z
		.object({
			start: dateSchema(names),
			end: dateSchema({ missing: 'Enter the contract end date', label: 'Contract end' }),
		})
		.refine((term) => term.end > term.start, {
			path: ['end'],
			message: 'Contract end must be after the contract start',
		})
	expect(
		Term.parse({ start: { day: '1', month: '4', year: '2027' }, end: { day: '31', month: 'Mar', year: '2030' } }),
	).toEqual({ start: '2027-04-01', end: '2030-03-31' })
	const issues = (value: unknown) =>
		Term.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message])
	expect(issues({ start: { day: '1', year: '2027' }, end: {} })).toEqual([
		['start.month', 'Contract start must include a month'],
		['end.day', 'Enter the contract end date'],
		['end.month', 'Enter the contract end date'],
		['end.year', 'Enter the contract end date'],
	])
	expect(
		issues({ start: { day: '1', month: '4', year: '2027' }, end: { day: '1', month: '4', year: '2026' } }),
	).toEqual([['end', 'Contract end must be after the contract start']])
	// Not the three fields at all (a program's "2027-04-01", or a field sent twice).
	expect(issues({ start: '2027-04-01', end: { day: ['1', '2'], month: '4', year: '2027' } })).toEqual([
		['start', 'Enter the contract start date'],
		['end.day', 'Contract end must be a real date'],
	])
})

test('an optional date is null when left empty, and checked like any other when not', () => {
	const due = optionalDateSchema({ label: 'Due date' })
	expect(due.parse({})).toBeNull()
	expect(due.parse({ day: ' ', month: '', year: '' })).toBeNull()
	expect(due.parse({ day: '31', month: '3', year: '2027' })).toBe('2027-03-31')
	expect(due.safeParse({ day: '31', year: '2027' }).error?.issues).toMatchObject([
		{ path: ['month'], message: 'Due date must include a month' },
	])
})

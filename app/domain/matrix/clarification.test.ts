import { expect, test } from 'vitest'
import { datePartsOf, type DateParts } from '../date-parts.ts'
import { clarificationDueSchema, clarificationOpen, defaultClarificationDate } from './clarification.ts'

const now = Date.UTC(2027, 2, 20, 10) // 20 March 2027, 10am UK (winter time)

function read(parts: DateParts) {
	const result = clarificationDueSchema(now).safeParse(parts)
	return result.success
		? { ok: true, dueAt: result.data }
		: { ok: false, issues: result.error.issues.map((issue) => [issue.path.join('.'), issue.message]) }
}

test('the window closes at 11:59pm UK time on the date given, in summer time too', () => {
	expect(read(datePartsOf('2027-03-30'))).toEqual({ ok: true, dueAt: Date.UTC(2027, 2, 30, 22, 59) })
	expect(read({ day: '20', month: 'March', year: '2027' })).toEqual({ ok: true, dueAt: Date.UTC(2027, 2, 20, 23, 59) })
})

test('a date that cannot be read is refused on the fields to highlight', () => {
	expect(read({})).toEqual({
		ok: false,
		issues: [
			['day', 'Enter the date changes are due by'],
			['month', 'Enter the date changes are due by'],
			['year', 'Enter the date changes are due by'],
		],
	})
	expect(read({ day: '30', year: '2027' })).toEqual({
		ok: false,
		issues: [['month', 'The date changes are due by must include a month']],
	})
	expect(read({ day: '30', month: '2', year: '2027' })).toMatchObject({
		issues: [
			['day', 'The date changes are due by must be a real date'],
			['month', 'The date changes are due by must be a real date'],
			['year', 'The date changes are due by must be a real date'],
		],
	})
})

test('a past or distant date is refused on the whole date', () => {
	expect(read(datePartsOf('2027-03-19'))).toEqual({
		ok: false,
		issues: [['', 'The date changes are due by must be today or in the future']],
	})
	expect(read(datePartsOf('2027-07-01'))).toEqual({
		ok: false,
		issues: [['', 'The date changes are due by must be within 90 days']],
	})
})

test('the suggested date is ten days on, and no date means open', () => {
	expect(defaultClarificationDate(now)).toBe('2027-03-30')
	expect(clarificationOpen(null, now)).toBe(true)
	expect(clarificationOpen(now, now)).toBe(false)
	expect(clarificationOpen(now + 1, now)).toBe(true)
})

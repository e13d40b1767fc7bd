import { expect, test } from 'vitest'
import { datePartsOf } from '../date-parts.ts'
import { clarificationOpen, defaultClarificationDate, parseClarificationDue } from './clarification.ts'

const now = Date.UTC(2027, 2, 20, 10) // 20 March 2027, 10am UK (winter time)

test('the window closes at 11:59pm UK time on the date given, in summer time too', () => {
	expect(parseClarificationDue(datePartsOf('2027-03-30'), now)).toEqual({
		ok: true,
		dueAt: Date.UTC(2027, 2, 30, 22, 59),
	})
	expect(parseClarificationDue({ day: '20', month: 'March', year: '2027' }, now)).toEqual({
		ok: true,
		dueAt: Date.UTC(2027, 2, 20, 23, 59),
	})
})

test('a missing, past, impossible or distant date is refused with a reason', () => {
	const whole = ['day', 'month', 'year']
	expect(parseClarificationDue({}, now)).toEqual({
		ok: false,
		message: 'Enter the date changes are due by',
		parts: whole,
	})
	expect(parseClarificationDue({ day: '30', year: '2027' }, now)).toEqual({
		ok: false,
		message: 'The date changes are due by must include a month',
		parts: ['month'],
	})
	expect(parseClarificationDue({ day: '30', month: '2', year: '2027' }, now)).toEqual({
		ok: false,
		message: 'The date changes are due by must be a real date',
		parts: whole,
	})
	expect(parseClarificationDue(datePartsOf('2027-03-19'), now)).toEqual({
		ok: false,
		message: 'The date changes are due by must be today or in the future',
		parts: whole,
	})
	expect(parseClarificationDue(datePartsOf('2027-07-01'), now)).toEqual({
		ok: false,
		message: 'The date changes are due by must be within 90 days',
		parts: whole,
	})
})

test('the suggested date is ten days on, and no date means open', () => {
	expect(defaultClarificationDate(now)).toBe('2027-03-30')
	expect(clarificationOpen(null, now)).toBe(true)
	expect(clarificationOpen(now, now)).toBe(false)
	expect(clarificationOpen(now + 1, now)).toBe(true)
})

import { expect, test } from 'vitest'
import { clarificationOpen, defaultClarificationDate, parseClarificationDue } from './clarification.ts'

const now = Date.UTC(2027, 2, 20, 10) // 20 March 2027, 10am UK (winter time)

test('the window closes at 11:59pm UK time on the date given, in summer time too', () => {
	expect(parseClarificationDue('2027-03-30', now)).toEqual({ ok: true, dueAt: Date.UTC(2027, 2, 30, 22, 59) })
	expect(parseClarificationDue('2027-03-20', now)).toEqual({ ok: true, dueAt: Date.UTC(2027, 2, 20, 23, 59) })
})

test('a missing, past, impossible or distant date is refused with a reason', () => {
	expect(parseClarificationDue('', now)).toMatchObject({ ok: false, message: 'Enter the date changes are due by, like 30 April 2027' })
	expect(parseClarificationDue('2027-02-30', now).ok).toBe(false)
	expect(parseClarificationDue('2027-03-19', now)).toMatchObject({ ok: false, message: 'The date changes are due by must be today or in the future' })
	expect(parseClarificationDue('2027-07-01', now)).toMatchObject({ ok: false, message: 'The date changes are due by must be within 90 days' })
})

test('the suggested date is ten days on, and no date means open', () => {
	expect(defaultClarificationDate(now)).toBe('2027-03-30')
	expect(clarificationOpen(null, now)).toBe(true)
	expect(clarificationOpen(now, now)).toBe(false)
	expect(clarificationOpen(now + 1, now)).toBe(true)
})

import { expect, test } from 'vitest'
import { daysToGo, daysToGoInWords } from './days-to-go.ts'

const at = (iso: string) => Date.parse(iso)

test('counts UK calendar days, whatever the hour, across the clock change', () => {
	expect(daysToGo('2027-04-30', at('2027-04-30T00:30:00+01:00'))).toBe(0)
	expect(daysToGo('2027-04-30', at('2027-04-30T23:59:00+01:00'))).toBe(0)
	expect(daysToGo('2027-04-30', at('2027-05-01T00:00:00+01:00'))).toBe(-1)
	// 23:30 on 29 April in London is already 30 April nowhere else that matters: still 1 day.
	expect(daysToGo('2027-04-30', at('2027-04-29T22:30:00Z'))).toBe(1)
	// The clocks go forward on 28 March 2027: still whole days.
	expect(daysToGo('2027-04-01', at('2027-03-27T12:00:00Z'))).toBe(5)
	expect(daysToGo('2027-10-31', at('2027-10-30T23:30:00Z'))).toBe(0)
})

test('says the days to go or late as a person would', () => {
	const now = at('2027-04-20T09:00:00+01:00')
	expect(daysToGoInWords('2027-04-20', now)).toBe('Due today')
	expect(daysToGoInWords('2027-04-21', now)).toBe('Due tomorrow')
	expect(daysToGoInWords('2027-04-22', now)).toBe('2 days to go')
	expect(daysToGoInWords('2027-04-19', now)).toBe('1 day late')
	expect(daysToGoInWords('2026-04-20', now)).toBe('365 days late')
	expect(daysToGoInWords('2030-04-20', now)).toBe('1,096 days to go')
})

import { expect, test } from 'vitest'
import { quarterStart, runningContractTerm, tenderedContractTerm, thirtyMonthsFrom } from './dates.ts'

test.each([
	['2026-12-01', '2026-10-01'],
	['2026-01-31', '2026-01-01'],
	['2026-06-30', '2026-04-01'],
	['2026-07-01', '2026-07-01'],
])('the quarter of %s starts on %s', (date, start) => {
	expect(quarterStart(date)).toBe(start)
})

test('thirty months are ten quarters', () => {
	expect(thirtyMonthsFrom('2025-04-01')).toEqual({ start: '2025-04-01', end: '2027-09-30' })
})

test('running contracts began six quarters before the current one', () => {
	expect(runningContractTerm('2026-12-01')).toEqual({ start: '2025-04-01', end: '2027-09-30' })
})

test('tendered contracts start two quarters ahead and run three years', () => {
	expect(tenderedContractTerm('2026-12-01')).toEqual({ start: '2027-04-01', end: '2030-03-31' })
})

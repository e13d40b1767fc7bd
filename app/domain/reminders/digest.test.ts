import { describe, expect, test } from 'vitest'
import { fromLondonDateTime, toLondonDateTime } from '../tenders/london-time.ts'
import { weeklyDigestSlot } from './digest.ts'

function uk(date: string, time: string): number {
	const at = fromLondonDateTime(date, time)
	if (at === null) throw new Error(`No such UK time: ${date} ${time}`)
	return at
}

function slotAt(date: string, time: string): [key: string, startsAt: string] {
	const slot = weeklyDigestSlot(uk(date, time))
	const { date: startDate, time: startTime } = toLondonDateTime(slot.startsAt)
	return [slot.key, `${startDate} ${startTime}`]
}

describe('the latest Monday 08:00 UK time at or before now, with its ISO week', () => {
	test.each([
		['2027-10-25', '07:59', '2027-W42', '2027-10-18 08:00'],
		['2027-10-25', '08:00', '2027-W43', '2027-10-25 08:00'],
		['2027-10-27', '15:30', '2027-W43', '2027-10-25 08:00'],
		['2027-10-31', '23:59', '2027-W43', '2027-10-25 08:00'],
		['2027-11-01', '07:59', '2027-W43', '2027-10-25 08:00'],
		['2027-11-01', '08:00', '2027-W44', '2027-11-01 08:00'],
	])('on %s at %s: %s from %s', (date, time, key, startsAt) => {
		expect(slotAt(date, time)).toEqual([key, startsAt])
	})
})

describe('across the year boundary', () => {
	test.each([
		// 2026 has 53 ISO weeks: it starts on a Thursday.
		['2026-12-28', '08:00', '2026-W53', '2026-12-28 08:00'],
		['2027-01-01', '12:00', '2026-W53', '2026-12-28 08:00'],
		['2027-01-04', '07:59', '2026-W53', '2026-12-28 08:00'],
		['2027-01-04', '08:00', '2027-W01', '2027-01-04 08:00'],
		['2027-12-27', '08:00', '2027-W52', '2027-12-27 08:00'],
		['2028-01-02', '23:00', '2027-W52', '2027-12-27 08:00'],
		['2028-01-03', '08:00', '2028-W01', '2028-01-03 08:00'],
		// Week 1 can start in December: it is the week with the year's first Thursday.
		['2024-12-31', '09:00', '2025-W01', '2024-12-30 08:00'],
		['2021-01-03', '09:00', '2020-W53', '2020-12-28 08:00'],
	])('on %s at %s: %s from %s', (date, time, key, startsAt) => {
		expect(slotAt(date, time)).toEqual([key, startsAt])
	})
})

describe('across the clock changes, 08:00 is UK time', () => {
	test('summer time: Monday 25 October 2027 starts at 07:00 UTC', () => {
		expect(weeklyDigestSlot(Date.UTC(2027, 9, 25, 6, 59)).key).toBe('2027-W42')
		expect(weeklyDigestSlot(Date.UTC(2027, 9, 25, 7))).toEqual({ key: '2027-W43', startsAt: Date.UTC(2027, 9, 25, 7) })
	})

	test('the Sunday the clocks go back still belongs to the week before', () => {
		expect(weeklyDigestSlot(Date.UTC(2027, 9, 31, 1, 30))).toEqual({
			key: '2027-W43',
			startsAt: Date.UTC(2027, 9, 25, 7),
		})
	})

	test('winter time: Monday 1 November 2027 starts at 08:00 UTC', () => {
		expect(weeklyDigestSlot(Date.UTC(2027, 10, 1, 7, 59)).key).toBe('2027-W43')
		expect(weeklyDigestSlot(Date.UTC(2027, 10, 1, 8))).toEqual({ key: '2027-W44', startsAt: Date.UTC(2027, 10, 1, 8) })
	})

	test('clocks go forward on 26 March 2028: Monday 27 March starts at 07:00 UTC', () => {
		expect(weeklyDigestSlot(Date.UTC(2028, 2, 26, 12))).toEqual({ key: '2028-W12', startsAt: Date.UTC(2028, 2, 20, 8) })
		expect(weeklyDigestSlot(Date.UTC(2028, 2, 27, 7))).toEqual({ key: '2028-W13', startsAt: Date.UTC(2028, 2, 27, 7) })
	})
})

test('stepping hourly through a year, each week has one key, in order, starting on Monday at 08:00', () => {
	const starts: number[] = []
	const keys: string[] = []
	for (let now = Date.UTC(2027, 0, 1); now < Date.UTC(2028, 0, 8); now += 3_600_000) {
		const slot = weeklyDigestSlot(now)
		expect(slot.startsAt).toBeLessThanOrEqual(now)
		if (slot.key === keys.at(-1)) continue
		keys.push(slot.key)
		starts.push(slot.startsAt)
	}
	expect(keys[0]).toBe('2026-W53')
	expect(keys.slice(1)).toEqual([
		...Array.from({ length: 52 }, (_, i) => `2027-W${String(i + 1).padStart(2, '0')}`),
		'2028-W01',
	])
	for (const start of starts.slice(1)) expect(toLondonDateTime(start).time).toBe('08:00')
})

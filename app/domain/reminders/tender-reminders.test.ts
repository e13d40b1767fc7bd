import { expect, test } from 'vitest'
import { fromLondonDateTime } from '../tenders/london-time.ts'
import { tenderDeadlineReminderDue } from './tender-reminders.ts'

const HOUR = 3_600_000
const deadlineAt = fromLondonDateTime('2027-11-01', '12:00')!

function dueAt(now: number) {
	return tenderDeadlineReminderDue({ deadlineAt, leadDays: 3, now })
}

test('with a moved clock: nothing until 72 hours before the deadline, then one key until it passes', () => {
	expect(dueAt(deadlineAt - 30 * 24 * HOUR)).toBeNull()
	expect(dueAt(deadlineAt - 72 * HOUR - 1)).toBeNull()
	expect(dueAt(deadlineAt - 72 * HOUR)).toEqual({ key: 'deadline-in-3' })
	expect(dueAt(deadlineAt - 1)).toEqual({ key: 'deadline-in-3' })
	expect(dueAt(deadlineAt)).toBeNull()
	expect(dueAt(deadlineAt + 24 * HOUR)).toBeNull()
})

test('stepping every few minutes gives one key for one unbroken stretch', () => {
	const keys: { key: string; from: number; until: number }[] = []
	for (let now = deadlineAt - 5 * 24 * HOUR; now < deadlineAt + 24 * HOUR; now += 5 * 60_000) {
		const due = dueAt(now)
		if (!due) continue
		const last = keys.at(-1)
		if (last?.key === due.key) last.until = now
		else keys.push({ key: due.key, from: now, until: now })
	}
	expect(keys).toEqual([{ key: 'deadline-in-3', from: deadlineAt - 72 * HOUR, until: deadlineAt - 5 * 60_000 }])
})

test('counted in hours, so across the clocks going back it starts at 13:00 UK time for a noon deadline', () => {
	// 72 hours before noon on Monday 1 November 2027 is 13:00 on Friday 29 October, summer time.
	expect(dueAt(fromLondonDateTime('2027-10-29', '12:59')!)).toBeNull()
	expect(dueAt(fromLondonDateTime('2027-10-29', '13:00')!)).toEqual({ key: 'deadline-in-3' })
})

test('the key names the lead time', () => {
	expect(tenderDeadlineReminderDue({ deadlineAt, leadDays: 7, now: deadlineAt - 100 * HOUR })).toEqual({
		key: 'deadline-in-7',
	})
})

test('lead days must be a whole number of 1 or more', () => {
	expect(() => tenderDeadlineReminderDue({ deadlineAt, leadDays: 0, now: deadlineAt })).toThrow(RangeError)
	expect(() => tenderDeadlineReminderDue({ deadlineAt, leadDays: 1.5, now: deadlineAt })).toThrow(RangeError)
})

import { describe, expect, test } from 'vitest'
import { fromLondonDateTime, toLondonDateTime } from '../tenders/london-time.ts'
import { returnReminderDue, type ReturnReminderInput } from './return-reminders.ts'
import { addDays } from '../calendar-dates.ts'

const HOUR = 3_600_000

// H1 2027/28 ends on 30 September 2027 and is due 30 days later.
const period = { dueDate: '2027-10-30', leadDays: [14, 3], copyManagerAfterDays: 14, cycleStartedAt: null }

function uk(date: string, time: string): number {
	const at = fromLondonDateTime(date, time)
	if (at === null) throw new Error(`No such UK time: ${date} ${time}`)
	return at
}

type Row = [key: string, firstAt: string, kind: string, daysLeft: number, daysOverdue: number, copyManager: boolean]

/** Runs the clock forward an hour at a time, as the runner would, and notes each new key with the UK time it first appeared. */
function walk(input: Omit<ReturnReminderInput, 'now'>, from: number, until: number): Row[] {
	const rows: Row[] = []
	for (let now = from; now < until; now += HOUR) {
		const due = returnReminderDue({ ...input, now })
		if (!due || due.key === rows.at(-1)?.[0]) continue
		const { date, time } = toLondonDateTime(now)
		rows.push([due.key, `${date} ${time}`, due.kind, due.daysLeft, due.daysOverdue, due.copyManager])
	}
	return rows
}

const yearStart = uk('2027-10-01', '00:00')
const yearEnd = uk('2028-10-01', '00:00')

describe('one half-yearly return, due 30 October 2027, never submitted, over a whole year', () => {
	const rows = walk(period, yearStart, yearEnd)

	test('reminds 14 and 3 days before, on the day, then weekly, at 08:00 UK time', () => {
		expect(rows.slice(0, 8)).toEqual([
			['c0:due-in-14', '2027-10-16 08:00', 'due_soon', 14, 0, false],
			['c0:due-in-3', '2027-10-27 08:00', 'due_soon', 3, 0, false],
			['c0:due-today', '2027-10-30 08:00', 'due_today', 0, 0, false],
			['c0:overdue-1', '2027-10-31 08:00', 'overdue', 0, 1, false],
			['c0:overdue-8', '2027-11-07 08:00', 'overdue', 0, 8, false],
			['c0:overdue-15', '2027-11-14 08:00', 'overdue', 0, 15, true],
			['c0:overdue-22', '2027-11-21 08:00', 'overdue', 0, 22, true],
			['c0:overdue-29', '2027-11-28 08:00', 'overdue', 0, 29, true],
		])
	})

	test('then every week, copying the manager, until the clock stops', () => {
		const rest = rows.slice(8)
		const expected = rest.map((_, week): Row => {
			const days = 36 + week * 7
			return [`c0:overdue-${days}`, `${addDays('2027-10-30', days)} 08:00`, 'overdue', 0, days, true]
		})
		expect(rest).toEqual(expected)
		expect(rows.at(-1)).toEqual(['c0:overdue-330', '2028-09-24 08:00', 'overdue', 0, 330, true])
		expect(rows).toHaveLength(3 + 48)
	})

	test('a key, once replaced, never comes back', () => {
		expect(new Set(rows.map(([key]) => key)).size).toBe(rows.length)
	})

	test('08:00 is summer time before the clocks go back on 31 October 2027 and winter time after', () => {
		expect(returnReminderDue({ ...period, now: Date.UTC(2027, 9, 16, 6, 59) })).toBeNull()
		expect(returnReminderDue({ ...period, now: Date.UTC(2027, 9, 16, 7) })?.key).toBe('c0:due-in-14')
		expect(returnReminderDue({ ...period, now: Date.UTC(2027, 9, 30, 7) })?.key).toBe('c0:due-today')
		expect(returnReminderDue({ ...period, now: Date.UTC(2027, 9, 31, 7, 59) })?.key).toBe('c0:due-today')
		expect(returnReminderDue({ ...period, now: Date.UTC(2027, 9, 31, 8) })?.key).toBe('c0:overdue-1')
	})
})

test('nothing before the first reminder', () => {
	expect(returnReminderDue({ ...period, now: uk('2027-10-16', '07:59') })).toBeNull()
	expect(returnReminderDue({ ...period, now: uk('2027-04-01', '00:00') })).toBeNull()
	expect(returnReminderDue({ ...period, leadDays: [], now: uk('2027-10-29', '12:00') })).toBeNull()
})

test('submitting stops the reminders: the runner stops asking, and what it saw so far is the start of the same sequence', () => {
	const submittedAt = uk('2027-11-10', '14:00')
	const rows = walk(period, yearStart, submittedAt)
	expect(rows.map(([key]) => key)).toEqual([
		'c0:due-in-14',
		'c0:due-in-3',
		'c0:due-today',
		'c0:overdue-1',
		'c0:overdue-8',
	])
	expect(rows).toEqual(walk(period, yearStart, yearEnd).slice(0, rows.length))
})

describe('a return sent back for changes starts a new cycle', () => {
	test('returned on 20 November 2027 at 10:00: nothing at once, then the next weekly stage', () => {
		const returnedAt = uk('2027-11-20', '10:00')
		const cycle = { ...period, cycleStartedAt: returnedAt }
		expect(returnReminderDue({ ...cycle, now: returnedAt })).toBeNull()
		expect(returnReminderDue({ ...cycle, now: uk('2027-11-21', '07:59') })).toBeNull()
		expect(walk(cycle, returnedAt, uk('2027-12-06', '00:00'))).toEqual([
			[`c${returnedAt}:overdue-22`, '2027-11-21 08:00', 'overdue', 0, 22, true],
			[`c${returnedAt}:overdue-29`, '2027-11-28 08:00', 'overdue', 0, 29, true],
			[`c${returnedAt}:overdue-36`, '2027-12-05 08:00', 'overdue', 0, 36, true],
		])
	})

	test('returned before the due date: the next stage is due today', () => {
		const returnedAt = uk('2027-10-28', '12:00')
		const rows = walk({ ...period, cycleStartedAt: returnedAt }, returnedAt, uk('2027-11-01', '00:00'))
		expect(rows).toEqual([
			[`c${returnedAt}:due-today`, '2027-10-30 08:00', 'due_today', 0, 0, false],
			[`c${returnedAt}:overdue-1`, '2027-10-31 08:00', 'overdue', 0, 1, false],
		])
	})

	test('returned at the very instant a stage is due: that stage is skipped too', () => {
		const returnedAt = uk('2027-11-07', '08:00')
		expect(returnReminderDue({ ...period, cycleStartedAt: returnedAt, now: returnedAt })).toBeNull()
		expect(returnReminderDue({ ...period, cycleStartedAt: returnedAt, now: uk('2027-11-14', '08:00') })?.key).toBe(
			`c${returnedAt}:overdue-15`,
		)
	})
})

describe('a missed window gives only the latest stage, never a backlog', () => {
	test.each([
		['2027-10-28', '10:00', 'c0:due-in-3'],
		['2027-11-07', '07:00', 'c0:overdue-1'],
		['2027-11-20', '12:00', 'c0:overdue-15'],
		['2028-03-01', '09:00', 'c0:overdue-120'],
	])('first run after an outage on %s at %s: %s', (date, time, key) => {
		expect(returnReminderDue({ ...period, now: uk(date, time) })?.key).toBe(key)
	})

	test('a runner down from 15 October to 28 October skips the 14-day reminder', () => {
		const rows = [
			...walk(period, yearStart, uk('2027-10-15', '00:00')),
			...walk(period, uk('2027-10-28', '10:00'), uk('2027-11-01', '00:00')),
		]
		expect(rows.map(([key, at]) => [key, at])).toEqual([
			['c0:due-in-3', '2027-10-28 10:00'],
			['c0:due-today', '2027-10-30 08:00'],
			['c0:overdue-1', '2027-10-31 08:00'],
		])
	})
})

test('lead days in any order, or repeated, give the same reminders', () => {
	const expected = walk(period, yearStart, uk('2027-12-01', '00:00'))
	expect(walk({ ...period, leadDays: [3, 14] }, yearStart, uk('2027-12-01', '00:00'))).toEqual(expected)
	expect(walk({ ...period, leadDays: [3, 14, 3, 14] }, yearStart, uk('2027-12-01', '00:00'))).toEqual(expected)
})

test('lead days and the copy threshold must be whole numbers', () => {
	const now = uk('2027-10-20', '12:00')
	expect(() => returnReminderDue({ ...period, leadDays: [14, 0], now })).toThrow(RangeError)
	expect(() => returnReminderDue({ ...period, leadDays: [2.5], now })).toThrow(RangeError)
	expect(() => returnReminderDue({ ...period, copyManagerAfterDays: -1, now })).toThrow(RangeError)
})

describe('what a reminder says is counted in UK calendar days from today, not from its stage', () => {
	// A reminder goes out late when the runner was down, or when a colleague joins between stages.
	test.each([
		['2027-11-09', '09:00', 'c0:overdue-8', 10],
		['2027-12-07', '09:00', 'c0:overdue-36', 38],
		['2028-04-15', '09:00', 'c0:overdue-162', 168],
	])('on %s at %s the stage is %s, and the return is %i days overdue', (date, time, key, days) => {
		const due = returnReminderDue({ ...period, now: uk(date, time) })
		expect(due).toMatchObject({ key, kind: 'overdue', daysLeft: 0, daysOverdue: days })
	})

	test('across the clocks going back (due in summer time, read in winter time) and forward again', () => {
		// Due on 30 October 2027, summer time; 31 October is the first day of winter time.
		expect(returnReminderDue({ ...period, now: uk('2027-11-09', '00:30') })?.daysOverdue).toBe(10)
		expect(returnReminderDue({ ...period, now: uk('2027-11-09', '23:59') })?.daysOverdue).toBe(10)
		// 26 March 2028 starts summer time: 148 days late that day, 149 just after midnight the next.
		expect(returnReminderDue({ ...period, now: uk('2028-03-26', '23:59') })).toMatchObject({
			key: 'c0:overdue-148',
			daysOverdue: 148,
		})
		expect(returnReminderDue({ ...period, now: uk('2028-03-27', '00:00') })).toMatchObject({
			key: 'c0:overdue-148',
			daysOverdue: 149,
		})
	})

	test('just after midnight UK time, when the UTC date is still the day before', () => {
		// Due 30 April 2028; 1 May at 00:30 summer time is 23:30 UTC on 30 April.
		const spring = { ...period, dueDate: '2028-04-30' }
		const now = uk('2028-05-01', '00:30')
		expect(new Date(now).toISOString()).toBe('2028-04-30T23:30:00.000Z')
		// The stage is still "due today" until 08:00, but the return is already a day late.
		expect(returnReminderDue({ ...spring, now })).toMatchObject({
			key: 'c0:due-today',
			kind: 'overdue',
			daysOverdue: 1,
			daysLeft: 0,
		})
		// And on the due date itself before 08:00 the latest stage is "due in 3 days", but it is due today.
		expect(returnReminderDue({ ...spring, now: uk('2028-04-30', '00:30') })).toMatchObject({
			key: 'c0:due-in-3',
			kind: 'due_today',
			daysLeft: 0,
			daysOverdue: 0,
		})
	})

	test('before the due date, the days left are the real ones too', () => {
		expect(returnReminderDue({ ...period, now: uk('2027-10-18', '09:00') })).toMatchObject({
			key: 'c0:due-in-14',
			kind: 'due_soon',
			daysLeft: 12,
		})
		expect(returnReminderDue({ ...period, now: uk('2027-10-29', '23:59') })).toMatchObject({
			key: 'c0:due-in-3',
			kind: 'due_soon',
			daysLeft: 1,
		})
	})

	test('the manager is copied by the stage reached, so each stage’s copy is sent once or never', () => {
		expect(returnReminderDue({ ...period, now: uk('2027-11-13', '09:00') })).toMatchObject({
			key: 'c0:overdue-8',
			daysOverdue: 14,
			copyManager: false,
		})
		expect(returnReminderDue({ ...period, now: uk('2027-11-14', '08:00') })).toMatchObject({
			key: 'c0:overdue-15',
			daysOverdue: 15,
			copyManager: true,
		})
	})
})

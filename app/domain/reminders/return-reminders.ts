import { toLondonDateTime } from '../tenders/london-time.ts'
import { addDays, daysSinceEpoch } from '../calendar-dates.ts'
import { sendTimeOn } from './send-time.ts'

export type ReturnReminder = {
	/** The same on every call until the next stage is reached, so the runner can dedupe on it (with the recipient). */
	key: string
	kind: 'due_soon' | 'due_today' | 'overdue'
	/** UK calendar days from today until the due date for due_soon; 0 otherwise. */
	daysLeft: number
	/** UK calendar days from the due date until today for overdue; 0 otherwise. */
	daysOverdue: number
	copyManager: boolean
}

export type ReturnReminderInput = {
	/** "YYYY-MM-DD", the last day to submit. */
	dueDate: string
	/** Days before the due date to remind, from settings (e.g. [14, 3]); order and repeats do not matter. */
	leadDays: number[]
	/** Overdue reminders copy the contract manager from this many days late. */
	copyManagerAfterDays: number
	/** Null for the first cycle; once the return has been returned for changes, the instant it was returned. */
	cycleStartedAt: number | null
	now: number
}

/** A point in the schedule: its name keys the reminder, `days` is how far it is from the due date (negative before it). */
type Stage = { name: string; at: number; days: number }

const OVERDUE_EVERY_DAYS = 7

/**
 * The reminder that should have gone out by now for one return, or null before the first.
 *
 * Stages, each at 08:00 UK time on its day: "due soon" each lead day before the due date,
 * "due today" on it, then "overdue" the day after and every week from then. Only the latest
 * stage reached counts, so a runner that was down sends one reminder, not a backlog.
 *
 * Call it only while the return is outstanding (not started, draft, or returned for changes):
 * the runner stops calling once it is submitted. A return sent back for changes starts a new
 * cycle: pass the instant it was returned as `cycleStartedAt`. Stages at or before that
 * instant are ignored, so nothing goes out at once, and keys carry the cycle so the new
 * cycle's reminders are not mistaken for the old ones already sent.
 *
 * The stage decides whether a reminder goes out; what it says is counted from today's UK date,
 * so one that goes out later than its stage (the runner was down, or a colleague has just
 * joined) tells how late the return really is, not the stage's nominal day.
 */
export function returnReminderDue(input: ReturnReminderInput): ReturnReminder | null {
	const { dueDate, leadDays, copyManagerAfterDays, cycleStartedAt, now } = input
	for (const days of leadDays) {
		if (!Number.isInteger(days) || days < 1)
			throw new RangeError(`Lead days must be whole numbers of 1 or more, not ${days}`)
	}
	if (!Number.isInteger(copyManagerAfterDays) || copyManagerAfterDays < 0)
		throw new RangeError(`Copy manager after days must be a whole number of 0 or more, not ${copyManagerAfterDays}`)

	const daysLate = daysSinceEpoch(toLondonDateTime(now).date) - daysSinceEpoch(dueDate)
	const stage = latestStage(dueDate, leadDays, daysLate, now)
	if (!stage || (cycleStartedAt !== null && stage.at <= cycleStartedAt)) return null
	return {
		key: `c${cycleStartedAt ?? 0}:${stage.name}`,
		kind: daysLate > 0 ? 'overdue' : daysLate === 0 ? 'due_today' : 'due_soon',
		daysLeft: Math.max(0, -daysLate),
		daysOverdue: Math.max(0, daysLate),
		// By the stage, not the day: each stage's copy to the manager is sent once or never.
		copyManager: stage.days > 0 && stage.days >= copyManagerAfterDays,
	}
}

function latestStage(dueDate: string, leadDays: number[], daysLate: number, now: number): Stage | null {
	const stages: Stage[] = [
		...leadDays.map((days) => ({ name: `due-in-${days}`, at: sendTimeOn(addDays(dueDate, -days)), days: -days })),
		{ name: 'due-today', at: sendTimeOn(dueDate), days: 0 },
	]
	// Overdue stages never end, so take only the last one dated today or earlier, and the one
	// before it in case today's has not reached 08:00 yet.
	if (daysLate >= 1) {
		const latest = Math.floor((daysLate - 1) / OVERDUE_EVERY_DAYS)
		for (const week of [latest - 1, latest].filter((n) => n >= 0)) {
			const days = 1 + week * OVERDUE_EVERY_DAYS
			stages.push({ name: `overdue-${days}`, at: sendTimeOn(addDays(dueDate, days)), days })
		}
	}
	const reached = stages.filter((stage) => stage.at <= now)
	return reached.reduce<Stage | null>(
		(latest, stage) => (latest === null || stage.at > latest.at ? stage : latest),
		null,
	)
}

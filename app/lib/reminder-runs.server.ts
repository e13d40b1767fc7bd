import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { reminderRuns } from '#db/schema.ts'

/** Notes that the reminders ran at `now`, replacing the note of the run before. */
export function recordReminderRun(now: number, emailsQueued: number) {
	db.insert(reminderRuns)
		.values({ id: 1, lastRanAt: now, emailsQueued })
		.onConflictDoUpdate({ target: reminderRuns.id, set: { lastRanAt: now, emailsQueued } })
		.run()
}

/** When the reminders last ran, and how many emails that run queued; null before the first run. */
export function lastReminderRun(): { at: number; emailsQueued: number } | null {
	const row = db.select().from(reminderRuns).where(eq(reminderRuns.id, 1)).get()
	return row ? { at: row.lastRanAt, emailsQueued: row.emailsQueued } : null
}

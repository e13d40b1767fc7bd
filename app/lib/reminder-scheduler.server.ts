import { logError } from '#app/infra/logger.server.ts'
import { runReminders } from './reminders.server.ts'

/**
 * Runs the reminders inside the server process every few minutes. Each run is safe to
 * repeat, so overlapping with a cron job running the same command does no harm.
 */
export function startReminderScheduler(intervalMs: number) {
	const run = () => {
		try {
			runReminders(Date.now())
		} catch (error) {
			logError('Reminder run failed', error)
		}
	}
	const timer = setInterval(run, intervalMs)
	run()
	return {
		stop() {
			clearInterval(timer)
		},
	}
}

import { and, asc, eq, lte } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import { MAX_DELIVERY_ATTEMPTS, nextAttemptDelayMs } from '#app/domain/retry-backoff.ts'
import { getEnv } from './env.server.ts'
import type { MailTransport } from './mail-transport.server.ts'
import { onOutboxWake } from './outbox.server.ts'

export function messageIdFor(outboxId: number, appUrl: string): string {
	return `<outbox-${outboxId}@${new URL(appUrl).hostname}>`
}

/** Sends every queued message that is due. Returns how many were sent. */
export async function deliverDueMail(transport: MailTransport, now: number, batchSize = 25): Promise<number> {
	const env = getEnv()
	const due = db
		.select()
		.from(outbox)
		.where(and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, now)))
		.orderBy(asc(outbox.id))
		.limit(batchSize)
		.all()
	let sent = 0
	for (const message of due) {
		try {
			await transport.send(
				{
					messageId: messageIdFor(message.id, env.APP_URL),
					from: env.MAIL_FROM,
					to: message.to,
					subject: message.subject,
					html: message.html,
					text: message.text,
				},
				now,
			)
			db.update(outbox)
				.set({ status: 'sent', sentAt: now, attempts: message.attempts + 1, lastError: null })
				.where(eq(outbox.id, message.id))
				.run()
			sent++
		} catch (error) {
			const attempts = message.attempts + 1
			db.update(outbox)
				.set({
					attempts,
					lastError: error instanceof Error ? error.message : String(error),
					status: attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'queued',
					nextAttemptAt: now + nextAttemptDelayMs(attempts),
				})
				.where(eq(outbox.id, message.id))
				.run()
		}
	}
	return sent
}

/**
 * Runs inside the server process: delivers when woken by a new message and polls as a
 * safety net for retries and for messages queued by other processes.
 */
export function startOutboxWorker(transport: MailTransport, pollMs = 5_000) {
	let running = false
	let again = false
	let stopped = false
	async function run() {
		if (stopped) return
		if (running) {
			again = true
			return
		}
		running = true
		try {
			do {
				again = false
				await deliverDueMail(transport, Date.now())
			} while (again && !stopped)
		} catch (error) {
			console.error('Outbox delivery failed', error)
		} finally {
			running = false
		}
	}
	const unsubscribe = onOutboxWake(() => void run())
	const timer = setInterval(() => void run(), pollMs)
	void run()
	return {
		async stop() {
			stopped = true
			clearInterval(timer)
			unsubscribe()
			while (running) await new Promise((resolve) => setTimeout(resolve, 20))
			transport.close()
		},
	}
}

import { randomUUID } from 'node:crypto'
import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import { MAX_DELIVERY_ATTEMPTS, nextAttemptDelayMs } from '#app/domain/retry-backoff.ts'
import { getEnv } from './env.server.ts'
import type { MailTransport } from './mail-transport.server.ts'
import { onOutboxWake } from './outbox.server.ts'

export function messageIdFor(outboxId: number, appUrl: string): string {
	return `<outbox-${outboxId}@${new URL(appUrl).hostname}>`
}

// Far longer than one SMTP conversation, so a message is never sent twice by slowness alone;
// short enough that a crashed worker's messages go out again within minutes.
export const LEASE_MS = 2 * 60 * 1000

/**
 * Takes one message for this worker: an atomic update that succeeds only if nobody else
 * holds an unexpired lease, so two workers (or two processes) never send the same message.
 */
function claim(id: number, leaseId: string, now: number): boolean {
	const result = db
		.update(outbox)
		.set({ leasedUntil: now + LEASE_MS, leaseId })
		.where(and(eq(outbox.id, id), eq(outbox.status, 'queued'), or(isNull(outbox.leasedUntil), lt(outbox.leasedUntil, now))))
		.run()
	return result.changes === 1
}

/** Sends every queued message that is due. Returns how many were sent. */
export async function deliverDueMail(transport: MailTransport, now: number, batchSize = 25): Promise<number> {
	const env = getEnv()
	const leaseId = randomUUID()
	const due = db
		.select()
		.from(outbox)
		.where(and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, now), or(isNull(outbox.leasedUntil), lt(outbox.leasedUntil, now))))
		.orderBy(asc(outbox.id))
		.limit(batchSize)
		.all()
	let sent = 0
	for (const message of due) {
		if (!claim(message.id, leaseId, now)) continue
		const ours = and(eq(outbox.id, message.id), eq(outbox.leaseId, leaseId))
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
			db.update(outbox).set({ status: 'sent', sentAt: now, attempts: message.attempts + 1, lastError: null, leasedUntil: null, leaseId: null }).where(ours).run()
			sent++
		} catch (error) {
			const attempts = message.attempts + 1
			db.update(outbox)
				.set({
					attempts,
					lastError: error instanceof Error ? error.message : String(error),
					status: attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'queued',
					nextAttemptAt: now + nextAttemptDelayMs(attempts),
					leasedUntil: null,
					leaseId: null,
				})
				.where(ours)
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

import { randomUUID } from 'node:crypto'
import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import { MAX_DELIVERY_ATTEMPTS, nextAttemptDelayMs } from '#app/domain/retry-backoff.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { logError, logger } from '#app/infra/logger.server.ts'
import type { MailTransport } from '#app/infra/mail-transport.server.ts'
import { onOutboxWake } from './outbox.server.ts'

/** The Message-ID of a message queued before each kept its own. */
export function messageIdFor(outboxId: number, appUrl: string): string {
	return `<outbox-${outboxId}@${new URL(appUrl).hostname}>`
}

// A worker renews its lease while it talks to the SMTP server, so only a worker that has
// stopped loses one: a slow server never makes a second worker send the message again, and
// a crashed worker's message goes out again once the lease runs out (OUTBOX_LEASE_SECONDS,
// half a minute by default). Renewing three times a lease leaves room for a busy database.
type Lease = { ms: number; renewMs: number }

function leaseOf(seconds: number): Lease {
	return { ms: seconds * 1000, renewMs: Math.floor((seconds * 1000) / 3) }
}

/**
 * Takes one message for this worker: an atomic update that succeeds only if nobody else
 * holds an unexpired lease, so two workers (or two processes) never send the same message.
 */
function claim(id: number, leaseId: string, at: number, lease: Lease): boolean {
	const result = db
		.update(outbox)
		.set({ leasedUntil: at + lease.ms, leaseId })
		.where(
			and(eq(outbox.id, id), eq(outbox.status, 'queued'), or(isNull(outbox.leasedUntil), lt(outbox.leasedUntil, at))),
		)
		.run()
	return result.changes === 1
}

function renew(id: number, leaseId: string, at: number, lease: Lease) {
	db.update(outbox)
		.set({ leasedUntil: at + lease.ms })
		.where(and(eq(outbox.id, id), eq(outbox.leaseId, leaseId)))
		.run()
}

/** Renews the lease on a message every third of a lease until stopped. */
function holdLease(id: number, leaseId: string, clock: () => number, lease: Lease): () => void {
	const timer = setInterval(() => {
		try {
			renew(id, leaseId, clock(), lease)
		} catch (error) {
			// A busy database: the next renewal comes well before the lease runs out.
			logger().warn({ err: error }, 'Could not renew an outbox lease')
		}
	}, lease.renewMs)
	timer.unref()
	return () => clearInterval(timer)
}

/** Sends every queued message that is due. Returns how many were sent. */
export async function deliverDueMail(transport: MailTransport, now: number, batchSize = 25): Promise<number> {
	const env = getEnv()
	const lease = leaseOf(env.OUTBOX_LEASE_SECONDS)
	const leaseId = randomUUID()
	// Leases run on from `now` (which may be a moved clock) in real time: a message claimed
	// after a slow start to the batch still gets a whole lease.
	const started = performance.now()
	const clock = () => now + Math.ceil(performance.now() - started)
	const due = db
		.select()
		.from(outbox)
		.where(
			and(
				eq(outbox.status, 'queued'),
				lte(outbox.nextAttemptAt, now),
				or(isNull(outbox.leasedUntil), lt(outbox.leasedUntil, now)),
			),
		)
		.orderBy(asc(outbox.id))
		.limit(batchSize)
		.all()
	let sent = 0
	for (const message of due) {
		if (!claim(message.id, leaseId, clock(), lease)) continue
		const ours = and(eq(outbox.id, message.id), eq(outbox.leaseId, leaseId))
		const release = holdLease(message.id, leaseId, clock, lease)
		let delivered = false
		let failure: unknown
		try {
			await transport.send(
				{
					messageId: message.messageId ?? messageIdFor(message.id, env.APP_URL),
					from: env.MAIL_FROM,
					to: message.to,
					subject: message.subject,
					html: message.html,
					text: message.text,
				},
				now,
			)
			delivered = true
		} catch (error) {
			failure = error
		} finally {
			release()
		}
		// Recorded straight after the SMTP server accepts the message: a crash in between is the
		// one way it can go out twice, and then with the same Message-ID. A failure to record it
		// is not a failed delivery: it stops the run, and the message goes again once the lease
		// runs out.
		if (delivered) {
			db.update(outbox)
				.set({
					status: 'sent',
					sentAt: now,
					attempts: message.attempts + 1,
					lastError: null,
					leasedUntil: null,
					leaseId: null,
				})
				.where(ours)
				.run()
			sent++
			continue
		}
		const attempts = message.attempts + 1
		db.update(outbox)
			.set({
				attempts,
				lastError: failure instanceof Error ? failure.message : String(failure),
				status: attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'queued',
				nextAttemptAt: now + nextAttemptDelayMs(attempts),
				leasedUntil: null,
				leaseId: null,
			})
			.where(ours)
			.run()
	}
	return sent
}

/**
 * Runs inside a web process: delivers when its own requests queue a message. With `poll`,
 * it also looks every `pollMs` for retries and for messages other processes queued (the
 * reminders command, another web process), and at once for any left from before it started.
 */
export function startOutboxWorker(
	transport: MailTransport,
	options: { poll: boolean; pollMs?: number } = { poll: true },
) {
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
			logError('Outbox delivery failed', error)
		} finally {
			running = false
		}
	}
	const unsubscribe = onOutboxWake(() => void run())
	const timer = options.poll ? setInterval(() => void run(), options.pollMs ?? 5_000) : null
	if (options.poll) void run()
	return {
		async stop() {
			stopped = true
			if (timer) clearInterval(timer)
			unsubscribe()
			while (running) await new Promise((resolve) => setTimeout(resolve, 20))
			transport.close()
		},
	}
}

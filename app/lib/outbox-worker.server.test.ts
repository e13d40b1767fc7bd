import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import { MAX_DELIVERY_ATTEMPTS } from '#app/domain/retry-backoff.ts'
import type { MailTransport, OutgoingMessage } from './mail-transport.server.ts'
import { deliverDueMail } from './outbox-worker.server.ts'
import { enqueueEmail } from './outbox.server.ts'

const email = { subject: 'Hello', html: '<p>Hi</p>', text: 'Hi' }

function recordingTransport(fail = false) {
	const sent: OutgoingMessage[] = []
	const transport: MailTransport = {
		async send(message) {
			if (fail) throw new Error('connection refused')
			sent.push(message)
		},
		close() {},
	}
	return { sent, transport }
}

test('a queued email is sent once, with a Message-ID derived from its outbox row', async () => {
	const now = Date.UTC(2027, 0, 1)
	enqueueEmail(db, { dedupeKey: 'test:once', to: 'a@example.com', email }, now)
	const { sent, transport } = recordingTransport()
	expect(await deliverDueMail(transport, now)).toBe(1)
	expect(await deliverDueMail(transport, now + 1000)).toBe(0)
	const row = db.select().from(outbox).where(eq(outbox.dedupeKey, 'test:once')).get()
	expect(row?.status).toBe('sent')
	expect(sent[0]?.messageId).toBe(`<outbox-${row?.id}@localhost>`)
})

test('the same dedupe key never queues a second email', () => {
	const now = Date.UTC(2027, 0, 2)
	enqueueEmail(db, { dedupeKey: 'test:dedupe', to: 'a@example.com', email }, now)
	enqueueEmail(db, { dedupeKey: 'test:dedupe', to: 'a@example.com', email }, now)
	expect(db.select().from(outbox).where(eq(outbox.dedupeKey, 'test:dedupe')).all()).toHaveLength(1)
})

test('an email in a rolled-back transaction is never queued', () => {
	expect(() =>
		db.transaction((tx) => {
			enqueueEmail(tx, { dedupeKey: 'test:rollback', to: 'a@example.com', email }, 0)
			throw new Error('the change failed')
		}),
	).toThrow('the change failed')
	expect(db.select().from(outbox).where(eq(outbox.dedupeKey, 'test:rollback')).get()).toBeUndefined()
})

test('failures back off and finally mark the message failed, keeping the last error', async () => {
	let now = Date.UTC(2027, 0, 3)
	enqueueEmail(db, { dedupeKey: 'test:fail', to: 'a@example.com', email }, now)
	const { transport } = recordingTransport(true)
	await deliverDueMail(transport, now)
	let row = db.select().from(outbox).where(eq(outbox.dedupeKey, 'test:fail')).get()
	expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'connection refused' })
	expect(row!.nextAttemptAt).toBeGreaterThan(now)
	// Not retried before its time.
	await deliverDueMail(transport, now + 1000)
	expect(db.select().from(outbox).where(eq(outbox.dedupeKey, 'test:fail')).get()?.attempts).toBe(1)
	for (let i = 1; i < MAX_DELIVERY_ATTEMPTS; i++) {
		now = db.select().from(outbox).where(eq(outbox.dedupeKey, 'test:fail')).get()!.nextAttemptAt
		await deliverDueMail(transport, now)
	}
	row = db.select().from(outbox).where(eq(outbox.dedupeKey, 'test:fail')).get()
	expect(row).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS })
})

test('two workers running at once send each message once', async () => {
	const now = Date.UTC(2027, 0, 5)
	for (let i = 0; i < 5; i++) enqueueEmail(db, { dedupeKey: `test:race:${i}`, to: `race${i}@example.com`, email }, now)
	const sent: OutgoingMessage[] = []
	// A slow server: both workers have their batch in hand before either finishes a message.
	const slow: MailTransport = {
		async send(message) {
			await new Promise((resolve) => setTimeout(resolve, 5))
			sent.push(message)
		},
		close() {},
	}
	const [a, b] = await Promise.all([deliverDueMail(slow, now), deliverDueMail(slow, now)])
	expect(a + b).toBe(5)
	expect(sent.map((m) => m.to).sort()).toEqual(['race0@example.com', 'race1@example.com', 'race2@example.com', 'race3@example.com', 'race4@example.com'])
})

test('a message held by a worker that died is sent by another once the lease runs out, and only once', async () => {
	const { LEASE_MS } = await import('./outbox-worker.server.ts')
	const now = Date.UTC(2027, 0, 6)
	enqueueEmail(db, { dedupeKey: 'test:lease', to: 'lease@example.com', email }, now)
	// A worker claimed it and then the process stopped before sending.
	db.update(outbox).set({ leasedUntil: now + LEASE_MS, leaseId: 'dead-worker' }).where(eq(outbox.dedupeKey, 'test:lease')).run()
	const { sent, transport } = recordingTransport()
	await deliverDueMail(transport, now + 1000)
	expect(sent.filter((m) => m.to === 'lease@example.com')).toHaveLength(0)
	await deliverDueMail(transport, now + LEASE_MS + 1)
	await deliverDueMail(transport, now + LEASE_MS + 2)
	expect(sent.filter((m) => m.to === 'lease@example.com')).toHaveLength(1)
})

import { eq } from 'drizzle-orm'
import { afterEach, expect, test, vi } from 'vitest'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import { MAX_DELIVERY_ATTEMPTS } from '#app/domain/retry-backoff.ts'
import type { MailTransport, OutgoingMessage } from '#app/infra/mail-transport.server.ts'
import { deliverDueMail, startOutboxWorker } from './outbox-worker.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'

const email = { subject: 'Hello', html: '<p>Hi</p>', text: 'Hi' }
// The lease when OUTBOX_LEASE_SECONDS is not set, renewed every third of it.
const LEASE_MS = 30_000
const LEASE_RENEW_MS = 10_000

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

afterEach(() => {
	vi.useRealTimers()
})

function row(dedupeKey: string) {
	return db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey)).get()!
}

test('a queued email is sent once, with the Message-ID it was queued with', async () => {
	const now = Date.UTC(2027, 0, 1)
	enqueueEmail(db, { dedupeKey: 'test:once', to: 'a@example.com', email }, now)
	const { sent, transport } = recordingTransport()
	expect(await deliverDueMail(transport, now)).toBe(1)
	expect(await deliverDueMail(transport, now + 1000)).toBe(0)
	expect(row('test:once').status).toBe('sent')
	expect(row('test:once').messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/)
	expect(sent.map((m) => m.messageId)).toEqual([row('test:once').messageId])
})

test('every attempt at a message carries the same Message-ID, and no two messages share one', async () => {
	const now = Date.UTC(2027, 0, 1, 12)
	enqueueEmail(db, { dedupeKey: 'test:same-id:1', to: 'a@example.com', email }, now)
	enqueueEmail(db, { dedupeKey: 'test:same-id:2', to: 'a@example.com', email }, now)
	const attempts: string[] = []
	let fail = true
	const flaky: MailTransport = {
		async send(message) {
			attempts.push(message.messageId)
			if (fail) throw new Error('421 try again later')
		},
		close() {},
	}
	await deliverDueMail(flaky, now)
	fail = false
	await deliverDueMail(flaky, row('test:same-id:1').nextAttemptAt)
	const [first, second] = [row('test:same-id:1').messageId, row('test:same-id:2').messageId]
	expect(first).not.toBe(second)
	expect(attempts.filter((id) => id === first)).toHaveLength(2)
	expect(attempts.filter((id) => id === second)).toHaveLength(2)
	expect(attempts).toHaveLength(4)
})

test('a message queued before Message-IDs were kept is sent with one made from its row', async () => {
	const now = Date.UTC(2027, 0, 1, 13)
	db.insert(outbox)
		.values({
			dedupeKey: 'test:legacy',
			to: 'a@example.com',
			subject: 'Old',
			html: '<p>Old</p>',
			text: 'Old',
			nextAttemptAt: now,
			createdAt: now,
		})
		.run()
	const { sent, transport } = recordingTransport()
	await deliverDueMail(transport, now)
	expect(sent.map((m) => m.messageId)).toEqual([`<outbox-${row('test:legacy').id}@localhost>`])
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
	expect(sent.map((m) => m.to).sort()).toEqual([
		'race0@example.com',
		'race1@example.com',
		'race2@example.com',
		'race3@example.com',
		'race4@example.com',
	])
})

test('a message held by a worker that died is sent by another once the lease runs out, and only once', async () => {
	const now = Date.UTC(2027, 0, 6)
	enqueueEmail(db, { dedupeKey: 'test:lease', to: 'lease@example.com', email }, now)
	// A worker claimed it and then the process stopped before sending.
	db.update(outbox)
		.set({ leasedUntil: now + LEASE_MS, leaseId: 'dead-worker' })
		.where(eq(outbox.dedupeKey, 'test:lease'))
		.run()
	const { sent, transport } = recordingTransport()
	await deliverDueMail(transport, now + 1000)
	expect(sent.filter((m) => m.to === 'lease@example.com')).toHaveLength(0)
	await deliverDueMail(transport, now + LEASE_MS + 1)
	await deliverDueMail(transport, now + LEASE_MS + 2)
	expect(sent.filter((m) => m.to === 'lease@example.com')).toHaveLength(1)
})

test('a worker renews its lease while a slow SMTP server takes its time, so no other worker sends the message again', async () => {
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] })
	const now = Date.UTC(2027, 0, 7)
	enqueueEmail(db, { dedupeKey: 'test:slow', to: 'slow@example.com', email }, now)
	let accept: (() => void) | null = null
	const slow: MailTransport = {
		send: () => new Promise<void>((resolve) => (accept = resolve)),
		close() {},
	}
	const first = deliverDueMail(slow, now)
	await vi.waitFor(() => expect(accept).not.toBeNull())
	// Three minutes in conversation with the SMTP server, far past the first lease.
	vi.advanceTimersByTime(3 * 60_000)
	expect(row('test:slow').leasedUntil).toBeGreaterThanOrEqual(now + 3 * 60_000 - LEASE_RENEW_MS + LEASE_MS)
	const { sent, transport } = recordingTransport()
	expect(await deliverDueMail(transport, now + 3 * 60_000)).toBe(0)
	accept!()
	expect(await first).toBe(1)
	expect(sent).toHaveLength(0)
	expect(row('test:slow')).toMatchObject({ status: 'sent', leaseId: null, leasedUntil: null })
})

test('a message claimed late in a slow batch still gets a whole lease', async () => {
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] })
	const now = Date.UTC(2027, 0, 8)
	enqueueEmail(db, { dedupeKey: 'test:batch:1', to: 'first@example.com', email }, now)
	enqueueEmail(db, { dedupeKey: 'test:batch:2', to: 'second@example.com', email }, now)
	const leases: (number | null)[] = []
	const slow: MailTransport = {
		async send(message) {
			if (message.to === 'first@example.com') vi.advanceTimersByTime(LEASE_MS + 5_000)
			else leases.push(row('test:batch:2').leasedUntil)
		},
		close() {},
	}
	expect(await deliverDueMail(slow, now)).toBe(2)
	expect(leases).toEqual([expect.any(Number)])
	expect(leases[0]).toBeGreaterThanOrEqual(now + LEASE_MS + 5_000 + LEASE_MS)
})

test('a message the SMTP server accepted but the outbox could not record as sent goes again, with the same Message-ID', async () => {
	const now = Date.UTC(2027, 0, 9)
	enqueueEmail(db, { dedupeKey: 'test:unrecorded', to: 'unrecorded@example.com', email }, now)
	// The process dies (here: the database refuses the write) between acceptance and the record.
	db.run(
		`create temp trigger refuse_sent before update of status on outbox when new.status = 'sent' and old.dedupe_key = 'test:unrecorded' begin select raise(abort, 'crashed'); end`,
	)
	const { sent, transport } = recordingTransport()
	await expect(deliverDueMail(transport, now)).rejects.toThrow('crashed')
	db.run('drop trigger refuse_sent')
	// Not a failed delivery: nothing counted against it, and it stays leased until the lease runs out.
	expect(row('test:unrecorded')).toMatchObject({ status: 'queued', attempts: 0, lastError: null })
	expect(await deliverDueMail(transport, now + 1000)).toBe(0)
	expect(await deliverDueMail(transport, now + LEASE_MS + 1000)).toBe(1)
	expect(sent.map((m) => m.to)).toEqual(['unrecorded@example.com', 'unrecorded@example.com'])
	expect(new Set(sent.map((m) => m.messageId))).toEqual(new Set([row('test:unrecorded').messageId]))
	expect(row('test:unrecorded').status).toBe('sent')
})

test('a worker that does not poll waits for its own process to wake it; one that polls finds mail queued elsewhere', async () => {
	// Queued as another process would: nothing in this one is woken.
	enqueueEmail(db, { dedupeKey: 'test:elsewhere', to: 'a@example.com', email }, Date.now())
	const quiet = recordingTransport()
	const waking = startOutboxWorker(quiet.transport, { poll: false })
	try {
		await new Promise((resolve) => setTimeout(resolve, 100))
		expect(row('test:elsewhere').status).toBe('queued')

		enqueueEmail(db, { dedupeKey: 'test:here', to: 'b@example.com', email }, Date.now())
		wakeOutbox()
		await vi.waitFor(() => expect(row('test:here').status).toBe('sent'))
		expect(quiet.sent.map((message) => message.to).sort()).toEqual(['a@example.com', 'b@example.com'])
	} finally {
		await waking.stop()
	}

	enqueueEmail(db, { dedupeKey: 'test:elsewhere-later', to: 'c@example.com', email }, Date.now())
	const polling = recordingTransport()
	const poller = startOutboxWorker(polling.transport, { poll: true, pollMs: 50 })
	try {
		await vi.waitFor(() => expect(row('test:elsewhere-later').status).toBe('sent'))
		expect(polling.sent.map((message) => message.to)).toEqual(['c@example.com'])
	} finally {
		await poller.stop()
	}
})

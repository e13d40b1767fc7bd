import { eq } from 'drizzle-orm'
import { SMTPServer } from 'smtp-server'
import { afterAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import { nextAttemptDelayMs } from '#app/domain/retry-backoff.ts'
import { createMailTransport } from '#app/infra/mail-transport.server.ts'
import { deliverDueMail } from './outbox-worker.server.ts'
import { enqueueEmail } from './outbox.server.ts'

const received: { to: string[]; raw: string }[] = []
let server: SMTPServer | null = null

function startServer(port: number) {
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let raw = ''
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
				callback()
			})
		},
	})
	return new Promise<SMTPServer>((resolve) => smtp.listen(port, '127.0.0.1', () => resolve(smtp)))
}

function stop(smtp: SMTPServer) {
	return new Promise<void>((resolve) => smtp.close(() => resolve()))
}

afterAll(async () => {
	if (server) await stop(server)
})

test('with the SMTP server down, mail stays queued; when it is back, each message arrives exactly once', async () => {
	// Find a free port, then stop listening on it: the "server down" state.
	server = await startServer(0)
	const port = (server.server.address() as { port: number }).port
	await stop(server)
	server = null

	const now = Date.UTC(2027, 5, 1, 9)
	enqueueEmail(
		db,
		{
			dedupeKey: 'smtp:down',
			to: 'jo@example.com',
			email: {
				subject: 'Your return is due in 3 days',
				html: '<p>Due</p>',
				text: 'Due on 30 October 2027: http://localhost/returns/1',
			},
		},
		now,
	)
	const transport = createMailTransport({ SMTP_URL: `smtp://127.0.0.1:${port}`, mailDir: '/nonexistent' })
	expect(await deliverDueMail(transport, now)).toBe(0)
	const queued = db.select().from(outbox).where(eq(outbox.dedupeKey, 'smtp:down')).get()!
	expect(queued).toMatchObject({ status: 'queued', attempts: 1 })
	expect(queued.lastError).toBeTruthy()

	server = await startServer(port)
	// Not before the back-off has passed...
	expect(await deliverDueMail(transport, now + 1000)).toBe(0)
	const later = now + nextAttemptDelayMs(1)
	expect(await deliverDueMail(transport, later)).toBe(1)
	expect(await deliverDueMail(transport, later + 60_000)).toBe(0)
	transport.close()
	expect(received).toHaveLength(1)
	expect(received[0]!.to).toEqual(['jo@example.com'])
	expect(received[0]!.raw).toContain('Subject: Your return is due in 3 days')
	expect(received[0]!.raw).toContain('http://localhost/returns/1')
	expect(db.select().from(outbox).where(eq(outbox.dedupeKey, 'smtp:down')).get()).toMatchObject({
		status: 'sent',
		attempts: 2,
		lastError: null,
	})
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { listMail, readMail } from './mail-folder.server.ts'
import { createMailTransport, mailFileId, messageKey, type OutgoingMessage } from './mail-transport.server.ts'

const message: OutgoingMessage = {
	messageId: '<outbox-1@localhost>',
	from: 'Golden Thread <no-reply@localhost>',
	to: 'jo@example.com',
	subject: 'Reset your password',
	html: '<p>Hello</p>',
	text: 'Hello',
}

type Received = { from: string; to: string[]; raw: string }
const received: Received[] = []
let server: SMTPServer
let port: number

beforeAll(async () => {
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let raw = ''
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw,
				})
				callback()
			})
		},
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	port = (server.server.address() as { port: number }).port
})

afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()))
})

test('with SMTP_URL set, mail goes through a real SMTP server with a stable Message-ID', async () => {
	const transport = createMailTransport({ SMTP_URL: `smtp://127.0.0.1:${port}`, mailDir: '/nonexistent' })
	await transport.send(message, Date.now())
	transport.close()
	expect(received).toHaveLength(1)
	expect(received[0]!.to).toEqual(['jo@example.com'])
	expect(received[0]!.from).toBe('no-reply@localhost')
	expect(received[0]!.raw).toContain('Message-ID: <outbox-1@localhost>')
	expect(received[0]!.raw).toContain('Subject: Reset your password')
	expect(received[0]!.raw).toContain('Hello')
})

test('without SMTP_URL, mail is written to the mail folder and can be listed and read back', async () => {
	const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-mail-'))
	const transport = createMailTransport({ SMTP_URL: undefined, mailDir })
	await transport.send(message, 1000)
	await transport.send({ ...message, messageId: '<outbox-2@localhost>', subject: 'Second' }, 2000)
	const everything = () => true
	const { total, messages } = await listMail(mailDir, { limit: 10, offset: 0, keep: everything })
	expect(total).toBe(2)
	expect(messages.map((m) => m.subject)).toEqual(['Second', 'Reset your password'])
	const first = await readMail(mailDir, messages[1]!.id, everything)
	expect(first).toMatchObject({ to: 'jo@example.com', text: 'Hello', sentAt: 1000 })
	// Whose a message is goes by its Message-ID: a council lists and reads only its own.
	const onlySecond = (key: string) => key === messageKey('<outbox-2@localhost>')
	const own = await listMail(mailDir, { limit: 10, offset: 0, keep: onlySecond })
	expect(own.messages.map((m) => m.subject)).toEqual(['Second'])
	expect(own.total).toBe(1)
	expect(await readMail(mailDir, messages[1]!.id, onlySecond)).toBeNull()
	expect(messages[0]!.id).toBe(mailFileId('<outbox-2@localhost>', 2000))
	expect(fs.readdirSync(mailDir).some((name) => name.endsWith('.tmp'))).toBe(false)
})

test('reading mail refuses ids that could escape the folder', async () => {
	expect(await readMail(os.tmpdir(), '../../etc/passwd', () => true)).toBeNull()
})

import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Env } from './env.server.ts'

export type OutgoingMessage = {
	messageId: string
	from: string
	to: string
	subject: string
	html: string
	text: string
}

export type MailTransport = { send(message: OutgoingMessage, now: number): Promise<void>; close(): void }

/** A kept message's file is named by its send time and Message-ID, so the ID finds its file. */
export function mailFileId(messageId: string, sentAt: number): string {
	return `${sentAt}-${messageKey(messageId)}`
}

/** The part of a kept message's file name that its Message-ID makes. */
export function messageKey(messageId: string): string {
	return messageId.replace(/[^a-z0-9]/gi, '')
}

/** A message as kept in the local mail folder when no SMTP server is configured. */
export type StoredMail = OutgoingMessage & { id: string; sentAt: number }

/**
 * With SMTP_URL set, mail goes through nodemailer's SMTP transport. Without it, each
 * message is written as a JSON file to the mail folder, where the "Sent mail" page
 * reads it, so a portal running on a laptop still shows what it would have sent.
 */
export function createMailTransport(env: Pick<Env, 'SMTP_URL' | 'mailDir'>): MailTransport {
	if (env.SMTP_URL) {
		const transporter = nodemailer.createTransport(env.SMTP_URL)
		return {
			async send(message) {
				await transporter.sendMail({
					messageId: message.messageId,
					from: message.from,
					to: message.to,
					subject: message.subject,
					html: message.html,
					text: message.text,
				})
			},
			close: () => transporter.close(),
		}
	}
	return {
		async send(message, now) {
			await fs.mkdir(env.mailDir, { recursive: true })
			const id = mailFileId(message.messageId, now)
			const stored: StoredMail = { ...message, id, sentAt: now }
			const file = path.join(env.mailDir, `${id}.json`)
			// Write then rename, so a reader never sees half a message.
			await fs.writeFile(`${file}.tmp`, JSON.stringify(stored, null, 2))
			await fs.rename(`${file}.tmp`, file)
		},
		close: () => {},
	}
}

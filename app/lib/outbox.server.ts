import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { sql } from 'drizzle-orm'
import { db, type DbOrTx } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import type { RenderedEmail } from '#emails/layout.tsx'
import { getEnv } from '#app/infra/env.server.ts'
import { singleton } from '#app/infra/singleton.server.ts'

const wakeups = singleton('outbox-wakeups', () => new EventEmitter())

export type QueuedEmail = {
	dedupeKey: string
	to: string
	email: RenderedEmail
	/** The council it is sent for, whose sent mail lists it; none for the deployment's own. */
	councilId?: number | null
}

/**
 * A Message-ID unique to one queued message and kept with it, so every attempt to send it
 * carries the same one. Random rather than built from the row id: ids start again in a
 * database restored from a backup or newly installed, and mail services that drop a second
 * message with a Message-ID they have seen would drop a different email.
 */
function newMessageId(appUrl: string): string {
	return `<${randomUUID()}@${new URL(appUrl).hostname}>`
}

/**
 * Writes an email to the outbox inside the caller's transaction. Nothing is sent here:
 * the outbox worker delivers it after the transaction commits, so a rolled-back change
 * never sends mail and a committed one never loses it. Returns false when the dedupe key
 * was already used, so nothing new was queued.
 */
export function enqueueEmail(tx: DbOrTx, message: QueuedEmail, now: number): boolean {
	const result = insertStatement(tx).run({
		dedupeKey: message.dedupeKey,
		councilId: message.councilId ?? null,
		messageId: newMessageId(getEnv().APP_URL),
		to: message.to,
		subject: message.email.subject,
		html: message.email.html,
		text: message.email.text,
		now,
	})
	return result.changes === 1
}

function prepareInsert(tx: DbOrTx) {
	return tx
		.insert(outbox)
		.values({
			dedupeKey: sql.placeholder('dedupeKey'),
			councilId: sql.placeholder('councilId'),
			messageId: sql.placeholder('messageId'),
			to: sql.placeholder('to'),
			subject: sql.placeholder('subject'),
			html: sql.placeholder('html'),
			text: sql.placeholder('text'),
			status: 'queued',
			nextAttemptAt: sql.placeholder('now'),
			createdAt: sql.placeholder('now'),
		})
		.onConflictDoNothing({ target: outbox.dedupeKey })
		.prepare()
}

// Built once per transaction rather than once per email: a reminder run queues tens of
// thousands in a few transactions. Not kept for the process-wide handle, whose connection
// may be closed and opened again.
const insertStatements = new WeakMap<DbOrTx, ReturnType<typeof prepareInsert>>()

function insertStatement(tx: DbOrTx) {
	if (tx === db) return prepareInsert(tx)
	let statement = insertStatements.get(tx)
	if (!statement) {
		statement = prepareInsert(tx)
		insertStatements.set(tx, statement)
	}
	return statement
}

/** Tells the worker there is mail to send now rather than at its next poll. */
export function wakeOutbox() {
	wakeups.emit('wake')
}

export function onOutboxWake(listener: () => void): () => void {
	wakeups.on('wake', listener)
	return () => wakeups.off('wake', listener)
}

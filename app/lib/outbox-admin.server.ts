import { and, count, desc, eq, isNotNull } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { outbox, type OutboxStatus } from '#db/schema.ts'
import { messageKey } from '#app/infra/mail-transport.server.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { wakeOutbox } from './outbox.server.ts'

export const OUTBOX_PAGE_SIZE = 50

export const NOT_RETRYABLE = 'Only a failed message can be retried'

/** A page of the council's outbox, newest first, with how many of its messages are in each state (counted in SQL). */
export function listOutbox(councilId: number, filter: { status: OutboxStatus | null; page: number }) {
	const own = eq(outbox.councilId, councilId)
	const where = filter.status ? and(own, eq(outbox.status, filter.status)) : own
	const rows = db
		.select({
			id: outbox.id,
			to: outbox.to,
			subject: outbox.subject,
			status: outbox.status,
			attempts: outbox.attempts,
			lastError: outbox.lastError,
			createdAt: outbox.createdAt,
			sentAt: outbox.sentAt,
			nextAttemptAt: outbox.nextAttemptAt,
		})
		.from(outbox)
		.where(where)
		.orderBy(desc(outbox.id))
		.limit(OUTBOX_PAGE_SIZE)
		.offset((filter.page - 1) * OUTBOX_PAGE_SIZE)
		.all()
	const counts = Object.fromEntries(
		db
			.select({ status: outbox.status, n: count() })
			.from(outbox)
			.where(own)
			.groupBy(outbox.status)
			.all()
			.map((row) => [row.status, row.n]),
	) as Partial<Record<OutboxStatus, number>>
	return { rows, counts: { queued: counts.queued ?? 0, sent: counts.sent ?? 0, failed: counts.failed ?? 0 } }
}

/** Puts one of the council's failed messages back in the queue for a fresh round of attempts. */
export function retryFailedMail(
	user: SessionUser,
	id: number,
	ctx: { ip: string; now: number },
): { ok: true } | { ok: false; message: string } {
	const result = db.transaction((tx) => {
		const changed = tx
			.update(outbox)
			.set({ status: 'queued', attempts: 0, nextAttemptAt: ctx.now, leasedUntil: null, leaseId: null })
			.where(and(eq(outbox.id, id), eq(outbox.councilId, user.organisationId), eq(outbox.status, 'failed')))
			.run()
		if (changed.changes === 0) return { ok: false as const, message: NOT_RETRYABLE }
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: user.organisationId,
			action: 'mail_retried',
			subject: { type: 'outbox', id },
			ip: ctx.ip,
		})
		return { ok: true as const }
	})
	if (result.ok) wakeOutbox()
	return result
}

/**
 * Which kept messages (the mail folder, when no SMTP server is set) are the council's: those
 * its outbox sent, by Message-ID. Another council's mail, and the deployment's own, are not.
 */
export function councilMailKeys(councilId: number): (key: string) => boolean {
	const keys = new Set(
		db
			.select({ messageId: outbox.messageId })
			.from(outbox)
			.where(and(eq(outbox.councilId, councilId), isNotNull(outbox.messageId)))
			.all()
			.map((row) => messageKey(row.messageId!)),
	)
	return (key) => keys.has(key)
}

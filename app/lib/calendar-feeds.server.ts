import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { calendarFeeds, users } from '#db/schema.ts'
import { createTokenParts, secretMatches, splitToken } from '#app/infra/secrets.server.ts'
import { recordAudit } from './audit.server.ts'
import { signedInUserColumns, type SessionUser } from './session.server.ts'

/** Whether the person has a calendar address; the address itself cannot be shown again. */
export function hasCalendarFeed(userId: number): boolean {
	return (
		db.select({ id: calendarFeeds.id }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get() !== undefined
	)
}

/**
 * Makes the person a new secret calendar address and retires the old one, in one transaction
 * with its audit event. Returns the token, shown once: only a hash of its secret is kept.
 */
export function issueCalendarFeed(user: SessionUser, ctx: { ip: string; now: number }): string {
	const { id, secretHash, token } = createTokenParts()
	db.transaction((tx) => {
		const replaced = tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, user.id)).run().changes > 0
		tx.insert(calendarFeeds).values({ id, userId: user.id, secretHash, createdAt: ctx.now }).run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: replaced ? 'calendar_feed_reset' : 'calendar_feed_created',
			subject: { type: 'user', id: user.id },
			ip: ctx.ip,
		})
	})
	return token
}

/** The person a calendar token belongs to, if it is genuine, current, and they may still sign in. */
export function calendarFeedOwner(token: string): SessionUser | null {
	const parts = splitToken(token)
	if (!parts) return null
	const row = db
		.select({
			secretHash: calendarFeeds.secretHash,
			user: signedInUserColumns,
		})
		.from(calendarFeeds)
		.innerJoin(users, eq(users.id, calendarFeeds.userId))
		.where(eq(calendarFeeds.id, parts.id))
		.get()
	if (!row || row.user.status !== 'active' || !secretMatches(parts.secret, row.secretHash)) return null
	const { status: _status, ...user } = row.user
	return user
}

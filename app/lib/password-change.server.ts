import { and, eq, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { users } from '#db/schema.ts'
import type { TokenPurpose } from '#db/schema.ts'
import { recordAudit } from './audit.server.ts'
import { consumeOneTimeToken, findValidToken } from './one-time-tokens.server.ts'
import { hashPassword } from '#app/infra/password-hashing.server.ts'
import { invalidateUserSessions, replaceSession } from './session.server.ts'

/**
 * The account a one-time link (reset, invitation or email confirmation) belongs to, or null if
 * the link is not usable: each is only for an account in the state it was sent for.
 */
export function userForToken(token: string | null, purpose: TokenPurpose, now: number) {
	if (!token) return null
	const valid = findValidToken(db, token, purpose, now)
	if (!valid) return null
	const user = db.select().from(users).where(eq(users.id, valid.userId)).get()
	if (!user) return null
	if (purpose === 'password_reset' && user.status !== 'active') return null
	if (purpose === 'invitation' && user.status !== 'invited') return null
	if (purpose === 'email_verification' && user.status !== 'unverified') return null
	return user
}

/**
 * Sets a password through a one-time link (reset or invitation): uses up the token, ends
 * every other session of the user, activates an invited account, and signs the person in,
 * in place of whoever the browser held (`heldSessionToken`).
 * Returns null when the link was used or expired meanwhile.
 */
export async function setPasswordWithToken(input: {
	token: string
	purpose: 'password_reset' | 'invitation'
	password: string
	ip: string
	now: number
	heldSessionToken: string | null
}) {
	const passwordHash = await hashPassword(input.password)
	return db.transaction((tx) => {
		const userId = consumeOneTimeToken(tx, input.token, input.purpose, input.now)
		if (userId === null) return null
		const expectedStatus = input.purpose === 'invitation' ? 'invited' : 'active'
		const updated = tx
			.update(users)
			.set({ passwordHash, status: 'active', updatedAt: input.now, version: sql`${users.version} + 1` })
			// A disabled account stays disabled, whatever link it had been sent.
			.where(and(eq(users.id, userId), eq(users.status, expectedStatus)))
			.returning()
			.get()
		if (!updated) return null
		invalidateUserSessions(userId, tx)
		recordAudit(tx, {
			at: input.now,
			actorUserId: userId,
			action: input.purpose === 'invitation' ? 'invitation_accepted' : 'password_changed',
			subject: { type: 'user', id: userId },
			detail: { via: input.purpose },
			ip: input.ip,
		})
		return { user: updated, ...replaceSession(input.heldSessionToken, userId, input, tx) }
	})
}

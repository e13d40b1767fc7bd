import { and, eq, gt, isNull } from 'drizzle-orm'
import type { DbOrTx } from '#db/client.server.ts'
import { oneTimeTokens, type TokenPurpose } from '#db/schema.ts'
import { createTokenParts, secretMatches, splitToken } from '#app/infra/secrets.server.ts'

export const tokenLifetimesMs: Record<TokenPurpose, number> = {
	password_reset: 60 * 60 * 1000,
	invitation: 7 * 24 * 60 * 60 * 1000,
	email_verification: 24 * 60 * 60 * 1000,
}

/** Issues a token and retires any earlier unused one of the same purpose for that user. */
export function issueOneTimeToken(tx: DbOrTx, userId: number, purpose: TokenPurpose, now: number): string {
	tx.update(oneTimeTokens)
		.set({ usedAt: now })
		.where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)))
		.run()
	const { id, secretHash, token } = createTokenParts()
	tx.insert(oneTimeTokens)
		.values({ id, userId, purpose, secretHash, createdAt: now, expiresAt: now + tokenLifetimesMs[purpose] })
		.run()
	return token
}

/** The user a token belongs to, if it is genuine, unused and unexpired. Does not use it up. */
export function findValidToken(tx: DbOrTx, token: string, purpose: TokenPurpose, now: number) {
	const parts = splitToken(token)
	if (!parts) return null
	const row = tx.select().from(oneTimeTokens).where(eq(oneTimeTokens.id, parts.id)).get()
	if (!row || row.purpose !== purpose || row.usedAt !== null || row.expiresAt <= now) return null
	if (!secretMatches(parts.secret, row.secretHash)) return null
	return { tokenId: row.id, userId: row.userId }
}

/**
 * Uses a token up. Returns the user id, or null if the token is not valid; the update is
 * conditional on `used_at` still being empty, so two simultaneous uses cannot both succeed.
 */
export function consumeOneTimeToken(tx: DbOrTx, token: string, purpose: TokenPurpose, now: number): number | null {
	const valid = findValidToken(tx, token, purpose, now)
	if (!valid) return null
	const result = tx
		.update(oneTimeTokens)
		.set({ usedAt: now })
		.where(and(eq(oneTimeTokens.id, valid.tokenId), isNull(oneTimeTokens.usedAt)))
		.run()
	return result.changes === 1 ? valid.userId : null
}

/** Whether a token for `purpose` was issued to the user after `since`: a new email waits until none was. */
export function tokenIssuedSince(tx: DbOrTx, userId: number, purpose: TokenPurpose, since: number): boolean {
	const issued = tx
		.select({ id: oneTimeTokens.id })
		.from(oneTimeTokens)
		.where(
			and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), gt(oneTimeTokens.createdAt, since)),
		)
		.get()
	return issued !== undefined
}

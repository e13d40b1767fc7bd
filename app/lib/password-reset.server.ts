import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { users } from '#db/schema.ts'
import { passwordResetEmail } from '#emails/password-reset.tsx'
import { recordAudit } from './audit.server.ts'
import { emailLink } from './email-links.server.ts'
import { councilById, nameSeenBy } from './councils.server.ts'
import { issueOneTimeToken, tokenIssuedSince, tokenLifetimesMs } from './one-time-tokens.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { normaliseEmail } from './sign-in.server.ts'

/** At most one reset email per account per minute, so the form cannot be used to flood an inbox. */
const RESET_EMAIL_INTERVAL_MS = 60 * 1000

export function requestPasswordReset(input: { email: string; ip: string; now: number }) {
	const email = normaliseEmail(input.email)
	const user = db.select().from(users).where(eq(users.email, email)).get()
	if (!user || user.status !== 'active') return

	if (tokenIssuedSince(db, user.id, 'password_reset', input.now - RESET_EMAIL_INTERVAL_MS)) return

	db.transaction((tx) => {
		const token = issueOneTimeToken(tx, user.id, 'password_reset', input.now)
		const resetUrl = emailLink('/reset-password', { token })
		enqueueEmail(
			tx,
			{
				dedupeKey: `password-reset:${token.split('.')[0]}`,
				to: user.email,
				// A council's staff member's reset is their council's mail; a supplier's, the deployment's.
				councilId: councilById(user.organisationId)?.id ?? null,
				email: passwordResetEmail({
					councilName: nameSeenBy(user.organisationId),
					name: user.name,
					resetUrl,
					expiresInMinutes: tokenLifetimesMs.password_reset / 60_000,
				}),
			},
			input.now,
		)
		recordAudit(tx, {
			at: input.now,
			actorUserId: null,
			action: 'password_reset_requested',
			subject: { type: 'user', id: user.id },
			ip: input.ip,
		})
	})
	wakeOutbox()
}

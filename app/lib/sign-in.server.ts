import { and, eq, gt, or } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { signInFailures, users } from '#db/schema.ts'
import { judgeSignInThrottle, SIGN_IN_FAILURE_WINDOW_MS } from '#app/domain/sign-in-throttle.ts'
import { recordAudit } from './audit.server.ts'
import { verifyAgainstDummy, verifyPassword } from '#app/infra/password-hashing.server.ts'
import { createSession } from './session.server.ts'

export type SignInResult =
	| { ok: true; user: typeof users.$inferSelect; token: string; session: { createdAt: number; lastVerifiedAt: number } }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'unverified' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number }

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase()
}

/** Whichever is stricter: failures for this account, or failures from this address. */
function throttleFor(email: string, ip: string, now: number) {
	const recent = db
		.select({ email: signInFailures.email, ip: signInFailures.ip, at: signInFailures.at })
		.from(signInFailures)
		.where(
			and(
				gt(signInFailures.at, now - SIGN_IN_FAILURE_WINDOW_MS),
				or(eq(signInFailures.email, email), eq(signInFailures.ip, ip)),
			),
		)
		.all()
	const byAccount = judgeSignInThrottle(
		recent.filter((row) => row.email === email).map((row) => row.at),
		now,
	)
	if (byAccount.blocked) return byAccount
	// Many accounts tried from one address is password spraying: allow more, but not unlimited.
	return judgeSignInThrottle(
		recent.filter((row) => row.ip === ip).map((row) => row.at),
		now,
		20,
	)
}

export async function signIn(input: {
	email: string
	password: string
	ip: string
	now: number
}): Promise<SignInResult> {
	const email = normaliseEmail(input.email)
	const throttle = throttleFor(email, input.ip, input.now)
	if (throttle.blocked) return { ok: false, reason: 'throttled', retryAfterMinutes: throttle.retryAfterMinutes }

	const user = db.select().from(users).where(eq(users.email, email)).get()
	const canSignIn = user?.status === 'active' || user?.status === 'unverified'
	const passwordOk =
		user?.passwordHash && canSignIn
			? await verifyPassword(user.passwordHash, input.password)
			: await verifyAgainstDummy(input.password)

	if (!user || !passwordOk) {
		db.transaction((tx) => {
			tx.insert(signInFailures).values({ email, ip: input.ip, at: input.now }).run()
			recordAudit(tx, {
				at: input.now,
				actorUserId: user?.id ?? null,
				action: 'sign_in_failed',
				subject: user ? { type: 'user', id: user.id } : undefined,
				detail: user ? undefined : { email },
				ip: input.ip,
			})
		})
		return { ok: false, reason: 'invalid' }
	}

	// The right password proves the person owns the account, so it is safe to say why.
	if (user.status === 'unverified') return { ok: false, reason: 'unverified' }

	const { token, session } = db.transaction((tx) => {
		tx.delete(signInFailures).where(eq(signInFailures.email, email)).run()
		recordAudit(tx, {
			at: input.now,
			actorUserId: user.id,
			action: 'sign_in',
			subject: { type: 'user', id: user.id },
			ip: input.ip,
		})
		return createSession(user.id, input.now, tx)
	})
	return { ok: true, user, token, session }
}

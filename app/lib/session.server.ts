import { eq, sql } from 'drizzle-orm'
import { db, preparedQuery, type DbOrTx } from '#db/client.server.ts'
import { sessions, users, type DeploymentRole } from '#db/schema.ts'
import { judgeSession, sessionCookieExpiry } from '#app/domain/session-lifetime.ts'
import { recordAudit } from './audit.server.ts'
import { getEnv, type Env } from '#app/infra/env.server.ts'
import { createTokenParts, secretMatches, splitToken } from '#app/infra/secrets.server.ts'

export const SESSION_COOKIE = 'gt_session'

export type SessionUser = {
	id: number
	email: string
	name: string
	role: (typeof users.$inferSelect)['role']
	organisationId: number
	/** What they may do across the deployment besides their council role (ADR 027); absent is none. */
	deploymentRole?: DeploymentRole | null
}

export type ValidatedSession = {
	session: { id: string; createdAt: number; lastVerifiedAt: number }
	user: SessionUser
}

export function createSession(userId: number, now: number, tx: DbOrTx = db) {
	const { id, secretHash, token } = createTokenParts()
	const session = { id, userId, secretHash, createdAt: now, lastVerifiedAt: now }
	tx.insert(sessions).values(session).run()
	return { token, session }
}

/**
 * Ends the session a browser holds (`heldToken`), whoever's it was and live or not, and
 * records that its person was signed out. A forged or unknown token ends nothing.
 */
export function endHeldSession(heldToken: string | null, ctx: { ip: string; now: number }, tx: DbOrTx = db) {
	const parts = heldToken ? splitToken(heldToken) : null
	if (!parts) return
	const held = tx
		.select({ id: sessions.id, userId: sessions.userId, secretHash: sessions.secretHash })
		.from(sessions)
		.where(eq(sessions.id, parts.id))
		.get()
	if (!held || !secretMatches(parts.secret, held.secretHash)) return
	invalidateSession(held.id, tx)
	recordAudit(tx, {
		at: ctx.now,
		actorUserId: held.userId,
		action: 'sign_out',
		subject: { type: 'user', id: held.userId },
		detail: { via: 'sign_in' },
		ip: ctx.ip,
	})
}

/** Signs a person out: their session ends, with a record that they signed out. */
export function signOut(current: ValidatedSession, ctx: { ip: string; now: number }) {
	db.transaction((tx) => {
		invalidateSession(current.session.id, tx)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: current.user.id,
			action: 'sign_out',
			subject: { type: 'user', id: current.user.id },
			ip: ctx.ip,
		})
	})
}

/**
 * Signs a person in to the browser that sent `heldToken`: the session it held ends first and a
 * new one starts. On a shared computer the next person must never carry on the last one's
 * session, nor leave it alive behind their own.
 */
export function replaceSession(
	heldToken: string | null,
	userId: number,
	ctx: { ip: string; now: number },
	tx: DbOrTx = db,
) {
	endHeldSession(heldToken, ctx, tx)
	return createSession(userId, ctx.now, tx)
}

/** A person as a session holds them, with the status that says whether they may still sign in. */
export const signedInUserColumns = {
	id: users.id,
	email: users.email,
	name: users.name,
	role: users.role,
	organisationId: users.organisationId,
	status: users.status,
}

const sessionLookup = preparedQuery((connection) =>
	connection
		.select({
			id: sessions.id,
			secretHash: sessions.secretHash,
			createdAt: sessions.createdAt,
			lastVerifiedAt: sessions.lastVerifiedAt,
			// Only a session carries the deployment role: the deployment's pages ask for it there.
			user: { ...signedInUserColumns, deploymentRole: users.deploymentRole },
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare(),
)

/**
 * Looks up a session token. Expired sessions are deleted; an active one has its
 * activity time moved forward (at most once a minute), which slides the inactivity timeout.
 */
export function validateSessionToken(token: string, now: number): ValidatedSession | null {
	const parts = splitToken(token)
	if (!parts) return null
	const row = sessionLookup().get({ id: parts.id })
	if (!row || !secretMatches(parts.secret, row.secretHash)) return null

	const verdict = judgeSession(row, now)
	if (verdict === 'expired' || row.user.status !== 'active') {
		invalidateSession(row.id)
		return null
	}
	let lastVerifiedAt = row.lastVerifiedAt
	if (verdict === 'valid-record-activity') {
		lastVerifiedAt = now
		db.update(sessions).set({ lastVerifiedAt }).where(eq(sessions.id, row.id)).run()
	}
	const { status: _status, ...user } = row.user
	return { session: { id: row.id, createdAt: row.createdAt, lastVerifiedAt }, user }
}

export function invalidateSession(sessionId: string, tx: DbOrTx = db) {
	tx.delete(sessions).where(eq(sessions.id, sessionId)).run()
}

export function invalidateUserSessions(userId: number, tx: DbOrTx = db) {
	tx.delete(sessions).where(eq(sessions.userId, userId)).run()
}

export function readSessionToken(request: Request): string | null {
	return sessionTokenInCookies(request.headers.get('Cookie'))
}

/** The session token in a Cookie header, if it holds one. */
export function sessionTokenInCookies(header: string | null | undefined): string | null {
	if (!header) return null
	for (const part of header.split(';')) {
		const [name, ...rest] = part.trim().split('=')
		if (name !== SESSION_COOKIE) continue
		try {
			return decodeURIComponent(rest.join('='))
		} catch {
			// Not a cookie the portal set ("%" alone, say): no session, rather than a 500 on every page.
			return null
		}
	}
	return null
}

type CookieEnv = Pick<Env, 'isHttps'>

// Secure whenever the portal is served over https, which production requires.
function cookieAttributes(env: CookieEnv): string {
	return `Path=/; HttpOnly; SameSite=Lax${env.isHttps ? '; Secure' : ''}`
}

export function sessionCookie(
	token: string,
	session: { createdAt: number; lastVerifiedAt: number },
	env: CookieEnv = getEnv(),
): string {
	const expires = new Date(sessionCookieExpiry(session)).toUTCString()
	return `${SESSION_COOKIE}=${token}; ${cookieAttributes(env)}; Expires=${expires}`
}

export function clearedSessionCookie(env: CookieEnv = getEnv()): string {
	return `${SESSION_COOKIE}=; ${cookieAttributes(env)}; Max-Age=0`
}

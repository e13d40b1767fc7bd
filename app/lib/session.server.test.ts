import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, sessions, users } from '#db/schema.ts'
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_INACTIVITY_TIMEOUT_MS } from '#app/domain/session-lifetime.ts'
import { parseEnv } from '#app/infra/env.server.ts'
import {
	SESSION_COOKIE,
	clearedSessionCookie,
	createSession,
	endHeldSession,
	invalidateSession,
	invalidateUserSessions,
	readSessionToken,
	replaceSession,
	sessionCookie,
	signOut,
	validateSessionToken,
} from './session.server.ts'

const t0 = Date.UTC(2027, 3, 1, 9, 0)
let userId: number

beforeAll(async () => {
	const organisation = createOrganisation(db, { kind: 'supplier' })
	userId = (await createUser(db, { organisationId: organisation.id, role: 'supplier', passwordHash: 'x' })).id
})

describe('sessions', () => {
	test('a token is id.secret and only a SHA-256 hash of the secret is stored', () => {
		const { token, session } = createSession(userId, t0)
		const [id, secret] = token.split('.')
		expect(id).toMatch(/^[a-z2-7]{24}$/)
		expect(secret).toMatch(/^[a-z2-7]{24}$/)
		const stored = db.select().from(sessions).where(eq(sessions.id, session.id)).get()
		expect(stored?.secretHash).toHaveLength(32)
		expect(Buffer.from(stored!.secretHash).toString()).not.toContain(secret)
	})

	test('a valid token returns the user', () => {
		const { token } = createSession(userId, t0)
		expect(validateSessionToken(token, t0 + 1000)?.user.id).toBe(userId)
	})

	test('a wrong secret, a malformed token or an unknown id is refused', () => {
		const { token } = createSession(userId, t0)
		const [id] = token.split('.')
		expect(validateSessionToken(`${id}.${'a'.repeat(24)}`, t0)).toBeNull()
		expect(validateSessionToken('garbage', t0)).toBeNull()
		expect(validateSessionToken(`${'b'.repeat(24)}.${'c'.repeat(24)}`, t0)).toBeNull()
	})

	test('activity slides the inactivity timeout', () => {
		const { token, session } = createSession(userId, t0)
		const later = t0 + SESSION_INACTIVITY_TIMEOUT_MS - 60_000
		expect(validateSessionToken(token, later)).not.toBeNull()
		expect(db.select().from(sessions).where(eq(sessions.id, session.id)).get()?.lastVerifiedAt).toBe(later)
		// Still valid 12 hours after the first use, because it was used since.
		expect(validateSessionToken(token, t0 + SESSION_INACTIVITY_TIMEOUT_MS + 60_000)).not.toBeNull()
	})

	test('an inactive session expires and is deleted', () => {
		const { token, session } = createSession(userId, t0)
		expect(validateSessionToken(token, t0 + SESSION_INACTIVITY_TIMEOUT_MS)).toBeNull()
		expect(db.select().from(sessions).where(eq(sessions.id, session.id)).get()).toBeUndefined()
	})

	test('no session outlives the absolute limit', () => {
		const { token } = createSession(userId, t0)
		let now = t0
		while (now < t0 + SESSION_ABSOLUTE_LIFETIME_MS - SESSION_INACTIVITY_TIMEOUT_MS) {
			now += SESSION_INACTIVITY_TIMEOUT_MS - 60_000
			expect(validateSessionToken(token, now)).not.toBeNull()
		}
		expect(validateSessionToken(token, t0 + SESSION_ABSOLUTE_LIFETIME_MS)).toBeNull()
	})

	test('invalidating one session, or all of a user', () => {
		const a = createSession(userId, t0)
		const b = createSession(userId, t0)
		invalidateSession(a.session.id)
		expect(validateSessionToken(a.token, t0)).toBeNull()
		expect(validateSessionToken(b.token, t0)).not.toBeNull()
		invalidateUserSessions(userId)
		expect(validateSessionToken(b.token, t0)).toBeNull()
	})

	test('a disabled user has no valid session', async () => {
		const organisation = createOrganisation(db, { kind: 'supplier' })
		const other = await createUser(db, { organisationId: organisation.id, role: 'supplier', passwordHash: 'x' })
		const { token } = createSession(other.id, t0)
		db.update(users).set({ status: 'disabled' }).where(eq(users.id, other.id)).run()
		expect(validateSessionToken(token, t0)).toBeNull()
	})
})

describe('signing a person in to a browser that holds a session', () => {
	const ctx = { ip: '203.0.113.30', now: t0 }
	const rowOf = (id: string) => db.select().from(sessions).where(eq(sessions.id, id)).get()

	test('ends the session it held, someone else’s, with a record that they were signed out; the old token signs nobody in', async () => {
		const next = await createUser(db, {
			organisationId: createOrganisation(db, { kind: 'supplier' }).id,
			role: 'supplier',
			passwordHash: 'x',
		})
		const held = createSession(userId, t0)
		const started = replaceSession(held.token, next.id, ctx)
		expect(rowOf(held.session.id)).toBeUndefined()
		expect(validateSessionToken(held.token, t0 + 1000)).toBeNull()
		expect(validateSessionToken(started.token, t0 + 1000)?.user.id).toBe(next.id)
		const signedOut = db
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.action, 'sign_out'), eq(auditEvents.subjectId, String(userId)), eq(auditEvents.ip, ctx.ip)),
			)
			.all()
		expect(signedOut).toMatchObject([{ actorUserId: userId, detail: { via: 'sign_in' } }])
	})

	test('ends it when it is the same person’s too: a new sign-in is always a new session', () => {
		const held = createSession(userId, t0)
		const started = replaceSession(held.token, userId, ctx)
		expect(started.token).not.toBe(held.token)
		expect(rowOf(held.session.id)).toBeUndefined()
	})

	test('ends nothing for a token whose secret is wrong, or no token', () => {
		const held = createSession(userId, t0)
		endHeldSession(`${held.token.split('.')[0]}.${'a'.repeat(24)}`, ctx)
		endHeldSession('garbage', ctx)
		endHeldSession(null, ctx)
		expect(rowOf(held.session.id)).toBeDefined()
	})
})

describe('signing out', () => {
	test('ends only this session, with a record that its person signed out', () => {
		const kept = createSession(userId, t0)
		const { token } = createSession(userId, t0)
		const current = validateSessionToken(token, t0)!
		signOut(current, { ip: '203.0.113.7', now: t0 + 5 })
		expect(validateSessionToken(token, t0 + 10)).toBeNull()
		expect(validateSessionToken(kept.token, t0 + 10)?.user.id).toBe(userId)
		const events = db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'sign_out'), eq(auditEvents.at, t0 + 5)))
			.all()
		expect(events).toMatchObject([
			{ actorUserId: userId, subjectType: 'user', subjectId: String(userId), ip: '203.0.113.7', detail: null },
		])
	})
})

describe('the session cookie', () => {
	test('is HttpOnly and SameSite=Lax, and expires with the session', () => {
		const cookie = sessionCookie('abc.def', { createdAt: t0, lastVerifiedAt: t0 })
		expect(cookie).toContain(`${SESSION_COOKIE}=abc.def`)
		expect(cookie).toContain('HttpOnly')
		expect(cookie).toContain('SameSite=Lax')
		expect(cookie).toContain(`Expires=${new Date(t0 + SESSION_INACTIVITY_TIMEOUT_MS).toUTCString()}`)
		// The test environment's APP_URL is http, so the cookie cannot be Secure there.
		expect(cookie).not.toContain('Secure')
	})

	test('is Secure when the portal is served over https, as production requires', () => {
		const env = parseEnv({ NODE_ENV: 'production', APP_URL: 'https://portal.council.example' })
		expect(sessionCookie('abc.def', { createdAt: t0, lastVerifiedAt: t0 }, env)).toContain('; Secure')
		expect(clearedSessionCookie(env)).toContain('; Secure')
	})

	test('is read back from a request', () => {
		const request = new Request('http://localhost/', { headers: { Cookie: `other=1; ${SESSION_COOKIE}=abc.def` } })
		expect(readSessionToken(request)).toBe('abc.def')
		expect(readSessionToken(new Request('http://localhost/'))).toBeNull()
	})

	test('that is not valid percent-encoding is no session, not an error', () => {
		for (const value of ['%', '%E0%A4%A', 'abc%zz']) {
			expect(
				readSessionToken(new Request('http://localhost/', { headers: { Cookie: `${SESSION_COOKIE}=${value}` } })),
				value,
			).toBeNull()
		}
	})
})

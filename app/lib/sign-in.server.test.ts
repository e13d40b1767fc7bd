import { and, eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, users } from '#db/schema.ts'
import { signIn } from './sign-in.server.ts'

const password = 'correct horse battery 9'
const t0 = Date.UTC(2027, 3, 1, 9, 0)
let organisationId: number

beforeAll(() => {
	organisationId = createOrganisation(db, { kind: 'supplier' }).id
})

async function newUser() {
	return createUser(db, { organisationId, role: 'supplier', password })
}

test('the right password signs in, case-insensitively on the email, with an audit event', async () => {
	const user = await newUser()
	const result = await signIn({ email: `  ${user.email.toUpperCase()} `, password, ip: '203.0.113.1', now: t0 })
	expect(result.ok).toBe(true)
	const events = db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.action, 'sign_in'), eq(auditEvents.actorUserId, user.id)))
		.all()
	expect(events).toHaveLength(1)
})

test('a wrong password fails and is audited', async () => {
	const user = await newUser()
	expect(await signIn({ email: user.email, password: 'wrong password!', ip: '203.0.113.2', now: t0 })).toEqual({
		ok: false,
		reason: 'invalid',
	})
	const events = db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.action, 'sign_in_failed'), eq(auditEvents.subjectId, String(user.id))))
		.all()
	expect(events).toHaveLength(1)
})

test('an unknown email fails the same way', async () => {
	expect(await signIn({ email: 'nobody@example.com', password, ip: '203.0.113.3', now: t0 })).toEqual({
		ok: false,
		reason: 'invalid',
	})
})

test('a disabled or invited user cannot sign in', async () => {
	const disabled = await newUser()
	db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.id)).run()
	expect((await signIn({ email: disabled.email, password, ip: '203.0.113.4', now: t0 })).ok).toBe(false)
	const invited = await createUser(db, { organisationId, role: 'supplier', status: 'invited', password: null })
	expect((await signIn({ email: invited.email, password, ip: '203.0.113.4', now: t0 })).ok).toBe(false)
})

test('five failures for an account block even the right password for 15 minutes', async () => {
	const user = await newUser()
	for (let i = 0; i < 5; i++) {
		await signIn({ email: user.email, password: 'wrong password!', ip: `198.51.100.${i}`, now: t0 + i * 1000 })
	}
	expect(await signIn({ email: user.email, password, ip: '198.51.100.99', now: t0 + 60_000 })).toEqual({
		ok: false,
		reason: 'throttled',
		retryAfterMinutes: 14,
	})
	expect((await signIn({ email: user.email, password, ip: '198.51.100.99', now: t0 + 15 * 60_000 + 5_000 })).ok).toBe(
		true,
	)
})

test('twenty failures from one address block that address for every account', async () => {
	const ip = '192.0.2.50'
	for (let i = 0; i < 20; i++) {
		await signIn({ email: `guess${i}@example.com`, password: 'wrong password!', ip, now: t0 + i })
	}
	const user = await newUser()
	expect((await signIn({ email: user.email, password, ip, now: t0 + 1000 })).ok).toBe(false)
	expect((await signIn({ email: user.email, password, ip: '192.0.2.51', now: t0 + 1000 })).ok).toBe(true)
})

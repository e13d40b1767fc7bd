import { and, eq } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, organisations, outbox, sessions, users } from '#db/schema.ts'
import { RegistrationSchema } from '#app/domain/suppliers/registration.ts'
import type { SessionUser } from './auth.server.ts'
import { createSession } from './session.server.ts'
import { signIn } from './sign-in.server.ts'
import { inviteColleague, removeMember, setReminderRecipients } from './supplier-organisation.server.ts'
import { confirmEmail, registerSupplier, resendVerification } from './supplier-registration.server.ts'

const ctx = { ip: '198.51.100.10', now: Date.UTC(2027, 0, 10) }
let count = 0
function registration(change: Record<string, string> = {}) {
	count++
	return RegistrationSchema.parse({
		organisationName: `Charity ${count}`,
		supplierType: 'vcse',
		registrationNumber: '',
		postcode: 'EX1 1AA',
		name: 'Jo Founder',
		email: `jo${count}@charity.example`,
		password: 'river kettle orange 19',
		confirmPassword: 'river kettle orange 19',
		...change,
	})
}

function tokenFromMail(to: string) {
	const mail = db.select().from(outbox).where(eq(outbox.to, to)).all().at(-1)!
	return decodeURIComponent(mail.text.match(/token=([^\s]+)/)![1]!)
}

describe('registration', () => {
	test('creates an unconfirmed organisation administrator who cannot sign in until confirmed', async () => {
		const input = registration({ registrationNumber: 'sc123456' })
		expect(await registerSupplier(input, ctx)).toBe('check-email')
		const user = db.select().from(users).where(eq(users.email, input.email)).get()!
		expect(user).toMatchObject({ status: 'unverified', isOrgAdmin: true, receivesReminders: true, role: 'supplier' })
		expect(db.select().from(organisations).where(eq(organisations.id, user.organisationId)).get()).toMatchObject({
			registrationNumber: 'SC123456',
			supplierType: 'vcse',
		})
		expect(await signIn({ email: input.email, password: input.password, ip: ctx.ip, now: ctx.now })).toEqual({
			ok: false,
			reason: 'unverified',
		})
		expect(await signIn({ email: input.email, password: 'wrong password!!', ip: ctx.ip, now: ctx.now })).toEqual({
			ok: false,
			reason: 'invalid',
		})

		const confirmed = confirmEmail(tokenFromMail(input.email), ctx, null)
		expect(confirmed?.user.status).toBe('active')
		expect((await signIn({ email: input.email, password: input.password, ip: ctx.ip, now: ctx.now })).ok).toBe(true)
		expect(confirmEmail(tokenFromMail(input.email), ctx, null)).toBeNull()
	})

	test('confirming the email in a browser signed in as someone else ends that session and signs the new person in', async () => {
		const someoneElse = await createUser(db, {
			organisationId: createOrganisation(db, { kind: 'supplier' }).id,
			role: 'supplier',
			passwordHash: 'x',
		})
		const held = createSession(someoneElse.id, ctx.now)
		const input = registration()
		await registerSupplier(input, ctx)
		const confirmed = confirmEmail(tokenFromMail(input.email), ctx, held.token)
		expect(confirmed?.session.userId).toBe(confirmed?.user.id)
		expect(db.select().from(sessions).where(eq(sessions.id, held.session.id)).get()).toBeUndefined()
	})

	test('an existing organisation, by name or number, is not registered again, and nothing is created', async () => {
		const first = registration({ registrationNumber: '01234567' })
		await registerSupplier(first, ctx)
		const before = db.select().from(users).all().length
		expect(await registerSupplier(registration({ organisationName: first.organisationName.toUpperCase() }), ctx)).toBe(
			'organisation-exists',
		)
		expect(await registerSupplier(registration({ registrationNumber: '01234567' }), ctx)).toBe('organisation-exists')
		expect(db.select().from(users).all().length).toBe(before)
	})

	test('an email that already has an account gets a warning email, and the same answer', async () => {
		const first = registration()
		await registerSupplier(first, ctx)
		expect(await registerSupplier(registration({ email: first.email }), { ...ctx, now: ctx.now + 120_000 })).toBe(
			'check-email',
		)
		expect(
			db
				.select()
				.from(outbox)
				.where(and(eq(outbox.to, first.email), eq(outbox.subject, 'You already have an account')))
				.all(),
		).toHaveLength(1)
	})

	test('a new link can be asked for, at most once a minute, and replaces the old one', async () => {
		const input = registration()
		await registerSupplier(input, ctx)
		const firstToken = tokenFromMail(input.email)
		resendVerification(input.email, ctx)
		expect(tokenFromMail(input.email)).toBe(firstToken)
		resendVerification(input.email, { ...ctx, now: ctx.now + 61_000 })
		const secondToken = tokenFromMail(input.email)
		expect(secondToken).not.toBe(firstToken)
		expect(confirmEmail(firstToken, ctx, null)).toBeNull()
		expect(confirmEmail(secondToken, { ...ctx, now: ctx.now + 62_000 }, null)?.user.status).toBe('active')
		expect(db.select().from(auditEvents).where(eq(auditEvents.action, 'email_verified')).all().length).toBeGreaterThan(
			0,
		)
	})
})

describe('two supplier organisations never touch each other', () => {
	async function organisationWithAdmin() {
		const organisation = createOrganisation(db, { kind: 'supplier' })
		const admin = await createUser(db, {
			organisationId: organisation.id,
			role: 'supplier',
			passwordHash: 'x',
			isOrgAdmin: true,
			receivesReminders: true,
		})
		const member = await createUser(db, { organisationId: organisation.id, role: 'supplier', passwordHash: 'x' })
		const session: SessionUser = {
			id: admin.id,
			email: admin.email,
			name: admin.name,
			role: 'supplier',
			organisationId: organisation.id,
		}
		return { organisation, admin, member, session }
	}

	test('an administrator cannot remove, or make a reminder recipient of, another organisation’s member', async () => {
		const a = await organisationWithAdmin()
		const b = await organisationWithAdmin()
		expect(removeMember(a.session, { userId: b.member.id, version: b.member.version }, ctx)).toMatchObject({
			ok: false,
		})
		expect(setReminderRecipients(a.session, [a.admin.id, b.member.id], ctx)).toMatchObject({ ok: false })
		expect(db.select().from(users).where(eq(users.id, b.member.id)).get()).toMatchObject({
			status: 'active',
			receivesReminders: false,
		})
	})

	test('removing a member ends their sessions; the last reminder recipient cannot be removed', async () => {
		const a = await organisationWithAdmin()
		db.insert(sessions)
			.values({
				id: `s${Date.now()}`,
				userId: a.member.id,
				secretHash: Buffer.alloc(32),
				createdAt: ctx.now,
				lastVerifiedAt: ctx.now,
			})
			.run()
		expect(removeMember(a.session, { userId: a.member.id, version: a.member.version }, ctx)).toEqual({ ok: true })
		expect(db.select().from(sessions).where(eq(sessions.userId, a.member.id)).all()).toHaveLength(0)
		expect(setReminderRecipients(a.session, [], ctx)).toMatchObject({ ok: false, field: 'recipients' })
	})

	test('reminder recipients are set for exactly the chosen members', async () => {
		const a = await organisationWithAdmin()
		expect(setReminderRecipients(a.session, [a.member.id], ctx)).toEqual({ ok: true })
		expect(db.select().from(users).where(eq(users.id, a.admin.id)).get()?.receivesReminders).toBe(false)
		expect(db.select().from(users).where(eq(users.id, a.member.id)).get()?.receivesReminders).toBe(true)
	})

	test('a colleague is invited into the inviter’s organisation', async () => {
		const a = await organisationWithAdmin()
		const result = inviteColleague(a.session, { name: 'New Colleague', email: `new${Date.now()}@a.example` }, ctx)
		if (!result.ok) throw new Error(result.message)
		expect(db.select().from(users).where(eq(users.id, result.userId)).get()).toMatchObject({
			organisationId: a.organisation.id,
			status: 'invited',
			role: 'supplier',
			isOrgAdmin: false,
		})
	})
})

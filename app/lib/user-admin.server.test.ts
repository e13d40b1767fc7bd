import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, oneTimeTokens, outbox, sessions, users } from '#db/schema.ts'
import type { SessionUser } from './auth.server.ts'
import { setPasswordWithToken } from './password-change.server.ts'
import { createSession } from './session.server.ts'
import {
	USER_ACTIVITY_LIMIT,
	changeRole,
	USER_NOT_FOUND,
	inviteCouncilUser,
	listUsers,
	resendInvitation,
	setUserDisabled,
	userWithActivity,
} from './user-admin.server.ts'

const ctx = { ip: '203.0.113.9', now: Date.UTC(2027, 3, 1, 9) }
let admin: SessionUser
let councilId: number
let councilName: string

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	councilId = council.id
	councilName = council.name
	const row = await createUser(db, { organisationId: councilId, role: 'admin', name: 'Ada Admin', passwordHash: 'x' })
	admin = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
})

function auditFor(userId: number, action: string) {
	return db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.subjectId, String(userId)), eq(auditEvents.action, action)))
		.all()
}

describe('inviting council staff', () => {
	test('creates an invited user, a token, an outbox email and an audit event together', () => {
		const result = inviteCouncilUser(
			admin,
			{ name: 'Morgan', email: 'Morgan@Council.example', role: 'contract_manager' },
			ctx,
		)
		if (!result.ok) throw new Error(result.message)
		const user = db.select().from(users).where(eq(users.id, result.userId)).get()
		expect(user).toMatchObject({
			email: 'morgan@council.example',
			status: 'invited',
			role: 'contract_manager',
			passwordHash: null,
		})
		expect(db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, result.userId)).all()).toHaveLength(1)
		const mail = db.select().from(outbox).where(eq(outbox.to, 'morgan@council.example')).get()
		expect(mail?.subject).toContain('invited')
		expect(mail?.text).toContain('/accept-invitation?token=')
		expect(auditFor(result.userId, 'user_invited')).toHaveLength(1)
	})

	test('refuses an email that already has an account, changing nothing', () => {
		const before = db.select().from(outbox).all().length
		const result = inviteCouncilUser(admin, { name: 'Again', email: admin.email, role: 'admin' }, ctx)
		expect(result).toEqual({ ok: false, field: 'email', message: 'A user with this email address already exists' })
		expect(db.select().from(outbox).all().length).toBe(before)
	})

	test('the invitee sets a password through the link and is signed in', async () => {
		const result = inviteCouncilUser(admin, { name: 'Lee', email: 'lee@council.example', role: 'admin' }, ctx)
		if (!result.ok) throw new Error(result.message)
		const text = db.select().from(outbox).where(eq(outbox.to, 'lee@council.example')).get()!.text
		const token = decodeURIComponent(text.match(/token=([^\s]+)/)![1]!)
		const outcome = await setPasswordWithToken({
			token,
			purpose: 'invitation',
			password: 'lee picks a good one',
			ip: ctx.ip,
			now: ctx.now,
			heldSessionToken: null,
		})
		expect(outcome?.user.status).toBe('active')
		expect(auditFor(result.userId, 'invitation_accepted')).toHaveLength(1)
		// The link works once.
		expect(
			await setPasswordWithToken({
				token,
				purpose: 'invitation',
				password: 'another good one',
				ip: ctx.ip,
				now: ctx.now,
				heldSessionToken: null,
			}),
		).toBeNull()
	})

	test('accepting an invitation in a browser signed in as someone else ends that session', async () => {
		const result = inviteCouncilUser(
			admin,
			{ name: 'Kit', email: 'kit@council.example', role: 'contract_manager' },
			ctx,
		)
		if (!result.ok) throw new Error(result.message)
		const text = db.select().from(outbox).where(eq(outbox.to, 'kit@council.example')).get()!.text
		const token = decodeURIComponent(text.match(/token=([^\s]+)/)![1]!)
		const held = createSession(admin.id, ctx.now)
		const outcome = await setPasswordWithToken({
			token,
			purpose: 'invitation',
			password: 'kit picks a good one',
			ip: ctx.ip,
			now: ctx.now,
			heldSessionToken: held.token,
		})
		expect(outcome?.session.userId).toBe(result.userId)
		expect(db.select().from(sessions).where(eq(sessions.id, held.session.id)).get()).toBeUndefined()
		expect(auditFor(admin.id, 'sign_out')).toMatchObject([{ actorUserId: admin.id, detail: { via: 'sign_in' } }])
	})
})

describe('changing roles and access', () => {
	test('a role change is audited and bumps the version', async () => {
		const target = await createUser(db, { organisationId: councilId, role: 'contract_manager', passwordHash: 'x' })
		expect(changeRole(admin, { userId: target.id, role: 'admin', version: target.version }, ctx)).toEqual({ ok: true })
		const after = db.select().from(users).where(eq(users.id, target.id)).get()
		expect(after).toMatchObject({ role: 'admin', version: target.version + 1 })
		expect(auditFor(target.id, 'role_changed')[0]?.detail).toEqual({ from: 'contract_manager', to: 'admin' })
	})

	test('a change from a stale page is refused and changes nothing', async () => {
		const target = await createUser(db, { organisationId: councilId, role: 'contract_manager', passwordHash: 'x' })
		setUserDisabled(admin, { userId: target.id, disabled: true, version: target.version }, ctx)
		const result = changeRole(admin, { userId: target.id, role: 'admin', version: target.version }, ctx)
		expect(result.ok).toBe(false)
		expect(db.select().from(users).where(eq(users.id, target.id)).get()?.role).toBe('contract_manager')
	})

	test('disabling ends every session at once; enabling restores access', async () => {
		const target = await createUser(db, { organisationId: councilId, role: 'contract_manager', passwordHash: 'x' })
		createSession(target.id, ctx.now)
		createSession(target.id, ctx.now)
		expect(setUserDisabled(admin, { userId: target.id, disabled: true, version: target.version }, ctx)).toEqual({
			ok: true,
		})
		expect(db.select().from(sessions).where(eq(sessions.userId, target.id)).all()).toHaveLength(0)
		expect(auditFor(target.id, 'user_disabled')).toHaveLength(1)
		expect(setUserDisabled(admin, { userId: target.id, disabled: false, version: target.version + 1 }, ctx)).toEqual({
			ok: true,
		})
		expect(db.select().from(users).where(eq(users.id, target.id)).get()?.status).toBe('active')
	})

	test('administrators cannot lock themselves out', () => {
		expect(changeRole(admin, { userId: admin.id, role: 'contract_manager', version: 1 }, ctx).ok).toBe(false)
		expect(setUserDisabled(admin, { userId: admin.id, disabled: true, version: 1 }, ctx).ok).toBe(false)
	})

	test('supplier roles are not changed from the council staff form', async () => {
		const supplierOrg = createOrganisation(db, { kind: 'supplier' })
		const supplier = await createUser(db, { organisationId: supplierOrg.id, role: 'supplier', passwordHash: 'x' })
		expect(changeRole(admin, { userId: supplier.id, role: 'admin', version: supplier.version }, ctx).ok).toBe(false)
		expect(db.select().from(users).where(eq(users.id, supplier.id)).get()?.role).toBe('supplier')
	})
})

describe('reading users', () => {
	test('the list puts council staff first, then suppliers by organisation, each by name', async () => {
		const zed = createOrganisation(db, { kind: 'supplier', name: 'Zed Supplies' })
		const acme = createOrganisation(db, { kind: 'supplier', name: 'Acme Works' })
		await createUser(db, { organisationId: zed.id, role: 'supplier', name: 'Abe Zed' })
		await createUser(db, { organisationId: acme.id, role: 'supplier', name: 'Yan Acme' })
		await createUser(db, { organisationId: acme.id, role: 'supplier', name: 'Bea Acme' })
		const listed = listUsers(councilId)
		const kinds = listed.map((user) => user.organisationKind)
		expect(kinds.indexOf('supplier')).toBeGreaterThan(kinds.lastIndexOf('council'))
		const suppliers = listed.filter(
			(user) => user.organisation === 'Zed Supplies' || user.organisation === 'Acme Works',
		)
		expect(suppliers.map((user) => [user.organisation, user.name])).toEqual([
			['Acme Works', 'Bea Acme'],
			['Acme Works', 'Yan Acme'],
			['Zed Supplies', 'Abe Zed'],
		])
		expect(listed.find((user) => user.id === admin.id)).toMatchObject({
			email: admin.email,
			role: 'admin',
			status: 'active',
			organisationKind: 'council',
		})
	})

	test('a user comes with their organisation and the latest events about them, newest first, by whom', async () => {
		const target = await createUser(db, { organisationId: councilId, role: 'contract_manager', passwordHash: 'x' })
		const other = await createUser(db, { organisationId: councilId, role: 'contract_manager', passwordHash: 'x' })
		changeRole(admin, { userId: target.id, role: 'admin', version: target.version }, { ...ctx, now: ctx.now + 1 })
		setUserDisabled(
			admin,
			{ userId: target.id, disabled: true, version: target.version + 1 },
			{ ...ctx, now: ctx.now + 2 },
		)
		setUserDisabled(admin, { userId: other.id, disabled: true, version: other.version }, ctx)
		const found = userWithActivity(councilId, target.id)
		expect(found?.user).toMatchObject({
			id: target.id,
			name: target.name,
			role: 'admin',
			status: 'disabled',
			version: target.version + 2,
		})
		expect(found?.user.organisation).toBe(councilName)
		expect(found?.activity.map((event) => [event.action, event.actor])).toEqual([
			['user_disabled', 'Ada Admin'],
			['role_changed', 'Ada Admin'],
		])
	})

	test('only the latest events are listed', async () => {
		const target = await createUser(db, { organisationId: councilId, role: 'contract_manager', passwordHash: 'x' })
		for (let i = 0; i <= USER_ACTIVITY_LIMIT; i += 1) {
			const version = target.version + i
			setUserDisabled(admin, { userId: target.id, disabled: i % 2 === 0, version }, { ...ctx, now: ctx.now + i })
		}
		const activity = userWithActivity(councilId, target.id)!.activity
		expect(activity).toHaveLength(USER_ACTIVITY_LIMIT)
		expect(activity[0]?.at).toBe(ctx.now + USER_ACTIVITY_LIMIT)
	})

	test('no user, no page', () => {
		expect(userWithActivity(councilId, 999_999)).toBeNull()
	})
})

describe('another council', () => {
	test('its administrator neither sees nor changes this council’s staff, and keeps its own administrator', async () => {
		const other = createOrganisation(db, { kind: 'council', name: 'Otherside Council' })
		const otherRow = await createUser(db, { organisationId: other.id, role: 'admin', passwordHash: 'x' })
		const otherAdmin: SessionUser = { ...otherRow, organisationId: other.id }
		const ours = await createUser(db, { organisationId: councilId, role: 'contract_manager', passwordHash: 'x' })
		const invited = inviteCouncilUser(admin, { name: 'Ivy', email: 'ivy@council.example', role: 'admin' }, ctx)
		if (!invited.ok) throw new Error(invited.message)

		expect(listUsers(other.id).map((user) => user.id)).not.toContain(ours.id)
		expect(listUsers(other.id).map((user) => user.id)).toContain(otherRow.id)
		expect(listUsers(councilId).map((user) => user.id)).not.toContain(otherRow.id)
		expect(userWithActivity(other.id, ours.id)).toBeNull()
		expect(changeRole(otherAdmin, { userId: ours.id, role: 'admin', version: ours.version }, ctx)).toEqual({
			ok: false,
			message: USER_NOT_FOUND,
		})
		expect(setUserDisabled(otherAdmin, { userId: ours.id, disabled: true, version: ours.version }, ctx)).toEqual({
			ok: false,
			message: USER_NOT_FOUND,
		})
		expect(resendInvitation(otherAdmin, invited.userId, ctx)).toEqual({ ok: false, message: USER_NOT_FOUND })
		expect(db.select().from(users).where(eq(users.id, ours.id)).get()).toMatchObject({
			role: 'contract_manager',
			status: 'active',
			version: ours.version,
		})
		// Its only administrator cannot be disabled, whatever this council has.
		const colleague = await createUser(db, { organisationId: other.id, role: 'admin', passwordHash: 'x' })
		const colleagueAdmin: SessionUser = { ...colleague, organisationId: other.id }
		setUserDisabled(colleagueAdmin, { userId: otherRow.id, disabled: true, version: otherRow.version }, ctx)
		expect(
			setUserDisabled(otherAdmin, { userId: colleague.id, disabled: true, version: colleague.version }, ctx),
		).toMatchObject({ ok: false })
	})

	test('a council’s invitation is its own mail, and its events are its own', () => {
		const invited = inviteCouncilUser(admin, { name: 'Oona', email: 'oona@council.example', role: 'admin' }, ctx)
		if (!invited.ok) throw new Error(invited.message)
		expect(db.select().from(outbox).where(eq(outbox.to, 'oona@council.example')).get()?.councilId).toBe(councilId)
		expect(auditFor(invited.userId, 'user_invited')[0]?.councilId).toBe(councilId)
	})
})

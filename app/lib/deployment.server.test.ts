import { and, count, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, councils, oneTimeTokens, organisations, outbox, tomsUnits, users } from '#db/schema.ts'
import { standardUnits } from '#app/domain/councils/standard-units.ts'
import type { SessionUser } from './auth.server.ts'
import { setPasswordWithToken } from './password-change.server.ts'
import {
	addCouncil,
	councilSummaries,
	deploymentRoleHolders,
	grantConsortiumRole,
	removeConsortiumRole,
	type NewCouncilForm,
} from './deployment.server.ts'

const ctx = { ip: '203.0.113.7', now: Date.UTC(2027, 5, 1, 9) }
let deployer: SessionUser
let homeCouncilId: number

beforeAll(async () => {
	homeCouncilId = createOrganisation(db, { kind: 'council', name: 'Exampleshire Council' }).id
	const row = await createUser(db, {
		organisationId: homeCouncilId,
		role: 'admin',
		name: 'Dee Ployer',
		passwordHash: 'x',
		deploymentRole: 'administrator',
	})
	deployer = { ...row, deploymentRole: 'administrator' }
})

const northshire: NewCouncilForm = {
	name: 'Northshire District Council',
	shortName: 'Northshire',
	slug: 'northshire',
	host: 'SV.Northshire.gov.uk',
	adminName: 'Ali Khan',
	adminEmail: 'Ali.Khan@Northshire.example',
}

const councilCount = () => db.select({ n: count() }).from(councils).get()!.n
const userCount = () => db.select({ n: count() }).from(users).get()!.n

describe('adding a council', () => {
	test('makes the council with its standard units and invites its first administrator, all at once', async () => {
		const result = addCouncil(deployer, northshire, ctx)
		if (!result.ok) throw new Error(result.message)
		expect(db.select().from(councils).where(eq(councils.id, result.councilId)).get()).toMatchObject({
			slug: 'northshire',
			shortName: 'Northshire',
			host: 'sv.northshire.gov.uk',
		})
		expect(db.select().from(organisations).where(eq(organisations.id, result.councilId)).get()).toMatchObject({
			kind: 'council',
			name: 'Northshire District Council',
		})
		const units = db.select().from(tomsUnits).where(eq(tomsUnits.councilId, result.councilId)).all()
		expect(units.map((unit) => unit.key).sort()).toEqual(standardUnits.map((unit) => unit.key).sort())

		const admin = db.select().from(users).where(eq(users.id, result.adminId)).get()!
		expect(admin).toMatchObject({
			organisationId: result.councilId,
			email: 'ali.khan@northshire.example',
			role: 'admin',
			status: 'invited',
			deploymentRole: null,
		})
		const mail = db.select().from(outbox).where(eq(outbox.to, 'ali.khan@northshire.example')).get()!
		// The invitation is to the new council's portal, from the person who added it.
		expect(mail.subject).toBe('You have been invited to the Northshire District Council social value portal')
		expect(mail.text).toContain('Dee Ployer has invited you')
		expect(
			db
				.select({ action: auditEvents.action, councilId: auditEvents.councilId })
				.from(auditEvents)
				.where(eq(auditEvents.actorUserId, deployer.id))
				.all(),
		).toEqual([
			{ action: 'council_created', councilId: result.councilId },
			{ action: 'user_invited', councilId: result.councilId },
		])

		// Accepting the invitation makes them an active administrator of their council only.
		const token = mail.text.match(/token=([^\s&]+)/)![1]!
		expect(db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, admin.id)).all()).toHaveLength(1)
		const accepted = await setPasswordWithToken({
			token: decodeURIComponent(token),
			purpose: 'invitation',
			password: 'a long new password 77',
			ip: ctx.ip,
			now: ctx.now + 1000,
			heldSessionToken: null,
		})
		expect(accepted).not.toBeNull()
		expect(db.select().from(users).where(eq(users.id, admin.id)).get()).toMatchObject({
			status: 'active',
			organisationId: result.councilId,
		})
	})

	test.each([
		[
			'name',
			{ name: 'northshire district council', slug: 'north-2', host: undefined },
			'A council with this name already exists',
		],
		[
			'slug',
			{ name: 'Southshire Council', slug: 'northshire', host: undefined },
			'Another council already has this short address',
		],
		[
			'host',
			{ name: 'Southshire Council', slug: 'southshire', host: 'sv.northshire.gov.uk' },
			'Another council already has this host name',
		],
		[
			'adminEmail',
			{ name: 'Southshire Council', slug: 'southshire', host: undefined, adminEmail: 'ALI.KHAN@northshire.example' },
			'A user with this email address already exists',
		],
	])('refuses a council whose %s is taken, making nothing', (field, change, message) => {
		const before = { councils: councilCount(), users: userCount() }
		expect(
			addCouncil(deployer, { ...northshire, adminEmail: 'someone.new@southshire.example', ...change }, ctx),
		).toEqual({
			ok: false,
			field,
			message,
		})
		expect({ councils: councilCount(), users: userCount() }).toEqual(before)
	})

	test('lists every council with its staff and contracts', () => {
		const summaries = councilSummaries()
		expect(summaries.map((council) => [council.name, council.slug, council.staff, council.contracts])).toEqual([
			['Exampleshire Council', 'exampleshire-council', 1, 0],
			['Northshire District Council', 'northshire', 1, 0],
		])
	})
})

describe('the consortium role', () => {
	test('is granted to council staff, shown with the deployment administrators, and removed again', async () => {
		const officer = await createUser(db, {
			organisationId: homeCouncilId,
			role: 'contract_manager',
			name: 'Cora Officer',
			email: 'cora@exampleshire.example',
		})
		expect(grantConsortiumRole(deployer, 'CORA@exampleshire.example', ctx)).toEqual({ ok: true })
		expect(deploymentRoleHolders().map((holder) => [holder.name, holder.deploymentRole])).toEqual([
			['Dee Ployer', 'administrator'],
			['Cora Officer', 'consortium'],
		])
		const granted = db.select().from(users).where(eq(users.id, officer.id)).get()!
		expect(removeConsortiumRole(deployer, { userId: officer.id, version: granted.version - 1 }, ctx).ok).toBe(false)
		expect(removeConsortiumRole(deployer, { userId: officer.id, version: granted.version }, ctx)).toEqual({ ok: true })
		expect(db.select().from(users).where(eq(users.id, officer.id)).get()!.deploymentRole).toBeNull()
		expect(
			db
				.select({ action: auditEvents.action })
				.from(auditEvents)
				.where(and(eq(auditEvents.subjectType, 'user'), eq(auditEvents.subjectId, String(officer.id))))
				.all()
				.map((event) => event.action),
		).toEqual(['deployment_role_granted', 'deployment_role_removed'])
	})

	test('is never a supplier’s, nor needed by a deployment administrator', async () => {
		const supplier = await createUser(db, {
			organisationId: createOrganisation(db, { kind: 'supplier' }).id,
			role: 'supplier',
			email: 'sid@supplier.example',
		})
		expect(grantConsortiumRole(deployer, supplier.email, ctx)).toMatchObject({ ok: false, field: 'email' })
		expect(grantConsortiumRole(deployer, 'nobody@nowhere.example', ctx)).toMatchObject({ ok: false, field: 'email' })
		expect(grantConsortiumRole(deployer, deployer.email, ctx)).toMatchObject({ ok: false, field: 'email' })
		expect(db.select().from(users).where(eq(users.id, supplier.id)).get()!.deploymentRole).toBeNull()
	})
})

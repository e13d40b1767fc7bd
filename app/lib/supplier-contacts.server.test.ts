import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, organisations, outbox, users } from '#db/schema.ts'
import type { SessionUser } from './auth.server.ts'
import { session } from '#tests/tender-fixture.ts'
import { addSupplierWithContact, inviteSupplierContact, matchSupplier } from './supplier-contacts.server.ts'
import { reachableMembers } from './supplier-members.server.ts'

const ctx = { ip: '198.51.100.20', now: Date.UTC(2027, 1, 3) }

async function officer(): Promise<SessionUser> {
	const council = createOrganisation(db, { kind: 'council', name: `Council ${Math.random()}` })
	const user = await createUser(db, { organisationId: council.id, role: 'contract_manager', name: 'Priya Officer' })
	return session(user)
}

const newSupplier = (suffix: string) => ({
	name: `Riverside Care ${suffix}`,
	registrationNumber: null,
	supplierType: 'vcse' as const,
	contactName: 'Ola Contact',
	contactEmail: `Ola.${suffix}@Riverside.example`,
})

test('a supplier the council adds is matched by registration number, then by name, never duplicated', async () => {
	const actor = await officer()
	const known = createOrganisation(db, { kind: 'supplier', name: 'Known Builders Ltd', registrationNumber: 'SC654321' })
	expect(matchSupplier(db, { name: 'Other name', registrationNumber: 'sc654321' })).toEqual({
		id: known.id,
		name: 'Known Builders Ltd',
		by: 'registration number',
	})
	expect(matchSupplier(db, { name: '  known builders LTD ', registrationNumber: null })).toMatchObject({ by: 'name' })
	expect(matchSupplier(db, { name: 'Nobody Yet Ltd', registrationNumber: '01234567' })).toBeNull()

	const before = db.select().from(organisations).all().length
	const byName = db.transaction((tx) =>
		addSupplierWithContact(tx, { ...newSupplier('a'), name: 'KNOWN BUILDERS LTD' }, actor, ctx),
	)
	expect(byName).toEqual({ ok: false, field: 'name', message: expect.stringContaining('already a supplier') })
	const byNumber = db.transaction((tx) =>
		addSupplierWithContact(tx, { ...newSupplier('b'), registrationNumber: 'SC654321' }, actor, ctx),
	)
	expect(byNumber).toMatchObject({ ok: false, field: 'registrationNumber' })
	expect(db.select().from(organisations).all()).toHaveLength(before)
})

test('the contact of an added supplier is invited to claim it and hears its news until a member is active', async () => {
	const actor = await officer()
	const added = db.transaction((tx) => addSupplierWithContact(tx, newSupplier('c'), actor, ctx))
	if (!added.ok) throw new Error(added.message)
	const contact = db.select().from(users).where(eq(users.id, added.contactUserId)).get()!
	expect(contact).toMatchObject({
		email: 'ola.c@riverside.example',
		status: 'invited',
		isOrgAdmin: true,
		receivesReminders: true,
		organisationId: added.organisationId,
	})
	const invitation = db.select().from(outbox).where(eq(outbox.to, 'ola.c@riverside.example')).get()!
	expect(invitation.text).toContain('/accept-invitation?token=')
	expect(invitation.text).toContain('Riverside Care c')
	expect(db.select().from(auditEvents).where(eq(auditEvents.action, 'supplier_added')).all().at(-1)?.subjectId).toBe(
		String(added.organisationId),
	)

	expect(db.transaction((tx) => reachableMembers(tx, [added.organisationId])).map((m) => m.email)).toEqual([
		'ola.c@riverside.example',
	])
	// Once someone from the organisation is active, the unclaimed invitation no longer receives its news.
	await createUser(db, { organisationId: added.organisationId, role: 'supplier', email: 'lee.c@riverside.example' })
	expect(db.transaction((tx) => reachableMembers(tx, [added.organisationId])).map((m) => m.email)).toEqual([
		'lee.c@riverside.example',
	])

	const again = db.transaction((tx) =>
		addSupplierWithContact(tx, { ...newSupplier('d'), contactEmail: 'LEE.c@riverside.example' }, actor, ctx),
	)
	expect(again).toMatchObject({ ok: false, field: 'contactEmail' })
})

test('an invitation can wait, and is then sent once, only while nobody has claimed the organisation', async () => {
	const actor = await officer()
	const added = db.transaction((tx) => addSupplierWithContact(tx, newSupplier('later'), actor, ctx, { invite: false }))
	if (!added.ok) throw new Error(added.message)
	const mailTo = () => db.select().from(outbox).where(eq(outbox.to, 'ola.later@riverside.example')).all()
	expect(mailTo()).toEqual([])
	expect(db.transaction((tx) => inviteSupplierContact(tx, added.organisationId, actor, ctx.now))).toBe(true)
	expect(mailTo()).toHaveLength(1)
	expect(db.transaction((tx) => inviteSupplierContact(tx, added.organisationId, actor, ctx.now))).toBe(false)
	expect(mailTo()).toHaveLength(1)
})

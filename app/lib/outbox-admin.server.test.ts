import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { outbox } from '#db/schema.ts'
import { session } from '#tests/tender-fixture.ts'
import { messageKey } from '#app/infra/mail-transport.server.ts'
import { NOT_RETRYABLE, councilMailKeys, listOutbox, retryFailedMail } from './outbox-admin.server.ts'
import { enqueueEmail } from './outbox.server.ts'

const now = Date.UTC(2027, 3, 1, 9)

function failedMailOf(councilId: number | null, to: string) {
	enqueueEmail(
		db,
		{ dedupeKey: `test:${to}`, to, councilId, email: { subject: `For ${to}`, html: '<p>Hi</p>', text: 'Hi' } },
		now,
	)
	const row = db.select().from(outbox).where(eq(outbox.to, to)).get()!
	db.update(outbox).set({ status: 'failed', attempts: 5 }).where(eq(outbox.id, row.id)).run()
	return row.id
}

test('a council sees and retries only its own mail', async () => {
	const first = createOrganisation(db, { kind: 'council', name: 'Firstshire Council' })
	const second = createOrganisation(db, { kind: 'council', name: 'Secondshire Council' })
	const secondAdmin = session(await createUser(db, { organisationId: second.id, role: 'admin', passwordHash: 'x' }))
	const ours = failedMailOf(first.id, 'ours@first.example')
	const theirs = failedMailOf(second.id, 'theirs@second.example')
	failedMailOf(null, 'deployment@example.com')

	const listed = listOutbox(second.id, { status: null, page: 1 })
	expect(listed.rows.map((row) => row.id)).toEqual([theirs])
	expect(listed.counts).toEqual({ queued: 0, sent: 0, failed: 1 })
	expect(listOutbox(first.id, { status: 'failed', page: 1 }).rows.map((row) => row.id)).toEqual([ours])

	expect(retryFailedMail(secondAdmin, ours, { ip: '', now })).toEqual({ ok: false, message: NOT_RETRYABLE })
	expect(db.select().from(outbox).where(eq(outbox.id, ours)).get()?.status).toBe('failed')
	expect(retryFailedMail(secondAdmin, theirs, { ip: '', now })).toEqual({ ok: true })
	expect(db.select().from(outbox).where(eq(outbox.id, theirs)).get()?.status).toBe('queued')
})

test('the kept mail a council reads is what its own outbox sent: not another council’s, nor the deployment’s', () => {
	const a = createOrganisation(db, { kind: 'council' })
	const b = createOrganisation(db, { kind: 'council' })
	const messageIdOf = (id: number) => db.select().from(outbox).where(eq(outbox.id, id)).get()!.messageId!
	const [ofA, ofB, ofNobody] = [
		failedMailOf(a.id, 'kept-a@example.com'),
		failedMailOf(b.id, 'kept-b@example.com'),
		failedMailOf(null, 'kept-none@example.com'),
	].map(messageIdOf)
	const keepForA = councilMailKeys(a.id)
	expect(keepForA(messageKey(ofA!))).toBe(true)
	expect(keepForA(messageKey(ofB!))).toBe(false)
	expect(keepForA(messageKey(ofNobody!))).toBe(false)
	expect(councilMailKeys(b.id)(messageKey(ofB!))).toBe(true)
})

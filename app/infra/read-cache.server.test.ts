import Database from 'better-sqlite3'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { organisations, outbox, sessions, signInFailures } from '#db/schema.ts'
import { recordAudit } from '#app/lib/audit.server.ts'
import { enqueueEmail } from '#app/lib/outbox.server.ts'
import { createSession, invalidateSession } from '#app/lib/session.server.ts'
import { getEnv } from './env.server.ts'
import { cachedRead, currentContentVersion } from './read-cache.server.ts'

function countingRead(key: string) {
	let reads = 0
	const read = () =>
		cachedRead(key, () => {
			reads += 1
			return db
				.select({ name: organisations.name })
				.from(organisations)
				.all()
				.map((o) => o.name)
		})
	return { read, reads: () => reads }
}

test('a read is worked out once while nothing changes', () => {
	const { read, reads } = countingRead('unchanged')
	const first = read()
	expect(read()).toBe(first)
	expect(read()).toBe(first)
	expect(reads()).toBe(1)
})

test('any write by this process is seen at once', () => {
	const { read, reads } = countingRead('written here')
	read()
	const organisation = createOrganisation(db, { kind: 'supplier', name: 'Written Here Ltd' })
	expect(read()).toContain('Written Here Ltd')
	db.update(organisations).set({ name: 'Renamed Here Ltd' }).where(eq(organisations.id, organisation.id)).run()
	expect(read()).toContain('Renamed Here Ltd')
	expect(reads()).toBe(3)
})

test('a commit by another connection, as the reminders command makes, is seen at once', () => {
	const { read, reads } = countingRead('written elsewhere')
	read()
	const before = currentContentVersion()
	const other = new Database(getEnv().databasePath)
	other
		.prepare(`insert into organisations (kind, name, created_at) values ('supplier', 'Written Elsewhere Ltd', 0)`)
		.run()
	other.close()
	expect(currentContentVersion()).not.toBe(before)
	expect(read()).toContain('Written Elsewhere Ltd')
	expect(reads()).toBe(2)
})

test('what reading pages writes (a session and its activity, a failed sign-in, an audit event, email sent) keeps the answers', async () => {
	const { read, reads } = countingRead('bookkeeping')
	read()
	const user = await createUser(db, {
		organisationId: createOrganisation(db, { kind: 'supplier' }).id,
		role: 'supplier',
		passwordHash: 'x',
	})
	read()
	expect(reads()).toBe(2)
	const { session } = createSession(user.id, Date.now())
	db.update(sessions)
		.set({ lastVerifiedAt: Date.now() + 60_000 })
		.where(eq(sessions.id, session.id))
		.run()
	db.insert(signInFailures).values({ email: user.email, ip: '127.0.0.1', at: Date.now() }).run()
	recordAudit(db, { at: Date.now(), actorUserId: user.id, action: 'sign_in', ip: '127.0.0.1' })
	enqueueEmail(
		db,
		{
			dedupeKey: `bookkeeping-${user.id}`,
			to: user.email,
			email: { subject: 'Hello', html: '<p>Hello</p>', text: 'Hello' },
		},
		Date.now(),
	)
	db.update(outbox).set({ status: 'sent' }).run()
	invalidateSession(session.id)
	read()
	expect(reads()).toBe(2)
})

test('each key keeps its own answer', () => {
	expect(cachedRead('key a', () => 'a')).toBe('a')
	expect(cachedRead('key b', () => 'b')).toBe('b')
	expect(cachedRead('key a', () => 'not read again')).toBe('a')
})

test('only the most recently used answers are kept', () => {
	cachedRead('oldest', () => 'first')
	for (let i = 0; i < 200; i++) cachedRead(`filler ${i}`, () => i)
	expect(cachedRead('oldest', () => 'read again')).toBe('read again')
})

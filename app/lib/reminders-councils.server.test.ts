import { eq, like } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { councils, organisations, outbox } from '#db/schema.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { runReminders } from './reminders.server.ts'

// Each council's reminders follow its own settings, carry its own name and reach its own
// staff: another council's settings and administrators play no part.

let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let otherAdminEmail: string

beforeAll(async () => {
	fixture = await setUpAwardedContract('RC-1', Date.UTC(2027, 0, 10, 9))
	db.update(organisations)
		.set({ name: 'Firstshire Council' })
		.where(eq(organisations.id, fixture.admin.organisationId))
		.run()
	const other = createOrganisation(db, { kind: 'council', name: 'Othershire Council' })
	// Another council reminds a month ahead: nothing of the first council's may follow it.
	db.update(councils).set({ reminderLeadDays: '30' }).where(eq(councils.id, other.id)).run()
	otherAdminEmail = (await createUser(db, { organisationId: other.id, role: 'admin', passwordHash: 'x' })).email
})

test('a contract’s return reminders follow its own council’s lead days and name it', () => {
	// H1 2027/28 is due on 30 October 2027: 30 days before is the other council's lead, not this one's.
	runReminders(Date.parse('2027-09-30T09:00:00Z'))
	expect(db.select().from(outbox).where(like(outbox.dedupeKey, 'reminder:return:%')).all()).toEqual([])
	// 14 days before is this council's.
	runReminders(Date.parse('2027-10-16T09:00:00Z'))
	const sent = db.select().from(outbox).where(like(outbox.dedupeKey, 'reminder:return:%')).all()
	expect(sent.length).toBeGreaterThan(0)
	for (const message of sent) {
		expect(message.councilId).toBe(fixture.admin.organisationId)
		expect(message.html).toContain('Firstshire Council')
		expect(message.html).not.toContain('Othershire')
	}
})

test('the half-year summary goes to the contract’s own council’s administrators only', () => {
	runReminders(Date.parse('2027-10-31T09:00:00Z'))
	const summaries = db.select().from(outbox).where(like(outbox.dedupeKey, 'summary:%')).all()
	expect(summaries.map((m) => m.to)).toContain(fixture.admin.email)
	expect(summaries.map((m) => m.to)).not.toContain(otherAdminEmail)
})

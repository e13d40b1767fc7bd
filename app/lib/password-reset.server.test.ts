import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { outbox } from '#db/schema.ts'
import { requestPasswordReset } from './password-reset.server.ts'

const t0 = Date.UTC(2027, 3, 1, 9, 0)

test('a reset email goes to an active account at most once a minute, and to nobody else', async () => {
	const organisation = createOrganisation(db, { kind: 'council' })
	const user = await createUser(db, { organisationId: organisation.id, role: 'admin', email: 'ada@example.gov.uk' })
	const sentTo = (email: string) => db.select().from(outbox).where(eq(outbox.to, email)).all().length

	requestPasswordReset({ email: ' ADA@example.gov.uk ', ip: '127.0.0.1', now: t0 })
	requestPasswordReset({ email: user.email, ip: '127.0.0.1', now: t0 + 59_000 })
	expect(sentTo(user.email)).toBe(1)
	requestPasswordReset({ email: user.email, ip: '127.0.0.1', now: t0 + 61_000 })
	expect(sentTo(user.email)).toBe(2)

	requestPasswordReset({ email: 'nobody@example.gov.uk', ip: '127.0.0.1', now: t0 })
	expect(sentTo('nobody@example.gov.uk')).toBe(0)
})

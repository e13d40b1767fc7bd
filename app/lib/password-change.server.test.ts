import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { users, type TokenPurpose, type UserStatus } from '#db/schema.ts'
import { issueOneTimeToken, tokenLifetimesMs } from './one-time-tokens.server.ts'
import { userForToken } from './password-change.server.ts'

const now = Date.UTC(2027, 3, 1, 9)
let organisationId: number

beforeAll(() => {
	organisationId = createOrganisation(db, { kind: 'supplier' }).id
})

async function linkFor(status: UserStatus, purpose: TokenPurpose) {
	const user = await createUser(db, { organisationId, role: 'supplier', status })
	return { user, token: issueOneTimeToken(db, user.id, purpose, now) }
}

test('each link finds its account only while the account is in the state the link was sent for', async () => {
	const cases: Array<[TokenPurpose, UserStatus, UserStatus]> = [
		['password_reset', 'active', 'disabled'],
		['invitation', 'invited', 'active'],
		['email_verification', 'unverified', 'active'],
	]
	for (const [purpose, usable, unusable] of cases) {
		const fresh = await linkFor(usable, purpose)
		expect(userForToken(fresh.token, purpose, now)?.email, purpose).toBe(fresh.user.email)
		const used = await linkFor(usable, purpose)
		db.update(users).set({ status: unusable }).where(eq(users.id, used.user.id)).run()
		expect(userForToken(used.token, purpose, now), `${purpose} for a ${unusable} account`).toBeNull()
	}
})

test('a link for another purpose, an expired link, or none at all finds nobody', async () => {
	const { token } = await linkFor('unverified', 'email_verification')
	expect(userForToken(token, 'password_reset', now)).toBeNull()
	expect(userForToken(token, 'email_verification', now + tokenLifetimesMs.email_verification)).toBeNull()
	expect(userForToken('', 'email_verification', now)).toBeNull()
	expect(userForToken(null, 'email_verification', now)).toBeNull()
})

import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { oneTimeTokens } from '#db/schema.ts'
import { consumeOneTimeToken, findValidToken, issueOneTimeToken, tokenLifetimesMs } from './one-time-tokens.server.ts'

const t0 = Date.UTC(2027, 3, 1, 9, 0)
let userId: number

beforeAll(async () => {
	const organisation = createOrganisation(db, { kind: 'council' })
	userId = (await createUser(db, { organisationId: organisation.id, role: 'admin', passwordHash: 'x' })).id
})

test('only a hash of the secret is stored', () => {
	const token = issueOneTimeToken(db, userId, 'password_reset', t0)
	const [id, secret] = token.split('.') as [string, string]
	const row = db.select().from(oneTimeTokens).where(eq(oneTimeTokens.id, id)).get()
	expect(row?.secretHash).toHaveLength(32)
	expect(JSON.stringify(row)).not.toContain(secret)
})

test('a token is used once', () => {
	const token = issueOneTimeToken(db, userId, 'password_reset', t0)
	expect(consumeOneTimeToken(db, token, 'password_reset', t0 + 1000)).toBe(userId)
	expect(consumeOneTimeToken(db, token, 'password_reset', t0 + 2000)).toBeNull()
})

test('a token expires', () => {
	const token = issueOneTimeToken(db, userId, 'password_reset', t0)
	expect(findValidToken(db, token, 'password_reset', t0 + tokenLifetimesMs.password_reset - 1)).not.toBeNull()
	expect(consumeOneTimeToken(db, token, 'password_reset', t0 + tokenLifetimesMs.password_reset)).toBeNull()
})

test('a token only works for its purpose and with its secret', () => {
	const token = issueOneTimeToken(db, userId, 'invitation', t0)
	expect(consumeOneTimeToken(db, token, 'password_reset', t0)).toBeNull()
	const [id] = token.split('.')
	expect(consumeOneTimeToken(db, `${id}.${'a'.repeat(24)}`, 'invitation', t0)).toBeNull()
	expect(consumeOneTimeToken(db, 'nonsense', 'invitation', t0)).toBeNull()
	expect(consumeOneTimeToken(db, token, 'invitation', t0)).toBe(userId)
})

test('issuing a new token retires the earlier one', () => {
	const first = issueOneTimeToken(db, userId, 'password_reset', t0)
	const second = issueOneTimeToken(db, userId, 'password_reset', t0 + 1000)
	expect(consumeOneTimeToken(db, first, 'password_reset', t0 + 2000)).toBeNull()
	expect(consumeOneTimeToken(db, second, 'password_reset', t0 + 2000)).toBe(userId)
})

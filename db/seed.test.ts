import { count } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { verifyPassword } from '#app/lib/password.server.ts'
import { db } from './client.server.ts'
import { organisations, users } from './schema.ts'
import { DEMO_PASSWORD, seedDemoDataIfEmpty } from './seed.ts'

test('an empty database gets an administrator, two contract managers and users of two suppliers, once', async () => {
	const accounts = await seedDemoDataIfEmpty(db, Date.now())
	expect(accounts?.password).toBe(DEMO_PASSWORD)
	const all = db.select().from(users).all()
	expect(all.filter((user) => user.role === 'admin')).toHaveLength(1)
	expect(all.filter((user) => user.role === 'contract_manager')).toHaveLength(2)
	const supplierOrgs = new Set(all.filter((user) => user.role === 'supplier').map((user) => user.organisationId))
	expect(supplierOrgs.size).toBe(2)
	expect(await verifyPassword(all[0]!.passwordHash!, DEMO_PASSWORD)).toBe(true)

	expect(await seedDemoDataIfEmpty(db, Date.now())).toBeNull()
	expect(db.select({ n: count() }).from(users).get()?.n).toBe(all.length)
	expect(db.select({ n: count() }).from(organisations).get()?.n).toBe(3)
})

test('the demo data includes a published, current, illustrative TOMs edition with priorities', async () => {
	const { getCurrentEdition, loadEditionTree, listPriorities } = await import('#app/lib/toms-queries.server.ts')
	const edition = getCurrentEdition()
	expect(edition?.status).toBe('published')
	expect(edition?.name).toContain('illustrative')
	const tree = loadEditionTree(edition!.id)
	const measures = tree.themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures))
	expect(measures.length).toBeGreaterThanOrEqual(35)
	expect(measures.some((m) => m.priorityCodes.length > 0)).toBe(true)
	expect(listPriorities()).toHaveLength(5)
})

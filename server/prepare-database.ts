import { checkDatabase, db } from '#db/client.server.ts'
import { ensureCouncil } from '#app/lib/councils.server.ts'
import type { Env } from '#app/infra/env.server.ts'

/**
 * Fails at boot, not on the first request: opens the database and applies migrations, then
 * fills an empty database with the demo data if asked to.
 */
export async function prepareDatabase(env: Env) {
	checkDatabase()
	// A deployment always serves a council: one made from COUNCIL_NAME if it has none yet.
	ensureCouncil(env.COUNCIL_NAME, Date.now())
	if (!env.SEED_DEMO_DATA) return
	// Imported only when wanted: the demo data is large.
	const { seedDemoDataIfEmpty } = await import('#db/seed.ts')
	const accounts = await seedDemoDataIfEmpty(db, Date.now())
	if (accounts) {
		console.log('\nDemo data created. Sign in with any of these accounts:')
		for (const account of accounts.users) console.log(`  ${account.label.padEnd(36)} ${account.email}`)
		console.log(`  Password for every demo account: ${accounts.password}\n`)
	}
}

import crypto from 'node:crypto'
import Database from 'better-sqlite3'

/**
 * What a refused request must leave alone: every table the portal keeps, minus the
 * bookkeeping of sessions (they slide their activity time, and signing out ends one) and of
 * failed sign-ins (counted for throttling, and audited). Outbox rows are compared by what was queued, not by how sending is going,
 * because the server's worker delivers mail in the background.
 */
const SKIPPED_TABLES = new Set(['sessions', 'sign_in_failures', '__drizzle_migrations'])
const COLUMNS: Record<string, string[]> = { outbox: ['id', 'dedupe_key', 'to', 'subject'] }
const WHERE: Record<string, string> = { audit_events: "where action not in ('sign_in_failed', 'sign_out')" }

export type Ledger = ReturnType<typeof openLedger>

/** A read-only view of the shared database that says cheaply whether anything changed. */
export function openLedger(databasePath = process.env.DATABASE_PATH as string) {
	const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true })
	const tables = (
		sqlite
			.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
			.pluck()
			.all() as string[]
	).filter((name) => !SKIPPED_TABLES.has(name))
	// Each table as one string built by SQLite itself: far quicker than reading row by row.
	const statements = tables.map((name) => {
		const columns =
			COLUMNS[name] ?? (sqlite.prepare(`select name from pragma_table_info('${name}')`).pluck().all() as string[])
		const row = columns.map((column) => `quote("${column}")`).join(" || ',' || ")
		return sqlite.prepare(`select group_concat(${row}, char(10)) from "${name}" ${WHERE[name] ?? ''}`).pluck()
	})
	const dataVersion = () => sqlite.pragma('data_version', { simple: true }) as number

	let cached: { version: number; digest: string } | null = null

	function digest(): string {
		const version = dataVersion()
		if (cached?.version === version) return cached.digest
		const hash = crypto.createHash('sha256')
		statements.forEach((statement, index) =>
			hash.update(`\u0000${tables[index]}\u0000${(statement.get() as string | null) ?? ''}`),
		)
		cached = { version, digest: hash.digest('hex') }
		return cached.digest
	}

	return {
		/** A fingerprint of everything a refused request must not change. */
		digest,
		/** Runs `request` and says whether it changed anything that matters. */
		async watch<T>(request: () => Promise<T>): Promise<{ result: T; changed: boolean }> {
			const before = digest()
			const result = await request()
			return { result, changed: digest() !== before }
		},
		close: () => sqlite.close(),
	}
}

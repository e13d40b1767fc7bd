import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { getEnv } from '#app/infra/env.server.ts'
import { dropSingleton, singleton } from '#app/infra/singleton.server.ts'
import * as schema from './schema.ts'
import { cacheStatements } from './statement-cache.server.ts'

export type Db = BetterSQLite3Database<typeof schema>
/** The handle given to a `db.transaction(...)` callback. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type DbOrTx = Db | Tx

/**
 * The project root, found by walking up to package.json, so migrations resolve the same
 * way from source (tsx, vitest) and from the bundled server build.
 */
function findProjectRoot(): string {
	let dir = path.dirname(fileURLToPath(import.meta.url))
	while (!fs.existsSync(path.join(dir, 'package.json'))) {
		const parent = path.dirname(dir)
		if (parent === dir) throw new Error('Could not find the project root (package.json)')
		dir = parent
	}
	return dir
}

export const migrationsFolder = path.join(findProjectRoot(), 'db', 'migrations')

export function openDatabase(filePath: string) {
	if (filePath !== ':memory:') fs.mkdirSync(path.dirname(filePath), { recursive: true })
	const sqlite = new Database(filePath)
	sqlite.pragma('journal_mode = WAL')
	sqlite.pragma('busy_timeout = 5000')
	sqlite.pragma('synchronous = NORMAL')
	cacheStatements(sqlite)
	const db = drizzle(sqlite, { schema })
	migrateWithForeignKeysChecked(sqlite, db)
	return { sqlite, db }
}

/**
 * Runs the pending migrations with foreign keys off, as SQLite asks for a table rebuilt to
 * change a column (the pragma is ignored inside the migrations' transaction), then refuses to
 * go on if any row lost its parent, and turns foreign keys on for good.
 */
function migrateWithForeignKeysChecked(sqlite: Database.Database, db: ReturnType<typeof drizzle<typeof schema>>) {
	sqlite.pragma('foreign_keys = OFF')
	migrate(db, { migrationsFolder })
	const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[]
	if (broken.length > 0)
		throw new Error(
			`A migration left ${broken.length} rows without their parent, first in ${broken[0]!.table} → ${broken[0]!.parent}`,
		)
	sqlite.pragma('foreign_keys = ON')
}

function getConnection() {
	return singleton('database', () => openDatabase(getEnv().databasePath))
}

/**
 * The process-wide database, opened and migrated on first use. Transactions begin
 * IMMEDIATE: they take the write lock at the start and wait for it (busy_timeout), rather
 * than reading first and failing with "database is locked" when another process (the
 * reminders command from cron, say) wrote in between.
 */
export const db: Db = new Proxy({} as Db, {
	get(_target, property) {
		const real = getConnection().db
		if (property === 'transaction') {
			const transaction: Db['transaction'] = (run, config) =>
				real.transaction(run, { behavior: 'immediate', ...config })
			return transaction
		}
		const value = Reflect.get(real, property, real)
		return typeof value === 'function' ? value.bind(real) : value
	},
})

/**
 * A query drizzle builds once per connection rather than on every run, for the few that every
 * page runs (the session lookup, the council's settings). `build` is given the connection's
 * own handle: a prepared query belongs to the connection it was made on.
 */
export function preparedQuery<T>(build: (connection: Db) => T): () => T {
	const built = new WeakMap<Db, T>()
	return () => {
		const connection = getConnection().db
		let query = built.get(connection)
		if (query === undefined) {
			query = build(connection)
			built.set(connection, query)
		}
		return query
	}
}

export function closeDatabase() {
	getConnection().sqlite.close()
	dropSingleton('database')
}

export function checkDatabase(): boolean {
	return getConnection().sqlite.prepare('select 1 as ok').get() !== undefined
}

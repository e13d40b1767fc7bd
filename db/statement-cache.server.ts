import type Database from 'better-sqlite3'
import { LRUCache } from 'lru-cache'

/**
 * Caches the compiled statements of a connection by their SQL text. Drizzle asks SQLite to
 * compile each query every time it runs; a page runs the same dozen queries on every view,
 * so each is compiled once and reused (the values are bound at each run). The least
 * recently used are dropped beyond `limit`.
 */
export function cacheStatements(sqlite: Database.Database, limit = 500) {
	const compile = sqlite.prepare.bind(sqlite)
	const cache = new LRUCache<string, Database.Statement>({ max: limit })
	const prepare = (source: string) => {
		let statement = cache.get(source)
		if (!statement) {
			statement = compile(source)
			cache.set(source, statement)
		}
		// Drizzle switches a statement to rows-as-arrays when it maps columns itself; a query
		// written as plain SQL expects objects, so each use starts from the default.
		if (statement.reader) statement.raw(false)
		return statement
	}
	sqlite.prepare = prepare as typeof sqlite.prepare
}

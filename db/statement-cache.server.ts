import type Database from 'better-sqlite3'

/**
 * Keeps the compiled statements of a connection by their SQL text. Drizzle asks SQLite to
 * compile each query every time it runs; a page runs the same dozen queries on every view,
 * so each is compiled once and reused (the values are bound at each run). The least
 * recently used are dropped beyond `limit`.
 */
export function cacheStatements(sqlite: Database.Database, limit = 500) {
	const compile = sqlite.prepare.bind(sqlite)
	const kept = new Map<string, Database.Statement>()
	const prepare = (source: string) => {
		let statement = kept.get(source)
		if (statement) {
			// Moved to the end: the least recently used are first in line to go.
			kept.delete(source)
		} else {
			statement = compile(source)
			if (kept.size >= limit) kept.delete(kept.keys().next().value!)
		}
		kept.set(source, statement)
		// Drizzle switches a statement to rows-as-arrays when it maps columns itself; a query
		// written as plain SQL expects objects, so each use starts from the default.
		if (statement.reader) statement.raw(false)
		return statement
	}
	sqlite.prepare = prepare as typeof sqlite.prepare
}

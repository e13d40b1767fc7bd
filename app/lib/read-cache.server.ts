import { sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { singleton } from './singleton.server.ts'

/**
 * Where the database is: SQLite's data_version moves whenever another connection (the
 * reminders command, say) commits, and total_changes() with every row this connection
 * writes, triggers included. Together they move with every change, whoever made it.
 */
export function databaseVersion(): string {
	const row = db.get<{ changes: number; version: number }>(sql`select total_changes() as "changes", (select "data_version" from pragma_data_version) as "version"`)!
	return `${row.version}:${row.changes}`
}

const MAX_ENTRIES = 200

type Entry = { version: string; value: unknown }

/**
 * A read that is costly and gives the same answer until the database changes (the figures
 * of the dashboards and the annual report), worked out once per change rather than once
 * per page view. `key` must name everything else the answer depends on, such as the filter
 * and the day. The answer is shared between requests: treat it as read-only.
 */
export function cachedRead<T>(key: string, read: () => T): T {
	const cache = singleton('read-cache', () => new Map<string, Entry>())
	const version = databaseVersion()
	const kept = cache.get(key)
	if (kept?.version === version) return kept.value as T
	const value = read()
	// Deleted first so the entry moves to the end: the oldest is dropped when full.
	cache.delete(key)
	cache.set(key, { version, value })
	if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
	return value
}

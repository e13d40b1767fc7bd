import { eq } from 'drizzle-orm'
import { preparedQuery } from '#db/client.server.ts'
import { contentVersion } from '#db/schema.ts'
import { singleton } from './singleton.server.ts'

/**
 * Where the portal's content is: the number triggers move with every change to a content
 * table, whichever process commits it (the reminders command, another web process). The
 * bookkeeping that reading pages causes, such as a session's activity, leaves it alone, so
 * kept answers outlast people browsing. See db/schema/content-version.ts.
 */
export function currentContentVersion(): string {
	return String(contentVersionRow().get()!.version)
}

const contentVersionRow = preparedQuery((connection) =>
	connection.select({ version: contentVersion.version }).from(contentVersion).where(eq(contentVersion.id, 1)).prepare(),
)

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
	const version = currentContentVersion()
	const kept = cache.get(key)
	if (kept?.version === version) return kept.value as T
	const value = read()
	// Deleted first so the entry moves to the end: the oldest is dropped when full.
	cache.delete(key)
	cache.set(key, { version, value })
	if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
	return value
}

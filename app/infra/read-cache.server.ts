import { eq } from 'drizzle-orm'
import { LRUCache } from 'lru-cache'
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

type Entry = { version: string; value: unknown }

// The most recently used answers: dashboards for a few filters, the report for a few years.
const cache = () => singleton('read-cache', () => new LRUCache<string, Entry>({ max: 200 }))

/**
 * A read that is costly and gives the same answer until the database changes (the figures
 * of the dashboards and the annual report), worked out once per change rather than once
 * per page view. `key` must name everything else the answer depends on, such as the filter
 * and the day. The answer is shared between requests: treat it as read-only.
 */
export function cachedRead<T>(key: string, read: () => T): T {
	const version = currentContentVersion()
	const cached = cache().get(key)
	if (cached?.version === version) return cached.value as T
	const value = read()
	cache().set(key, { version, value })
	return value
}

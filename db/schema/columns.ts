import { integer } from 'drizzle-orm/sqlite-core'

// Timestamps are milliseconds since the epoch. drizzle's `mode: 'timestamp'` keeps
// whole seconds only, which loses ordering between events in the same second.
export function millis(name: string) {
	return integer(name, { mode: 'number' })
}

import { integer, sqliteTable } from 'drizzle-orm/sqlite-core'

/**
 * One row whose number moves with every change to the portal's content, whichever process
 * makes it: triggers on each content table add one (migration 0015). The read caches are kept
 * against it. Bookkeeping that reading a page causes (a session's activity, a failed
 * sign-in, an email sent) does not move it; see db/content-version.ts.
 */
export const contentVersion = sqliteTable('content_version', {
	id: integer('id').primaryKey(),
	version: integer('version').notNull(),
})

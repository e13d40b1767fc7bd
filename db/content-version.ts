/**
 * Tables whose changes do not move the content version (db/schema/content-version.ts):
 * bookkeeping that reading pages causes, which no cached read depends on. Every other table
 * has a trigger for each of insert, update and delete that moves it; a test checks so.
 */
export const unversionedTables = [
	'content_version',
	// A session's activity is written as its user reads pages.
	'sessions',
	'sign_in_failures',
	'one_time_tokens',
	// A person's calendar address: read afresh by every calendar request, cached nowhere.
	'calendar_feeds',
	// Written with every change, and by every sign-in.
	'audit_events',
	// Written as email is sent.
	'outbox',
	// Written by every reminder run, whether or not it queued anything.
	'reminder_runs',
	// A file held for preview before import: read only by the import pages, cached nowhere.
	'toms_imports',
	'contract_imports',
	'__drizzle_migrations',
	'sqlite_sequence',
] as const

/** The triggers that move the content version on `table`'s changes. */
export function contentVersionTriggers(table: string): string[] {
	return (['insert', 'update', 'delete'] as const).map(
		(change) =>
			`CREATE TRIGGER \`${table}_content_${change}\` AFTER ${change.toUpperCase()} ON \`${table}\` BEGIN UPDATE \`content_version\` SET \`version\` = \`version\` + 1 WHERE \`id\` = 1; END;`,
	)
}

import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from './client.server.ts'
import { unversionedTables } from './content-version.ts'
import { createOrganisation } from './factories.ts'

const version = () => db.get<{ version: number }>(sql`select "version" from "content_version" where "id" = 1`)!.version

test('every table but the listed bookkeeping moves the content version on insert, update and delete', () => {
	const tables = db
		.all<{ name: string }>(sql`select "name" from "sqlite_master" where "type" = 'table'`)
		.map((t) => t.name)
	const triggers = db.all<{ name: string; table: string }>(
		sql`select "name", "tbl_name" as "table" from "sqlite_master" where "type" = 'trigger' and "name" like '%_content_%'`,
	)
	const missing = tables
		.filter((table) => !(unversionedTables as readonly string[]).includes(table))
		.flatMap((table) =>
			['insert', 'update', 'delete']
				.filter((change) => !triggers.some((t) => t.table === table && t.name === `${table}_content_${change}`))
				.map((change) => `${table} ${change}`),
		)
	expect(missing, 'a new table needs its triggers: see contentVersionTriggers in db/content-version.ts').toEqual([])
	expect(tables.length - unversionedTables.length).toBeGreaterThan(25)
	// Listed tables that no longer exist would hide nothing, but are a sign the list is stale.
	expect(unversionedTables.filter((table) => table !== 'sqlite_sequence' && !tables.includes(table))).toEqual([])
})

test('a content change moves the version once per row, and reading moves nothing', () => {
	const before = version()
	const organisation = createOrganisation(db, { kind: 'supplier', name: 'Versioned Ltd' })
	expect(version()).toBe(before + 1)
	db.run(sql`update "organisations" set "name" = 'Renamed Ltd' where "id" = ${organisation.id}`)
	db.run(sql`delete from "organisations" where "id" = ${organisation.id}`)
	expect(version()).toBe(before + 3)
	db.all(sql`select * from "organisations"`)
	expect(version()).toBe(before + 3)
})

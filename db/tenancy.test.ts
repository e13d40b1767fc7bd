import Database from 'better-sqlite3'
import { expect, test } from 'vitest'
import { councilChildTables, councilTables, deploymentTables } from './tenancy.js'

// Every table is a council's or the deployment's, and the database says so: a new table that
// is neither, or a council's table that cannot say which council it belongs to, fails here.

const sqlite = new Database(process.env.DATABASE_PATH!, { readonly: true })
const bookkeeping = ['__drizzle_migrations', 'sqlite_sequence']
const tables = (
	sqlite.prepare(`select name from sqlite_master where type = 'table' order by name`).pluck().all() as string[]
).filter((name) => !bookkeeping.includes(name))

type Column = { name: string; notnull: number }
type ForeignKey = { from: string; table: string }
const columnsOf = (table: string) => sqlite.prepare(`select * from pragma_table_info(?)`).all(table) as Column[]
const foreignKeysOf = (table: string) =>
	sqlite.prepare(`select "from", "table" from pragma_foreign_key_list(?)`).all(table) as ForeignKey[]

test('every table is classified once: a council’s own, a council’s through its parent, or the deployment’s', () => {
	const classified = [...Object.keys(councilTables), ...Object.keys(councilChildTables), ...deploymentTables]
	expect(new Set(classified).size).toBe(classified.length)
	expect([...tables].sort()).toEqual([...classified].sort())
})

test('a council’s own table carries its council, never null, as a foreign key to the councils', () => {
	for (const table of Object.keys(councilTables)) {
		const column = columnsOf(table).find((c) => c.name === 'council_id')
		expect(column, `${table}.council_id`).toMatchObject({ notnull: 1 })
		expect(foreignKeysOf(table), table).toContainEqual({ from: 'council_id', table: 'councils' })
	}
})

test('a table a council owns through its parent names that parent, never null, and the chain ends at a council’s table', () => {
	const owned = new Set([...Object.keys(councilTables), ...Object.keys(councilChildTables)])
	for (const [table, column] of Object.entries(councilChildTables)) {
		expect(
			columnsOf(table).find((c) => c.name === column),
			`${table}.${column}`,
		).toMatchObject({ notnull: 1 })
		const parent = foreignKeysOf(table).find((key) => key.from === column)?.table
		expect(parent && owned.has(parent), `${table}.${column} → ${parent}`).toBe(true)
	}
	// Following parents from any child reaches a table that carries the council.
	const parentOf = (table: string) => foreignKeysOf(table).find((key) => key.from === councilChildTables[table])!.table
	for (const table of Object.keys(councilChildTables)) {
		let current = table
		for (let steps = 0; current in councilChildTables && steps < 10; steps++) current = parentOf(current)
		expect(Object.keys(councilTables), `${table} reaches ${current}`).toContain(current)
	}
})

test('no table of the deployment is forced to name a council', () => {
	for (const table of deploymentTables) {
		const column = columnsOf(table).find((c) => c.name === 'council_id')
		if (column) expect(column.notnull, `${table}.council_id`).toBe(0)
	}
})

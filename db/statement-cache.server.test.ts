import Database from 'better-sqlite3'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { expect, test } from 'vitest'
import { cacheStatements } from './statement-cache.server.ts'

const things = sqliteTable('things', { id: integer('id').primaryKey(), name: text('name').notNull() })

function connection(limit?: number) {
	const sqlite = new Database(':memory:')
	sqlite.exec('create table things (id integer primary key, name text not null)')
	cacheStatements(sqlite, limit)
	return { sqlite, db: drizzle(sqlite) }
}

test('the same SQL is compiled once and gives the same statement', () => {
	const { sqlite } = connection()
	expect(sqlite.prepare('select 1')).toBe(sqlite.prepare('select 1'))
	expect(sqlite.prepare('select 1')).not.toBe(sqlite.prepare('select 2'))
})

test('drizzle queries give the right answers through kept statements, each run with its own values', () => {
	const { db } = connection()
	db.insert(things)
		.values([{ name: 'a' }, { name: 'b' }])
		.run()
	const named = (name: string) =>
		db
			.select({ id: things.id })
			.from(things)
			.where(sql`${things.name} = ${name}`)
			.get()
	expect(named('a')).toEqual({ id: 1 })
	expect(named('b')).toEqual({ id: 2 })
	expect(named('c')).toBeUndefined()
})

test('a statement drizzle switched to arrays gives objects again to a plain SQL query of the same text', () => {
	const { db, sqlite } = connection()
	db.insert(things).values({ name: 'a' }).run()
	// Drizzle maps the columns of a select itself, reading rows as arrays.
	expect(db.select({ id: things.id, name: things.name }).from(things).all()).toEqual([{ id: 1, name: 'a' }])
	const text = db.select({ id: things.id, name: things.name }).from(things).toSQL().sql
	expect(sqlite.prepare(text).all()).toEqual([{ id: 1, name: 'a' }])
})

test('beyond the limit the least recently used statement is compiled again', () => {
	const { sqlite } = connection(2)
	const one = sqlite.prepare('select 1')
	const two = sqlite.prepare('select 2')
	expect(sqlite.prepare('select 1')).toBe(one)
	sqlite.prepare('select 3')
	expect(sqlite.prepare('select 1')).toBe(one)
	expect(sqlite.prepare('select 2')).not.toBe(two)
})

import { eq, sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { closeDatabase, db, preparedQuery } from './client.server.ts'
import { organisations } from './schema.ts'

test('a prepared query is built once per connection, answers with each run’s values, and is built again on a new connection', () => {
	const builds: unknown[] = []
	const named = preparedQuery((connection) => {
		builds.push(connection)
		return connection
			.select({ name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, sql.placeholder('id')))
			.prepare()
	})
	const first = db.insert(organisations).values({ name: 'First Ltd', kind: 'supplier', createdAt: 0 }).returning().get()
	const second = db
		.insert(organisations)
		.values({ name: 'Second Ltd', kind: 'supplier', createdAt: 0 })
		.returning()
		.get()

	expect(named().get({ id: first.id })).toEqual({ name: 'First Ltd' })
	expect(named().get({ id: second.id })).toEqual({ name: 'Second Ltd' })
	expect(builds).toHaveLength(1)

	closeDatabase()
	expect(named().get({ id: second.id })).toEqual({ name: 'Second Ltd' })
	expect(builds).toHaveLength(2)
	expect(builds[1]).not.toBe(builds[0])
})

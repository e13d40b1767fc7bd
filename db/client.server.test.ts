import path from 'node:path'
import { eq, sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { closeDatabase, db, preparedQuery } from './client.server.ts'
import { organisations } from './schema.ts'
import { modulesLoadedBy } from '#tests/module-graph.ts'

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

test('the database client loads nothing of the project that loads the client again', () => {
	const client = path.resolve('db/client.server.ts')
	const loaded = modulesLoadedBy(client)
	expect(loaded).not.toContain(client)
	// Of app/, only the environment, the one-per-process helper and pure rules (which the schema
	// names its statuses from): none of them reads the database.
	const services = [...loaded].map((file) => path.relative('.', file)).filter((file) => /^app\/(?!domain\/)/.test(file))
	expect(services.sort()).toEqual(['app/infra/env.server.ts', 'app/infra/singleton.server.ts'])
})

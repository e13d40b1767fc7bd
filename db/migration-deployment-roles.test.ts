import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import Database from 'better-sqlite3'
import { afterAll, expect, test } from 'vitest'
import { openDatabase } from './client.server.ts'

// The demo database as the last release before councils became tenants made it (see migration-0022.test.ts).
const demoBeforeCouncils = path.join(
	path.dirname(fileURLToPath(import.meta.url)),
	'fixtures',
	'demo-before-councils.sql.gz',
)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-deployment-roles-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

function demoDatabase(name: string, change: (sqlite: Database.Database) => void = () => {}) {
	const file = path.join(scratch, `${name}.db`)
	const sqlite = new Database(file)
	sqlite.exec(zlib.gunzipSync(fs.readFileSync(demoBeforeCouncils)).toString('utf8'))
	change(sqlite)
	sqlite.close()
	return openDatabase(file).sqlite
}

const roles = (sqlite: Database.Database) =>
	sqlite
		.prepare('SELECT email, role, deployment_role AS deploymentRole FROM users WHERE deployment_role IS NOT NULL')
		.all()

test('an upgraded deployment’s first administrator becomes its deployment administrator, and nobody else does', () => {
	const sqlite = demoDatabase('demo')
	expect(roles(sqlite)).toEqual([{ email: 'sam.lead@council.example', role: 'admin', deploymentRole: 'administrator' }])
	sqlite.close()
})

test('the first administrator is the one made first, not the first user', () => {
	const sqlite = demoDatabase('reordered', (before) => {
		before.exec("UPDATE users SET role = 'contract_manager' WHERE email = 'sam.lead@council.example'")
		before.exec("UPDATE users SET role = 'admin' WHERE email = 'tom.okafor@council.example'")
	})
	expect(roles(sqlite)).toEqual([
		{ email: 'tom.okafor@council.example', role: 'admin', deploymentRole: 'administrator' },
	])
	sqlite.close()
})

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterAll, expect, test } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-backup-cli-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function backup(args: string[], databasePath = path.join(dir, 'portal.db')) {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			path.resolve('node_modules/.bin/tsx'),
			['server/backup.ts', ...args],
			{ env: { ...process.env, DATABASE_PATH: databasePath }, timeout: 30_000 },
		)
		return { code: 0, stdout, stderr }
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string }
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
	}
}

test('npm run db:backup writes a checked copy of DATABASE_PATH, says so in one line, and will not overwrite without --force', async () => {
	const live = new Database(path.join(dir, 'portal.db'))
	live.pragma('journal_mode = WAL')
	live.exec("create table notes (id integer primary key, body text); insert into notes (body) values ('kept')")
	const target = path.join(dir, 'backups', 'portal-copy.db')

	const first = await backup([target])
	expect(first).toMatchObject({ code: 0, stderr: '' })
	expect(first.stdout).toMatch(
		new RegExp(
			`^Backed up ${path.join(dir, 'portal.db')} to ${target}: \\d+ pages \\(\\d+\\.\\d MB\\) in \\d+ ms, integrity check ok\\.\\n$`,
		),
	)
	const copy = new Database(target, { readonly: true })
	expect(copy.prepare('select body from notes').pluck().all()).toEqual(['kept'])
	copy.close()

	const again = await backup([target])
	expect(again.code).toBe(1)
	expect(again.stderr).toBe(
		`Backup failed: ${target} already exists: choose another file, or add --force to replace it\n`,
	)

	live.exec("insert into notes (body) values ('later')")
	expect((await backup([target, '--force'])).code).toBe(0)
	const replaced = new Database(target, { readonly: true })
	expect(replaced.prepare('select body from notes').pluck().all()).toEqual(['kept', 'later'])
	replaced.close()
	live.close()
}, 60_000)

test('without a file, or without a database, it fails with a clear message and a non-zero exit', async () => {
	const [none, missing] = await Promise.all([
		backup([]),
		backup([path.join(dir, 'nowhere.db')], path.join(dir, 'absent.db')),
	])
	expect(none.code).toBe(2)
	expect(none.stderr).toContain('Usage: npm run db:backup -- FILE [--force]')
	expect(missing.code).toBe(1)
	expect(missing.stderr).toBe(`Backup failed: There is no database at ${path.join(dir, 'absent.db')}\n`)
	expect(fs.existsSync(path.join(dir, 'nowhere.db'))).toBe(false)
}, 60_000)

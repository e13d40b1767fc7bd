import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, expect, test } from 'vitest'
import { backupDatabase } from './backup.server.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-backup-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A database in WAL mode, as the portal keeps it, with `rows` rows in one indexed table. */
function liveDatabase(name: string, rows: number) {
	const file = path.join(dir, name)
	const database = new Database(file)
	database.pragma('journal_mode = WAL')
	database.exec(
		'create table events (id integer primary key, body text not null); create index events_body on events (body)',
	)
	const insert = database.prepare('insert into events (body) values (?)')
	database.transaction(() => {
		for (let i = 0; i < rows; i++) insert.run(`event ${i} ${'x'.repeat(200)}`)
	})()
	return { file, database, insert }
}

function ids(file: string): number[] {
	const copy = new Database(file, { readonly: true })
	try {
		return copy.prepare('select id from events order by id').pluck().all() as number[]
	} finally {
		copy.close()
	}
}

function filesIn(folder: string) {
	return fs.readdirSync(folder).sort()
}

test('the copy holds every row committed before the backup began, passes its integrity check and is one self-contained file', async () => {
	const live = liveDatabase('live.db', 2000)
	// Still open and still being written, with part of the data only in the WAL file.
	live.insert.run('written just before the backup')
	const before = live.database.prepare('select count(*) from events').pluck().get()
	const writing = setInterval(() => live.insert.run('written during the backup'), 1)
	const result = await backupDatabase(live.file, path.join(dir, 'copies', 'one.db')).finally(() =>
		clearInterval(writing),
	)
	live.insert.run('written after the backup')
	expect(result).toMatchObject({ source: live.file, destination: path.join(dir, 'copies', 'one.db') })
	expect(result.pages).toBeGreaterThan(100)
	expect(result.bytes).toBe(fs.statSync(result.destination).size)
	const copied = ids(result.destination)
	expect(copied.length).toBeGreaterThanOrEqual(before as number)
	expect(copied.slice(0, before as number)).toEqual(Array.from({ length: before as number }, (_, i) => i + 1))
	expect(copied.length).toBeLessThan(ids(live.file).length)
	expect(filesIn(path.join(dir, 'copies'))).toEqual(['one.db'])
	const copy = new Database(result.destination, { readonly: true })
	expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
	expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
	copy.close()
	live.database.close()
})

test('an existing file is kept unless the backup is forced, and then replaced whole', async () => {
	const live = liveDatabase('force.db', 10)
	const target = path.join(dir, 'force-copy.db')
	fs.writeFileSync(target, 'last week’s backup')
	await expect(backupDatabase(live.file, target)).rejects.toThrow(
		`${target} already exists: choose another file, or add --force to replace it`,
	)
	expect(fs.readFileSync(target, 'utf8')).toBe('last week’s backup')
	await backupDatabase(live.file, target, { force: true })
	expect(ids(target)).toHaveLength(10)
	expect(filesIn(dir).filter((name) => name.includes('force-copy'))).toEqual(['force-copy.db'])
	await expect(backupDatabase(live.file, live.file, { force: true })).rejects.toThrow(
		'another file than the database itself',
	)
	live.database.close()
})

test('a missing database, or a file that is not one, fails with a clear message and leaves nothing behind', async () => {
	await expect(backupDatabase(path.join(dir, 'missing.db'), path.join(dir, 'missing-copy.db'))).rejects.toThrow(
		`There is no database at ${path.join(dir, 'missing.db')}`,
	)
	fs.writeFileSync(
		path.join(dir, 'notes.db'),
		'not a database at all, just some words that go on long enough '.repeat(100),
	)
	await expect(backupDatabase(path.join(dir, 'notes.db'), path.join(dir, 'notes-copy.db'))).rejects.toThrow(
		/^Could not (open|copy) the database at .*notes\.db: file is not a database/,
	)
	expect(filesIn(dir).filter((name) => name.includes('missing-copy') || name.includes('notes-copy'))).toEqual([])
})

test('a copy that fails its integrity check is not kept', async () => {
	const live = liveDatabase('damaged.db', 2000)
	live.database.pragma('wal_checkpoint(TRUNCATE)')
	live.database.close()
	// Scribble over a page in the middle of the file, where the index lives.
	const damaged = fs.readFileSync(live.file)
	const pageSize = 4096
	const page = Math.floor(damaged.length / pageSize / 2) + 20
	damaged.fill(0x5a, page * pageSize + 100, page * pageSize + 3000)
	fs.writeFileSync(live.file, damaged)
	await expect(backupDatabase(live.file, path.join(dir, 'damaged-copy.db'))).rejects.toThrow(
		/^The copy failed its integrity check: /,
	)
	expect(filesIn(dir).filter((name) => name.includes('damaged-copy'))).toEqual([])
})

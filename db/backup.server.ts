import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

export class BackupError extends Error {}

const ALL_REMAINING_PAGES = 0x7fffffff

export type BackupResult = { source: string; destination: string; pages: number; bytes: number; ms: number }

/**
 * Copies a live database with SQLite's online backup API while the portal goes on reading and
 * writing it. The copy is the database as it was when the backup began: every page is copied
 * in one step, under one read transaction, because a step-by-step copy starts again each time
 * another process writes and might never finish on a busy portal. In WAL mode readers do not
 * block writers, so nobody waits for the backup.
 *
 * The copy is written beside the destination under another name, checked with
 * `PRAGMA integrity_check`, and only then given the destination's name, so a failed or
 * interrupted backup never leaves a half-written file where a good one was expected.
 */
export async function backupDatabase(
	sourcePath: string,
	destinationPath: string,
	options: { force?: boolean } = {},
): Promise<BackupResult> {
	const source = path.resolve(sourcePath)
	const destination = path.resolve(destinationPath)
	const started = performance.now()
	if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}`)
	if (destination === source)
		throw new BackupError('The backup must be written to another file than the database itself')
	if (fs.existsSync(destination) && !options.force)
		throw new BackupError(`${destination} already exists: choose another file, or add --force to replace it`)
	fs.mkdirSync(path.dirname(destination), { recursive: true })
	const partial = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.partial`)
	fs.rmSync(partial, { force: true })
	try {
		const pages = await copyDatabase(source, partial)
		checkCopy(partial)
		if (options.force) {
			fs.renameSync(partial, destination)
		} else {
			// A hard link fails if the name was taken meanwhile, where a rename would replace it.
			try {
				fs.linkSync(partial, destination)
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'EEXIST')
					throw new BackupError(`${destination} already exists: choose another file, or add --force to replace it`)
				throw error
			}
			fs.rmSync(partial)
		}
		return {
			source,
			destination,
			pages,
			bytes: fs.statSync(destination).size,
			ms: Math.round(performance.now() - started),
		}
	} finally {
		fs.rmSync(partial, { force: true })
	}
}

async function copyDatabase(source: string, destination: string): Promise<number> {
	let database: Database.Database
	try {
		database = new Database(source, { fileMustExist: true })
	} catch (error) {
		throw new BackupError(`Could not open the database at ${source}: ${(error as Error).message}`)
	}
	try {
		database.pragma('busy_timeout = 5000')
		const result = await database.backup(destination, { progress: () => ALL_REMAINING_PAGES })
		return result.totalPages
	} catch (error) {
		if (error instanceof BackupError) throw error
		throw new BackupError(`Could not copy the database at ${source}: ${(error as Error).message}`)
	} finally {
		database.close()
	}
}

/** Makes the copy a single self-contained file and proves it sound before it is kept. */
function checkCopy(file: string) {
	const copy = new Database(file, { fileMustExist: true })
	try {
		copy.pragma('journal_mode = DELETE')
		const problems = copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
		const report = problems.map((row) => row.integrity_check)
		if (report.length !== 1 || report[0] !== 'ok')
			throw new BackupError(`The copy failed its integrity check: ${report.slice(0, 5).join('; ')}`)
	} catch (error) {
		if (error instanceof BackupError) throw error
		throw new BackupError(`Could not check the copy: ${(error as Error).message}`)
	} finally {
		copy.close()
	}
}

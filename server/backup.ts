// Takes an online backup of the portal's database (DATABASE_PATH) while the server runs:
//   npm run db:backup -- backups/golden-thread-2027-10-20.db
//   npm run db:backup -- backups/latest.db --force   (replaces the file if it exists)
// Evidence files (EVIDENCE_DIR) are not in the database: copy that folder after the backup.
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { BackupError, backupDatabase } from '#db/backup.server.ts'
import { getEnv } from '#app/infra/env.server.ts'

if (fs.existsSync('.env')) process.loadEnvFile('.env')

function usage(problem: string): never {
	console.error(`${problem}\nUsage: npm run db:backup -- FILE [--force]`)
	process.exit(2)
}

function readArguments() {
	try {
		return parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true })
	} catch (error) {
		usage((error as Error).message)
	}
}

const { values, positionals } = readArguments()
const [file, ...extra] = positionals
if (!file) usage('Say which file to write the backup to.')
if (extra.length > 0) usage(`One file only, not ${positionals.length}.`)

try {
	const result = await backupDatabase(getEnv().databasePath, file, { force: values.force })
	const megabytes = (result.bytes / 1024 / 1024).toFixed(1)
	console.log(
		`Backed up ${result.source} to ${result.destination}: ${result.pages} pages (${megabytes} MB) in ${result.ms} ms, integrity check ok.`,
	)
} catch (error) {
	// A BackupError says what went wrong in words; anything else is unexpected, so show where.
	console.error(
		error instanceof BackupError
			? `Backup failed: ${error.message}`
			: `Backup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
	)
	process.exit(1)
}

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '#db/client.server.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		templateDatabase: string
	}
}

/**
 * Migrates one database for the whole run; each test file starts from a copy of it
 * (tests/setup-unit.ts), which is much quicker than migrating every file's own.
 */
export default function migrateTemplateDatabase(project: TestProject) {
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-template-'))
	const file = path.join(scratch, 'template.db')
	// Closing checkpoints the write-ahead log into the file, so the file alone is the database.
	openDatabase(file).sqlite.close()
	project.provide('templateDatabase', file)
	return () => fs.rmSync(scratch, { recursive: true, force: true })
}

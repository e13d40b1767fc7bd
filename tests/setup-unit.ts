import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, inject, vi } from 'vitest'
import { logger } from '#app/infra/logger.server.ts'

// Each test file gets its own real SQLite file, a copy of the run's migrated template
// (tests/template-database.ts), and its own mail folder.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-unit-'))
process.env.DATABASE_PATH = path.join(scratch, 'test.db')
fs.copyFileSync(inject('templateDatabase'), process.env.DATABASE_PATH)
process.env.MAIL_DIR = path.join(scratch, 'mail')
process.env.EVIDENCE_DIR = path.join(scratch, 'evidence')
process.env.APP_URL = 'http://localhost:3000'
process.env.COUNCIL_NAME = 'Testshire Council'
delete process.env.SMTP_URL

afterAll(() => {
	fs.rmSync(scratch, { recursive: true, force: true })
})

// An unexpected console.error or logged error is a bug (a React warning, a swallowed
// exception): fail the test that caused it instead of letting it scroll past.
let consoleError: ReturnType<typeof vi.spyOn>
let loggedError: ReturnType<typeof vi.spyOn>

beforeEach(() => {
	const original = console.error
	consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
		original(...args)
		throw new Error('console.error was called: ' + args.map(String).join(' '))
	})
	const log = logger()
	const logOriginal = log.error.bind(log)
	loggedError = vi.spyOn(log, 'error').mockImplementation((fields: unknown, message?: string) => {
		logOriginal(fields, message)
		throw new Error(`An error was logged: ${message}`, { cause: (fields as { err?: unknown }).err })
	})
})

afterEach(() => {
	consoleError.mockRestore()
	loggedError.mockRestore()
})

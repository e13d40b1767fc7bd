import { expect, test } from 'vitest'
import { createLogger, logError } from './logger.server.ts'

function collecting(level: Parameters<typeof createLogger>[0]) {
	const lines: string[] = []
	return { lines, log: createLogger(level, { write: (line: string) => void lines.push(line) }) }
}

test('an error is logged on one JSON line, with its message and stack', () => {
	const { lines, log } = collecting('info')
	logError('Outbox delivery failed', new Error('database is locked'), {}, log)

	expect(lines).toHaveLength(1)
	expect(lines[0]!.trimEnd()).not.toContain('\n')
	const entry = JSON.parse(lines[0]!) as { level: string; msg: string; err: { message: string; stack: string } }
	expect(entry).toMatchObject({ level: 'error', msg: 'Outbox delivery failed', err: { message: 'database is locked' } })
	expect(entry.err.stack).toMatch(/^Error: database is locked\n\s+at .*logger\.server\.test\.ts/)
})

test('LOG_LEVEL sets what is written: warn keeps errors and drops requests; silent writes nothing', () => {
	const warn = collecting('warn')
	warn.log.info({ path: '/' }, 'request')
	logError('Reminder run failed', new Error('no such table'), {}, warn.log)
	expect(warn.lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['Reminder run failed'])

	const silent = collecting('silent')
	silent.log.info({ path: '/' }, 'request')
	logError('Reminder run failed', new Error('no such table'), {}, silent.log)
	expect(silent.lines).toEqual([])
})

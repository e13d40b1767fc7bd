import path from 'node:path'
import { expect, test } from 'vitest'
import { parseEnv } from './env.server.ts'

test('defaults serve the demo', () => {
	const env = parseEnv({})
	expect(env.PORT).toBe(3000)
	expect(env.APP_URL).toBe('http://localhost:3000')
	expect(env.databasePath).toBe(path.resolve('data/golden-thread.db'))
	expect(env.mailDir).toBe(path.resolve('data/mail'))
	expect(env.SMTP_URL).toBeUndefined()
	expect(env.COUNCIL_NAME).toBe('Exampleshire Council')
	expect(env.SEED_DEMO_DATA).toBe(true)
	expect(env.isHttps).toBe(false)
	expect(env.LOG_LEVEL).toBe('info')
	expect(env.OUTBOX_LEASE_SECONDS).toBe(30)
})

test('values are read and typed', () => {
	const env = parseEnv({
		PORT: '8080',
		APP_URL: 'https://social-value.council.example/',
		DATABASE_PATH: '/var/lib/gt/db.sqlite',
		SMTP_URL: 'smtp://user:pass@127.0.0.1:2525',
		COUNCIL_NAME: 'Northshire Council',
		SEED_DEMO_DATA: 'false',
		NODE_ENV: 'production',
		LOG_LEVEL: 'warn',
		OUTBOX_LEASE_SECONDS: '10',
	})
	expect(env.PORT).toBe(8080)
	expect(env.APP_URL).toBe('https://social-value.council.example')
	expect(env.isHttps).toBe(true)
	expect(env.databasePath).toBe('/var/lib/gt/db.sqlite')
	expect(env.SMTP_URL).toBe('smtp://user:pass@127.0.0.1:2525')
	expect(env.SEED_DEMO_DATA).toBe(false)
	expect(env.isProduction).toBe(true)
	expect(env.LOG_LEVEL).toBe('warn')
	expect(env.OUTBOX_LEASE_SECONDS).toBe(10)
})

test('an outbox lease shorter than three seconds is refused: renewals could not keep up', () => {
	expect(() => parseEnv({ OUTBOX_LEASE_SECONDS: '2' })).toThrow(/OUTBOX_LEASE_SECONDS/)
})

test('an empty variable counts as unset', () => {
	expect(parseEnv({ SMTP_URL: '', PORT: '' }).PORT).toBe(3000)
})

test('every bad variable is listed in one clear error', () => {
	expect(() =>
		parseEnv({ PORT: 'eighty', SMTP_URL: 'not a url', SEED_DEMO_DATA: 'maybe', LOG_LEVEL: 'loud' }),
	).toThrowError(
		/Invalid environment variables:\n {2}PORT: .*\n {2}SMTP_URL: .*\n {2}SEED_DEMO_DATA: .*\n {2}LOG_LEVEL: /,
	)
})

test('production refuses a plain-http address that is not local', () => {
	expect(() => parseEnv({ NODE_ENV: 'production', APP_URL: 'http://portal.council.example' })).toThrowError(
		/APP_URL: must use https/,
	)
	expect(parseEnv({ NODE_ENV: 'production', APP_URL: 'http://localhost:3000' }).isProduction).toBe(true)
})

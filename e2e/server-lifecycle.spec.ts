import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { appOrigin, expect, test } from './fixtures.ts'

// Starts a second production server on its own empty database, as `npm run serve` would.
test('a fresh start migrates, seeds and prints the demo accounts; SIGTERM stops it cleanly', async ({ request }) => {
	test.setTimeout(60_000)
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-start-'))
	// Beside the e2e server's own port, so runs on other ports never collide.
	const port = Number(new URL(appOrigin).port) + 99
	const child = spawn(process.execPath, ['build/runtime/index.js'], {
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			APP_URL: `http://localhost:${port}`,
			DATABASE_PATH: path.join(dir, 'db', 'portal.db'),
			MAIL_DIR: path.join(dir, 'mail'),
			SEED_DEMO_DATA: 'true',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
	try {
		await expect.poll(() => output, { timeout: 30_000 }).toContain(`running on http://localhost:${port}`)
		expect(output).toContain('sam.lead@council.example')
		expect(output).toContain('Password for every demo account: golden-thread-demo')
		expect(fs.existsSync(path.join(dir, 'db', 'portal.db'))).toBe(true)

		const health = await request.get(`http://localhost:${port}/healthz`)
		expect(await health.text()).toBe('ok')
		const contracts = await request.get(`http://localhost:${port}/contracts`)
		expect(await contracts.text()).toContain('Parks and green spaces maintenance')
		const opportunities = await request.get(`http://localhost:${port}/opportunities`)
		expect(await opportunities.text()).toContain('Library cleaning')

		child.kill('SIGTERM')
		expect(await exited).toBe(0)
		expect(output).toContain('SIGTERM received')
	} finally {
		child.kill('SIGKILL')
		fs.rmSync(dir, { recursive: true, force: true })
	}
})

test('a bad environment stops the server at boot with a clear message', async () => {
	const child = spawn(process.execPath, ['build/runtime/index.js'], {
		env: { ...process.env, NODE_ENV: 'production', PORT: 'eighty', SMTP_URL: 'not a url' },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
	expect(code).not.toBe(0)
	expect(output).toContain('Invalid environment variables')
	expect(output).toContain('PORT')
	expect(output).toContain('SMTP_URL')
})

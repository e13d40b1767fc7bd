import { execFile, spawn } from 'node:child_process'
import { builtinModules } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { build } from 'esbuild'
import { appOrigin, expect, test } from './fixtures.ts'

const DAY = 86_400_000

/** An npm script of the project, as cron or an operator runs it. */
async function npmRun(args: string[], env: NodeJS.ProcessEnv) {
	try {
		const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', ...args], { env, timeout: 30_000 })
		return { code: 0, stdout, stderr }
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string }
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
	}
}

function mailCount(dir: string) {
	return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')).length : 0
}

// Starts a second production server on its own empty database, as `npm run serve` would.
test('a fresh start migrates, seeds and prints the demo accounts, logs each request; SIGTERM stops it cleanly', async ({
	request,
}) => {
	test.setTimeout(60_000)
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-start-'))
	// Beside the e2e server's own port, so runs on other ports never collide.
	const port = Number(new URL(appOrigin).port) + 99
	const env = {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(port),
		APP_URL: `http://localhost:${port}`,
		DATABASE_PATH: path.join(dir, 'db', 'portal.db'),
		MAIL_DIR: path.join(dir, 'mail'),
		SEED_DEMO_DATA: 'true',
	}
	const child = spawn(process.execPath, ['build/runtime/index.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
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

		// Each request is one JSON line on standard output, with the user id and no more of the person.
		const signIn = await request.post(`http://localhost:${port}/sign-in`, {
			form: { email: 'sam.lead@council.example', password: 'golden-thread-demo' },
			headers: { Origin: `http://localhost:${port}` },
			maxRedirects: 0,
		})
		expect(signIn.status()).toBe(302)
		const cookie = signIn.headers()['set-cookie']!.split(';')[0]!
		const account = await request.get(`http://localhost:${port}/account?token=secret-from-an-email`, {
			headers: { Cookie: cookie },
		})
		expect(account.status()).toBe(200)
		const requestLines = () =>
			output
				.split('\n')
				.filter((line) => line.startsWith('{'))
				.map((line) => JSON.parse(line) as Record<string, unknown>)
				.filter((entry) => entry.msg === 'request')
		await expect.poll(() => requestLines().filter((entry) => entry.path === '/account')).toHaveLength(1)
		const [accountLine] = requestLines().filter((entry) => entry.path === '/account')
		expect(Object.keys(accountLine!).sort()).toEqual(
			['durationMs', 'level', 'method', 'msg', 'path', 'pid', 'status', 'time', 'userId'].sort(),
		)
		expect(accountLine).toMatchObject({ level: 'info', method: 'GET', status: 200, userId: expect.any(Number) })
		expect(requestLines().find((entry) => entry.path === '/sign-in' && entry.method === 'POST')).toMatchObject({
			status: 302,
		})
		expect(requestLines().find((entry) => entry.path === '/healthz')).not.toHaveProperty('userId')
		const logged = JSON.stringify(requestLines())
		expect(logged).not.toContain('secret-from-an-email')
		expect(logged).not.toContain('sam.lead')

		child.kill('SIGTERM')
		expect(await exited).toBe(0)
		expect(output).toContain('SIGTERM received')

		// The commands cron runs, compiled by the build and run by Node, on what the server left.
		const mailBefore = mailCount(env.MAIL_DIR)
		const at = new Date(Date.now() + 30 * DAY).toISOString()
		const reminders = await npmRun(['reminders', '--', '--now', at], env)
		expect(reminders, reminders.stderr).toMatchObject({ code: 0, stderr: '' })
		const sent =
			/^Reminders at (\S+): \d+ return, \d+ tender, \d+ digest, \d+ summary emails queued; (\d+) sent\.$/m.exec(
				reminders.stdout,
			)
		expect(sent?.[1]).toBe(at)
		expect(Number(sent?.[2])).toBeGreaterThan(0)
		expect(mailCount(env.MAIL_DIR)).toBe(mailBefore + Number(sent?.[2]))

		const copy = path.join(dir, 'backups', 'portal.db')
		const backup = await npmRun(['db:backup', '--', copy], env)
		expect(backup, backup.stderr).toMatchObject({ code: 0, stderr: '' })
		expect(backup.stdout).toContain(`to ${copy}:`)
		const restored = new Database(copy, { readonly: true })
		expect(restored.prepare('select email from users').pluck().all()).toContain('sam.lead@council.example')
		const sam = restored.prepare("select id from users where email = 'sam.lead@council.example'").pluck().get()
		expect(accountLine!.userId).toBe(sam)
		restored.close()
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

test('the production build needs only the dependencies: no tsx, no build tools', async () => {
	const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
		scripts: Record<string, string>
		dependencies: Record<string, string>
		devDependencies: Record<string, string>
	}
	// What production runs is Node on the compiled build.
	for (const script of ['serve', 'reminders', 'db:backup'])
		expect(manifest.scripts[script], script).toMatch(
			/^(cross-env NODE_ENV=production )?node build\/runtime\/[\w-]+\.js$/,
		)
	expect(Object.keys(manifest.devDependencies)).toContain('tsx')
	expect(Object.keys(manifest.dependencies)).not.toContain('tsx')

	// Every file the entries load, followed through their chunks, with the packages each imports.
	const { metafile } = await build({
		entryPoints: [
			'build/runtime/index.js',
			'build/runtime/web-worker.js',
			'build/runtime/reminders.js',
			'build/runtime/backup.js',
			// Loaded by the web server from a path it works out when it starts.
			'build/server/index.js',
		],
		bundle: true,
		write: false,
		metafile: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		outdir: path.join(os.tmpdir(), 'golden-thread-unused'),
		logLevel: 'silent',
	})
	const packageOf = (specifier: string) =>
		specifier
			.split('/')
			.slice(0, specifier.startsWith('@') ? 2 : 1)
			.join('/')
	const builtins = new Set(builtinModules)
	const outside = new Map<string, string>()
	for (const input of Object.values(metafile.inputs))
		for (const imported of input.imports)
			if (imported.external && !imported.path.startsWith('node:') && !builtins.has(imported.path))
				if (!(packageOf(imported.path) in manifest.dependencies)) outside.set(packageOf(imported.path), imported.kind)
	// Vite serves the pages in development only, and is imported only then.
	expect(Object.fromEntries(outside)).toEqual({ vite: 'dynamic-import' })
})

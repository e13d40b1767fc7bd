import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect } from '@playwright/test'
import Database from 'better-sqlite3'
import { SMTPServer } from 'smtp-server'
import { SESSION_COOKIE } from '#app/lib/session.server.ts'
import type { Seeded, SeededSupplier } from './reliability-seed.ts'

const DAY = 86_400_000

/** An empty folder under test-results for one test's database, mail and evidence. */
export function dataFolder(name: string) {
	const dir = path.resolve('test-results', 'reliability', name)
	fs.rmSync(dir, { recursive: true, force: true })
	fs.mkdirSync(dir, { recursive: true })
	return dir
}

export type PortalEnv = NodeJS.ProcessEnv & {
	DATABASE_PATH: string
	MAIL_DIR: string
	EVIDENCE_DIR: string
	PORT: string
	APP_URL: string
}

/** The environment of a production portal on its own data, as `npm run serve` would have it. */
export function portalEnv(dir: string, port: number, extra: Record<string, string> = {}): PortalEnv {
	return {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(port),
		APP_URL: `http://localhost:${port}`,
		DATABASE_PATH: path.join(dir, 'portal.db'),
		MAIL_DIR: path.join(dir, 'mail'),
		EVIDENCE_DIR: path.join(dir, 'evidence'),
		SEED_DEMO_DATA: 'false',
		REMINDER_INTERVAL_MINUTES: '0',
		SMTP_URL: '',
		...extra,
	}
}

export type Running = {
	child: ChildProcess
	output: () => string
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
	/** Signals the process and every process it started (a server's web processes), as a service manager stopping it would. */
	killAll: (signal: NodeJS.Signals) => void
}

const started = new Set<ChildProcess>()

/**
 * Runs a script as its own process: a production one from the build (`build/runtime/*.js`,
 * as the service and its timers run them), or a TypeScript one of the tests through tsx.
 * Node loads tsx itself rather than through the tsx command, which would run the script in a
 * second process that a SIGKILL to the first leaves running.
 */
export function start(args: string[], env: NodeJS.ProcessEnv): Running {
	const loader = args[0]?.endsWith('.ts') ? ['--import', 'tsx'] : []
	// A process group of its own, so killAll reaches the web processes a server starts.
	const child = spawn(process.execPath, [...loader, ...args], {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	})
	started.add(child)
	let output = ''
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.on('exit', (code, signal) => {
			started.delete(child)
			resolve({ code, signal })
		}),
	)
	const killAll = (signal: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, signal)
		} catch {
			// The group has already gone.
		}
	}
	return { child, output: () => output, exited, killAll }
}

export async function run(args: string[], env: NodeJS.ProcessEnv) {
	const running = start(args, env)
	const { code } = await running.exited
	return { code, output: running.output() }
}

/** Stops whatever a failed test left running. */
export function killLeftovers() {
	for (const child of started) {
		try {
			process.kill(-child.pid!, 'SIGKILL')
		} catch {
			// The group has already gone.
		}
	}
}

export async function startServer(env: PortalEnv): Promise<Running> {
	// The production build, as `npm run serve` runs it.
	const server = start(['build/runtime/index.js'], env)
	let exit: { code: number | null } | null = null
	void server.exited.then((result) => (exit = result))
	await expect
		.poll(
			() =>
				exit
					? `exited: ${server.output()}`
					: server.output().includes(`running on ${env.APP_URL}`)
						? 'running'
						: 'starting',
			{ timeout: 30_000, message: 'the server starts' },
		)
		.toBe('running')
	return server
}

export async function stopServer(server: Running) {
	server.child.kill('SIGTERM')
	// It finishes within its own ten-second limit, or the test says what it printed meanwhile.
	const stopped = await Promise.race([
		server.exited,
		new Promise((resolve) => setTimeout(() => resolve('still running after 20 s'), 20_000)),
	])
	expect(stopped, server.output()).toEqual({ code: 0, signal: null })
}

/** Fills a portal's database from a process of its own (see reliability-seed.ts). */
export async function seed(
	env: PortalEnv,
	options: { contracts: number; today?: string; tag: string },
): Promise<Seeded> {
	const out = path.join(path.dirname(env.DATABASE_PATH), `seed-${options.tag}.json`)
	const args = [
		'e2e/reliability-seed.ts',
		'--contracts',
		String(options.contracts),
		'--tag',
		options.tag,
		'--out',
		out,
		...(options.today ? ['--today', options.today] : []),
	]
	const result = await run(args, env)
	expect(result.code, result.output).toBe(0)
	return JSON.parse(fs.readFileSync(out, 'utf8')) as Seeded
}

/** Reads the portal's database from the test, on a connection of its own. */
export function query<T>(databasePath: string, sql: string, ...params: unknown[]): T[] {
	const database = new Database(databasePath, { fileMustExist: true })
	try {
		return database.prepare(sql).all(...params) as T[]
	} finally {
		database.close()
	}
}

export type Delivery = { messageId: string; to: string[] }

/**
 * A real SMTP server on 127.0.0.1 that records every message it receives, with its
 * Message-ID. It can hold a message after receiving it, without answering: the moment when
 * the server has the message but the sender does not know it yet.
 */
export async function smtpRecorder(port: number, holdMessage: (count: number) => boolean = () => false) {
	const deliveries: Delivery[] = []
	const held: (() => void)[] = []
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		disableReverseLookup: true,
		logger: false,
		onData(stream, session, callback) {
			let raw = ''
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
			stream.on('end', () => {
				deliveries.push({
					messageId: /^Message-ID:\s*(<[^>\s]+>)/im.exec(raw)?.[1] ?? '(none)',
					to: session.envelope.rcptTo.map((r) => r.address),
				})
				if (holdMessage(deliveries.length)) held.push(() => callback())
				else callback()
			})
		},
	})
	// A sender killed while its message is held leaves a broken connection behind; that is expected.
	server.on('error', () => {})
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
	return {
		url: `smtp://127.0.0.1:${port}`,
		deliveries,
		held,
		releaseHeld() {
			for (const answer of held.splice(0)) answer()
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	}
}

/** How many times each Message-ID arrived. */
export function countByMessageId(deliveries: Delivery[]) {
	const counts = new Map<string, number>()
	for (const delivery of deliveries) counts.set(delivery.messageId, (counts.get(delivery.messageId) ?? 0) + 1)
	return counts
}

/**
 * Runs `npm run reminders` one run after another, as a busy cron would, each a week of
 * simulated time after the last so every run has reminders to queue and send.
 */
export function reminderLoop(env: NodeJS.ProcessEnv, firstDay: string) {
	const runs: { now: string; startedAt: number; endedAt: number; code: number | null; output: string }[] = []
	let stopping = false
	const done = (async () => {
		for (let week = 0; !stopping; week++) {
			const now = `${new Date(Date.parse(firstDay) + week * 7 * DAY).toISOString().slice(0, 10)}T09:00`
			const startedAt = Date.now()
			const result = await run(['build/runtime/reminders.js', '--now', now], env)
			runs.push({ now, startedAt, endedAt: Date.now(), ...result })
		}
	})()
	return {
		runs,
		async stop() {
			stopping = true
			await done
			return runs
		},
	}
}

export type Reply = { method: string; path: string; status: number; body: string; location: string | null }

/** A supplier's browser without JavaScript: native form posts with its session cookie. */
export function supplierClient(baseUrl: string, supplier: SeededSupplier) {
	const replies: Reply[] = []
	async function request(method: 'GET' | 'POST', pathname: string, form?: Record<string, string>) {
		const response = await fetch(`${baseUrl}${pathname}`, {
			method,
			redirect: 'manual',
			headers: {
				cookie: `${SESSION_COOKIE}=${supplier.token}`,
				...(form ? { origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' } : {}),
			},
			body: form ? new URLSearchParams(form).toString() : undefined,
		})
		const reply: Reply = {
			method,
			path: pathname,
			status: response.status,
			body: await response.text(),
			location: response.headers.get('location'),
		}
		replies.push(reply)
		return reply
	}
	function versionIn(html: string) {
		const match = /name="version" value="(\d+)"/.exec(html)
		if (!match) throw new Error(`No version field in the page:\n${html.slice(0, 500)}`)
		return match[1]!
	}
	return {
		replies,
		/** Opens each commitment's page, saves its answer, checks the answers and submits. */
		async fileReturn(hours: string) {
			const returnPath = `/returns/${supplier.returnId}`
			await request('GET', returnPath)
			for (const commitment of supplier.commitments) {
				const page = await request('GET', `${returnPath}/lines/${commitment.id}`)
				const answer: Record<string, string> = commitment.qualitative
					? { deliveredText: `Waste plan in use (${supplier.contractReference})` }
					: { delivered: hours }
				await request('POST', `${returnPath}/lines/${commitment.id}`, {
					version: versionIn(page.body),
					intent: 'save',
					...answer,
					milestoneStatus: 'on_track',
					narrative: 'Delivered as planned.',
				})
			}
			const check = await request('GET', `${returnPath}/check`)
			return request('POST', `${returnPath}/check`, { version: versionIn(check.body) })
		},
		/** Saves the hours line again with a new figure. */
		async saveHours(hours: string) {
			const commitment = supplier.commitments.find((c) => !c.qualitative)!
			const linePath = `/returns/${supplier.returnId}/lines/${commitment.id}`
			const page = await request('GET', linePath)
			return request('POST', linePath, {
				version: versionIn(page.body),
				intent: 'save',
				delivered: hours,
				milestoneStatus: 'on_track',
				narrative: '',
			})
		},
	}
}

/** Replies that are not what a person filing a return should see: errors, or an unexpected page. */
export function badReplies(replies: Reply[]) {
	return replies.filter(
		(reply) =>
			reply.status >= 400 ||
			/database is locked|SQLITE_BUSY/i.test(reply.body) ||
			(reply.method === 'POST' && reply.status !== 302),
	)
}

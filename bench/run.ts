// `npm run bench`: seeds a large council's data into a scratch database, starts the production
// server on it, loads each heavy page with ten concurrent connections, times the upload and
// preview of a 2,000-measure spreadsheet, times a reminder run over every period and over
// 50,000 and a bulk import of 500 live contracts, and writes bench/results.md. Exits 1 if a target is missed.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { parseBenchArgs } from '#server/bench/args.ts'
import { resultsDocument } from '#server/bench/report.ts'
import { childProcessIds, cpuTicks, latencySummary, peakMemoryBytes, sumOrNull } from '#server/bench/stats.ts'
import {
	missedTargets,
	targets,
	type BenchResults,
	type PageResult,
	type ReminderResult,
} from '#server/bench/targets.ts'

const options = parseBenchArgs(process.argv.slice(2))
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-bench-'))
const appUrl = `http://localhost:${options.port}`
// The bench process and the server share the database; mail is only ever written to a folder.
const serverEnv = {
	NODE_ENV: 'production',
	DATABASE_PATH: path.join(scratch, 'bench.db'),
	MAIL_DIR: path.join(scratch, 'mail'),
	EVIDENCE_DIR: path.join(scratch, 'evidence'),
	SMTP_URL: '',
	APP_URL: appUrl,
	PORT: String(options.port),
	REMINDER_INTERVAL_MINUTES: '0',
	SEED_DEMO_DATA: 'false',
	COUNCIL_NAME: 'Benchshire Council',
	...(options.processes === null ? {} : { WEB_CONCURRENCY: String(options.processes) }),
}
Object.assign(process.env, serverEnv)

// Imported only now: the database module reads DATABASE_PATH on first use.
const { closeDatabase, db } = await import('#db/client.server.ts')
const { createSession, SESSION_COOKIE } = await import('#app/lib/session.server.ts')
const { runReminders } = await import('#app/lib/reminders.server.ts')
const { sendTimeOn } = await import('#app/domain/reminders/send-time.ts')
const { addDays } = await import('#app/domain/calendar-dates.ts')
const { seedBenchData, seedOutstandingPeriods, describeData } = await import('./seed.ts')
const { prepareImportPreview, timeImportPreview } = await import('./import-preview.ts')
const { prepareContractsImport, timeContractsImport } = await import('./contracts-import.ts')

const loadAtStart = os.loadavg()[0]!
console.log(`Seeding at scale ${options.scale} into ${scratch} ...`)
let started = performance.now()
const data = seedBenchData({ scale: options.scale })
const dataset = describeData()
console.log(`Seeded in ${seconds(performance.now() - started)}: ${dataset.join(', ')}`)

const cookieOf = (userId: number) => `${SESSION_COOKIE}=${createSession(userId, Date.now()).token}`
const admin = cookieOf(data.users.admin)
const manager = cookieOf(data.users.manager)
const supplier = cookieOf(data.users.supplier)
const importDraft = prepareImportPreview(data.users.admin, targets.importPreviewMeasures)
// The server starts from a compact database file rather than a long write-ahead log.
db.all(sql`pragma wal_checkpoint(TRUNCATE)`)

/** `requests`: measured over that many responses rather than for a time, for a response that takes longer than a timed run. */
type Page = { name: string; path: string; cookie?: string; requests?: number }
const ceiling: Page = { name: 'Minimal route', path: '/healthz' }
const pages: Page[] = [
	{ name: 'Public TOMs', path: '/toms' },
	{ name: 'Opportunities', path: '/opportunities' },
	{
		name: `Matrix edit, ${data.sizes.matrixLines} lines (supplier)`,
		path: `/matrices/${data.editMatrixId}`,
		cookie: supplier,
	},
	{ name: 'Matrix review', path: `/manage/matrices/${data.reviewMatrixId}`, cookie: admin },
	{
		name: `Matrix comparison, ${data.sizes.comparedMatrices} bids`,
		path: `/manage/tenders/${data.comparisonTenderId}/matrices`,
		cookie: admin,
	},
	{ name: 'Return review', path: `/manage/returns/${data.reviewReturnId}`, cookie: admin },
	{ name: 'Returns to review, all contracts', path: '/manage/returns', cookie: admin },
	{ name: 'Council dashboard, all contracts', path: '/manage/dashboard', cookie: admin },
	{ name: 'Council dashboard, one contract manager', path: '/manage/dashboard', cookie: manager },
	{ name: 'Council home, all contracts', path: '/manage', cookie: admin },
	{ name: 'Council home, one contract manager', path: '/manage', cookie: manager },
	{ name: 'Supplier dashboard', path: '/your-contracts', cookie: supplier },
	{ name: 'Supplier home', path: '/home', cookie: supplier },
	{ name: 'Annual report', path: '/manage/report', cookie: admin },
	{ name: 'Due dates, all contracts', path: '/due-dates', cookie: admin },
	{ name: 'Due dates (supplier)', path: '/due-dates', cookie: supplier },
	{
		name: `Delivery export (CSV), timed over ${3 * options.connections} responses`,
		path: '/manage/exports/delivery/csv',
		cookie: admin,
		requests: 3 * options.connections,
	},
]

const server = startServer()
let results: BenchResults
try {
	await waitForServer(server)
	const measuredCeiling = await measure(ceiling)
	const measured: PageResult[] = []
	for (const page of pages) measured.push(await measure(page))
	// Alone on the server, as one administrator importing a file would be.
	const importPreview = await timeImportPreview(appUrl, admin, importDraft)
	const serverProcesses = serverProcessIds()
	const memory = sumOrNull(serverProcesses.map((pid) => peakMemoryBytes(readProc(pid, 'status'))))
	await stopServer(server)

	// Reminders run in this process, as `npm run reminders` would, after the due date of
	// every open period has passed by two weeks: each is overdue and copies its manager.
	const now = sendTimeOn(addDays(data.lastDueDate, 15)) + 3_600_000
	const reminders: ReminderResult[] = [timeReminders('Reminders, every seeded period', now)]
	started = performance.now()
	const total = seedOutstandingPeriods(targets.reminderPeriods, data.term)
	console.log(`Added periods to reach ${total.toLocaleString('en-GB')} in ${seconds(performance.now() - started)}`)
	// A clean outbox, so the second run queues its reminders rather than finding them sent.
	db.run(sql`delete from outbox`)
	reminders.push(timeReminders(`Reminders, ${total.toLocaleString('en-GB')} periods`, now))
	// Last, so its contracts change no page or reminder measured before.
	const contractsImport = await timeContractsImport(
		await prepareContractsImport(data.users.admin, targets.contractsImportContracts),
	)
	results = {
		ceiling: measuredCeiling,
		pages: measured,
		reminders,
		peakMemoryBytes: memory,
		serverProcesses: serverProcesses.length,
		importPreview,
		contractsImport,
	}
} catch (error) {
	await stopServer(server)
	throw error
}

const document = resultsDocument(results, {
	date: new Date(),
	cpus: os.cpus().length,
	cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
	nodeVersion: process.version,
	loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
	scale: options.scale,
	connections: options.connections,
	duration: options.duration,
	dataset,
})
console.log(`\n${document}`)
fs.writeFileSync(path.join(import.meta.dirname, 'results.md'), document)
closeDatabase()
if (!options.keep) fs.rmSync(scratch, { recursive: true, force: true })
process.exitCode = missedTargets(results).length > 0 ? 1 : 0

function seconds(ms: number) {
	return `${(ms / 1000).toFixed(1)} s`
}

function startServer(): ChildProcess {
	// The production build run by node itself, as `npm run serve` does: the pid is the server's own and its children its web processes.
	const child = spawn(process.execPath, ['build/runtime/index.js'], {
		env: { ...process.env, ...serverEnv },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
	child.on('exit', (code) => {
		if (code !== 0 && code !== null) console.error(`The server stopped with code ${code}:\n${output}`)
	})
	return child
}

async function waitForServer(child: ChildProcess) {
	const deadline = Date.now() + 60_000
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error('The server stopped before it answered')
		const ok = await fetch(`${appUrl}/healthz`)
			.then((response) => response.ok)
			.catch(() => false)
		if (ok) return
		await new Promise((resolve) => setTimeout(resolve, 100))
	}
	throw new Error(`The server did not answer on ${appUrl} within a minute`)
}

async function stopServer(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null) return
	const exited = new Promise((resolve) => child.once('exit', resolve))
	child.kill('SIGTERM')
	await exited
}

/** Checks the page answers 200 to its user, warms it up, then loads it and times every response. */
async function measure(page: Page): Promise<PageResult> {
	const headers: Record<string, string> = { 'accept-encoding': 'gzip' }
	if (page.cookie) headers.cookie = page.cookie
	const checkStart = performance.now()
	const check = await fetch(`${appUrl}${page.path}`, {
		headers: { cookie: page.cookie ?? '', 'accept-encoding': 'gzip' },
		redirect: 'manual',
	})
	const body = await check.arrayBuffer()
	const firstMs = performance.now() - checkStart
	if (check.status !== 200) throw new Error(`${page.name} (${page.path}) answered ${check.status}, not 200`)
	if (options.warmup > 0)
		await load(page.path, headers, page.requests ? { amount: options.connections } : { duration: options.warmup })
	const ticksBefore = serverCpuTicks()
	const run = await load(page.path, headers, page.requests ? { amount: page.requests } : { duration: options.duration })
	const ticksAfter = serverCpuTicks()
	if (run.result.non2xx > 0 || run.result.errors > 0)
		throw new Error(
			`${page.name} (${page.path}): ${run.result.non2xx} answers other than 2xx and ${run.result.errors} errors under load`,
		)
	if (run.latencies.length === 0) throw new Error(`${page.name} (${page.path}): no response completed under load`)
	const summary = latencySummary(run.latencies)
	// Clock ticks are hundredths of a second.
	const cpuMsPerRequest =
		ticksBefore === null || ticksAfter === null ? null : ((ticksAfter - ticksBefore) * 10) / run.latencies.length
	const measured: PageResult = {
		name: page.name,
		path: page.path,
		...summary,
		requestsPerSecond: run.latencies.length / run.seconds,
		requests: run.latencies.length,
		cpuMsPerRequest,
		bytes: body.byteLength,
		...(page.requests ? { firstMs } : {}),
	}
	console.log(
		`${page.name.padEnd(44)} p50 ${summary.p50.toFixed(1).padStart(6)} ms  p95 ${summary.p95.toFixed(1).padStart(6)} ms  p99 ${summary.p99.toFixed(1).padStart(6)} ms  ${Math.round(measured.requestsPerSecond).toString().padStart(6)}/s  CPU ${cpuMsPerRequest === null ? '?' : cpuMsPerRequest.toFixed(1)} ms`,
	)
	return measured
}

/** The server and its web processes. */
function serverProcessIds(): number[] {
	return [server.pid!, ...childProcessIds(readProc(server.pid!, `task/${server.pid}/children`))]
}

function serverCpuTicks() {
	return sumOrNull(serverProcessIds().map((pid) => cpuTicks(readProc(pid, 'stat'))))
}

function readProc(pid: number, file: string) {
	return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8')
}

/** `seconds` runs from the start to the last response, timed here: autocannon gives a run's duration in whole seconds, which a run of a set number of requests may not last. */
function load(urlPath: string, headers: Record<string, string>, length: { duration: number } | { amount: number }) {
	return new Promise<{ result: autocannon.Result; latencies: number[]; seconds: number }>((resolve, reject) => {
		const latencies: number[] = []
		const start = performance.now()
		let lastResponseAt = start
		// A minute before a request counts as failed: a whole-council export takes seconds when ten are asked for at once.
		const instance = autocannon(
			{ url: `${appUrl}${urlPath}`, connections: options.connections, headers, timeout: 60, ...length },
			(error, result) =>
				error ? reject(error) : resolve({ result, latencies, seconds: (lastResponseAt - start) / 1000 }),
		)
		instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
			latencies.push(responseTime)
			lastResponseAt = performance.now()
		})
	})
}

function timeReminders(label: string, now: number): ReminderResult {
	const periods = db.get<{ n: number }>(sql`select count(*) as "n" from "reporting_periods"`)!
	const start = performance.now()
	const counts = runReminders(now)
	const ms = performance.now() - start
	const queued = counts.returns + counts.tenders + counts.digests + counts.summaries
	console.log(`${label}: ${queued.toLocaleString('en-GB')} emails queued in ${seconds(ms)}`)
	return { label, periods: periods.n, queued, ms }
}

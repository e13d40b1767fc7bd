// How fast are the dashboards and the annual report with a big council's data? Builds a
// fresh database with the benchmark's seed (500 contracts × 10 commitments × 10 quarterly
// periods, most returns approved), times each query the pages run, then times whole pages
// (sign-in check, loader and server rendering) through the production build. `npm run
// measure` builds first; `npm run bench` loads the same pages over HTTP.
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createRequestHandler, type ServerBuild } from 'react-router'
import { closeDatabase, checkDatabase } from '#db/client.server.ts'
import { contractsProgress } from '#app/lib/contract-progress.server.ts'
import {
	caseStudies,
	dashboardTotals,
	deliveredOverTime,
	returnCounts,
	returnsInYear,
	scheduledYears,
} from '#app/lib/dashboard.server.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { listContracts } from '#app/lib/contracts.server.ts'
import { firstCouncil } from '#app/lib/councils.server.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import { describeData, seedBenchData, themeNames } from '../bench/seed.ts'

const databasePath = getEnv().databasePath
if (!databasePath.includes('measure'))
	throw new Error(`Refusing to fill ${databasePath}: run this with npm run measure, which uses its own database`)
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${databasePath}${suffix}`, { force: true })
checkDatabase()

const started = performance.now()
// Contracts from April 2025, so the years timed below have figures whatever the date.
const data = seedBenchData({ start: '2025-04-01' })
const now = data.now
console.log(`Built ${describeData().join(', ')} in ${Math.round(performance.now() - started)} ms`)
const lead = { id: data.users.admin }
const manager = { id: data.users.manager }
const supplierUser = { id: data.users.supplier }

const TARGET_MS = 100
const slow: string[] = []

function report(label: string, runs: number[]) {
	const median = runs.sort((a, b) => a - b)[2]!
	if (median >= TARGET_MS) slow.push(label)
	console.log(`${label.padEnd(58)} ${median.toFixed(1).padStart(7)} ms (median of 5)`)
}

function time(label: string, run: () => unknown) {
	run() // warm up
	report(
		label,
		Array.from({ length: 5 }, () => {
			const start = performance.now()
			run()
			return performance.now() - start
		}),
	)
}

async function timePage(
	handler: (request: Request, context: object) => Promise<Response>,
	label: string,
	url: string,
	userId: number,
) {
	const { token } = createSession(userId, Date.now())
	const get = async () => {
		const response = await handler(
			new Request(`http://localhost${url}`, { headers: { Cookie: `${SESSION_COOKIE}=${token}` } }),
			{ cspNonce: 'measure', clientIp: '127.0.0.1' },
		)
		if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
		return (await response.text()).length
	}
	const size = await get() // warm up
	const runs: number[] = []
	for (let i = 0; i < 5; i++) {
		const start = performance.now()
		await get()
		runs.push(performance.now() - start)
	}
	report(`${label} (${Math.round(size / 1024)} KB)`, runs)
}

// The benchmark's seed makes one council.
const councilId = firstCouncil()!.id
const year = scheduledYears(councilId).find((y) => y.key === '2026-27')!
const all = { councilId, year: null, contractManagerId: null, theme: null }
time('Dashboard totals, all time, every contract', () => dashboardTotals(all))
time('Dashboard totals, 2026/27, every contract', () => dashboardTotals({ ...all, year }))
time('Dashboard totals, 2026/27, one contract manager', () =>
	dashboardTotals({ ...all, year, contractManagerId: manager.id }),
)
time('Returns due, overdue and waiting', () => returnCounts({ councilId, contractManagerId: null }, '2026-11-23'))
time('Delivered over time', () => deliveredOverTime(all))
time('Struggling list: progress of every contract', () =>
	contractsProgress(
		listContracts({ councilId }).map((c) => c.id),
		now,
	),
)
time('Annual report: case studies and returns for 2025/26', () => {
	caseStudies(councilId, { start: '2025-04-01', end: '2026-03-31' })
	returnsInYear(councilId, { start: '2025-04-01', end: '2026-03-31' }, '2026-11-23')
})

console.log('\nWhole pages through the production build:')
const build = (await import(path.resolve('build/server/index.js'))) as ServerBuild
const handler = createRequestHandler(build, 'production') as (request: Request, context: object) => Promise<Response>
await timePage(handler, 'Dashboard, all time, every contract', '/manage/dashboard', lead.id)
await timePage(handler, 'Dashboard, 2026/27, every contract', '/manage/dashboard?year=2026-27', lead.id)
await timePage(handler, 'Dashboard, one theme', `/manage/dashboard?theme=${encodeURIComponent(themeNames[2])}`, lead.id)
await timePage(handler, 'Dashboard of one contract manager', '/manage/dashboard', manager.id)
await timePage(handler, 'Annual report 2025/26', '/manage/report?year=2025-26', lead.id)
await timePage(handler, 'Supplier dashboard (10 contracts)', '/your-contracts', supplierUser.id)
await timePage(handler, 'Public register', '/contracts', supplierUser.id)
closeDatabase()
if (slow.length > 0) {
	console.log(`\nOver ${TARGET_MS} ms: ${slow.join('; ')}`)
	process.exitCode = 1
} else {
	console.log(`\nEverything answered in under ${TARGET_MS} ms.`)
}

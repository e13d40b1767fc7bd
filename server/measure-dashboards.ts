// How fast are the dashboards and the annual report with a big council's data? Builds a
// fresh database of 500 contracts × 10 commitments × 10 quarterly periods (most returns
// approved), times each query the pages run, then times whole pages (sign-in check, loader
// and server rendering) through the production build. `npm run measure` builds first.
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createRequestHandler, type ServerBuild } from 'react-router'
import { eq } from 'drizzle-orm'
import { db, closeDatabase, checkDatabase } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import {
	contractCommitments,
	contractMilestones,
	contracts,
	matrices,
	progressReturns,
	reportingPeriods,
	returnLines,
	tenders,
	tomsEditions,
	tomsMeasures,
	tomsOutcomes,
	tomsThemes,
} from '#db/schema.ts'
import { syncCommitmentSchedule } from '#app/lib/commitment-schedule.server.ts'
import { contractsProgress } from '#app/lib/contract-progress.server.ts'
import { caseStudies, dashboardTotals, deliveredOverTime, returnCounts, returnsInYear, scheduledYears } from '#app/lib/dashboard.server.ts'
import { getEnv } from '#app/lib/env.server.ts'
import { listContracts } from '#app/lib/contracts.server.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import { syncReportingPeriods } from '#app/lib/reporting-periods.server.ts'

const CONTRACTS = 500
const COMMITMENTS = 10

const databasePath = getEnv().databasePath
if (!databasePath.includes('measure')) throw new Error(`Refusing to fill ${databasePath}: run this with npm run measure, which uses its own database`)
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${databasePath}${suffix}`, { force: true })
checkDatabase()

const now = Date.now()
const council = createOrganisation(db, { kind: 'council', name: 'Measureshire Council' })
const managers = await Promise.all([0, 1, 2, 3, 4].map((i) => createUser(db, { organisationId: council.id, role: 'contract_manager', email: `cm${i}@council.example`, passwordHash: 'x' })))
const suppliers = Array.from({ length: 50 }, (_, i) => createOrganisation(db, { kind: 'supplier', name: `Supplier ${i}` }))
const lead = await createUser(db, { organisationId: council.id, role: 'admin', email: 'lead@council.example', passwordHash: 'x' })
const supplierUser = await createUser(db, { organisationId: suppliers[0]!.id, role: 'supplier', email: 'bids@supplier0.example', passwordHash: 'x' })

const started = performance.now()
db.transaction((tx) => {
	const edition = tx.insert(tomsEditions).values({ name: 'Measure', description: '', status: 'draft', createdAt: now, updatedAt: now }).returning().get()
	const measureIds: number[] = []
	for (let t = 0; t < 5; t++) {
		const theme = tx.insert(tomsThemes).values({ editionId: edition.id, name: `Theme ${t}`, position: t }).returning().get()
		const outcome = tx.insert(tomsOutcomes).values({ editionId: edition.id, themeId: theme.id, name: `Outcome ${t}`, position: 0 }).returning().get()
		for (let m = 0; m < 2; m++) {
			measureIds.push(
				tx
					.insert(tomsMeasures)
					.values({ editionId: edition.id, outcomeId: outcome.id, code: `M-${t}${m}`, title: `Measure ${t}${m}`, unit: 'hours', proxyValuePence: 1693, guidance: '', evidenceGuidance: '', position: m })
					.returning()
					.get().id,
			)
		}
	}
	tx.update(tomsEditions).set({ status: 'published' }).run()
	for (let c = 0; c < CONTRACTS; c++) {
		const manager = managers[c % managers.length]!
		const supplier = suppliers[c % suppliers.length]!
		const tender = tx
			.insert(tenders)
			.values({ reference: `T/${c}`, title: `Tender ${c}`, estimatedValuePence: 1_000_000_00, contractStart: '2025-04-01', contractEnd: '2027-09-30', deadlineAt: now, weightingPercent: 10, editionId: edition.id, contractManagerId: manager.id, status: 'published', createdAt: now, updatedAt: now })
			.returning()
			.get()
		const matrix = tx.insert(matrices).values({ tenderId: tender.id, organisationId: supplier.id, status: 'awarded', createdAt: now, updatedAt: now }).returning().get()
		const contract = tx
			.insert(contracts)
			.values({ reference: `C/${c}`, title: `Contract ${c}`, tenderId: tender.id, matrixId: matrix.id, organisationId: supplier.id, contractManagerId: manager.id, startDate: '2025-04-01', endDate: '2027-09-30', valuePence: 1_000_000_00, cadence: 'quarterly', awardedAt: now, createdAt: now, updatedAt: now })
			.returning()
			.get()
		const commitmentIds: number[] = []
		for (let k = 0; k < COMMITMENTS; k++) {
			const commitment = tx
				.insert(contractCommitments)
				.values({ contractId: contract.id, measureId: measureIds[k]!, position: k, measureCode: `M-${k}`, measureTitle: `Measure ${k}`, themeName: `Theme ${Math.floor(k / 2)}`, unit: 'hours', proxyValuePence: 1693, quantityHundredths: 1000_00, valuePence: 1_693_000, responsibleName: 'R', responsibleRole: 'R', responsibleEmail: 'r@example.com', methodStatement: 'M' })
				.returning()
				.get()
			commitmentIds.push(commitment.id)
			tx.insert(contractMilestones)
				.values([
					{ commitmentId: commitment.id, position: 0, date: '2026-03-31', cumulativeHundredths: 400_00 },
					{ commitmentId: commitment.id, position: 1, date: '2027-09-30', cumulativeHundredths: 1000_00 },
				])
				.run()
		}
		syncReportingPeriods(tx, { id: contract.id, startDate: '2025-04-01', endDate: '2027-09-30', cadence: 'quarterly' })
		syncCommitmentSchedule(tx, contract.id)
		const periods = tx.select().from(reportingPeriods).where(eqContract(contract.id)).all()
		for (const [index, period] of periods.entries()) {
			const status = index < 6 ? 'approved' : index < 8 ? 'submitted' : 'draft'
			const ret = tx
				.insert(progressReturns)
				.values({ contractId: contract.id, periodId: period.id, status, submittedAt: status === 'draft' ? null : now, createdAt: now, updatedAt: now })
				.returning()
				.get()
			tx.insert(returnLines)
				.values(commitmentIds.map((commitmentId) => ({ returnId: ret.id, commitmentId, deliveredHundredths: 30_00 + (c % 40) * 100, milestoneStatus: 'on_track' as const, narrative: 'Done', mayPublish: index === 0, updatedAt: now })))
				.run()
		}
	}
})
console.log(`Built ${CONTRACTS} contracts × ${COMMITMENTS} commitments × 10 periods in ${Math.round(performance.now() - started)} ms`)

function eqContract(id: number) {
	return eq(reportingPeriods.contractId, id)
}

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

async function timePage(handler: (request: Request, context: object) => Promise<Response>, label: string, url: string, userId: number) {
	const { token } = createSession(userId, Date.now())
	const get = async () => {
		const response = await handler(new Request(`http://localhost${url}`, { headers: { Cookie: `${SESSION_COOKIE}=${token}` } }), { cspNonce: 'measure', clientIp: '127.0.0.1' })
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

const year = scheduledYears().find((y) => y.key === '2026-27')!
const all = { year: null, contractManagerId: null, theme: null }
time('Dashboard totals, all time, every contract', () => dashboardTotals(all))
time('Dashboard totals, 2026/27, every contract', () => dashboardTotals({ ...all, year }))
time('Dashboard totals, 2026/27, one contract manager', () => dashboardTotals({ ...all, year, contractManagerId: managers[0]!.id }))
time('Returns due, overdue and waiting', () => returnCounts({ contractManagerId: null }, '2026-11-23'))
time('Delivered over time', () => deliveredOverTime(all))
time('Struggling list: progress of every contract', () => contractsProgress(listContracts().map((c) => c.id), now))
time('Annual report: case studies and returns for 2025/26', () => {
	caseStudies({ start: '2025-04-01', end: '2026-03-31' })
	returnsInYear({ start: '2025-04-01', end: '2026-03-31' })
})

console.log('\nWhole pages through the production build:')
const build = (await import(path.resolve('build/server/index.js'))) as ServerBuild
const handler = createRequestHandler(build, 'production') as (request: Request, context: object) => Promise<Response>
await timePage(handler, 'Dashboard, all time, every contract', '/manage/dashboard', lead.id)
await timePage(handler, 'Dashboard, 2026/27, every contract', '/manage/dashboard?year=2026-27', lead.id)
await timePage(handler, 'Dashboard, one theme', '/manage/dashboard?theme=Theme%202', lead.id)
await timePage(handler, 'Dashboard of one contract manager', '/manage/dashboard', managers[0]!.id)
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

import { count, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { verifyPassword } from '#app/infra/password-hashing.server.ts'
import { db } from './client.server.ts'
import { contracts, matrices, organisations, tenders, tomsEditions, users } from './schema.ts'
import { DEMO_PASSWORD, seedDemoDataIfEmpty } from './seed.ts'

// Seeding hashes a password and goes through every service a real council would: seconds on a busy machine.
test(
	'an empty database gets two councils, an administrator, three contract managers and users of two suppliers, once',
	{ timeout: 20_000 },
	async () => {
		const accounts = await seedDemoDataIfEmpty(db, Date.now())
		expect(accounts?.password).toBe(DEMO_PASSWORD)
		const all = db.select().from(users).all()
		expect(all.filter((user) => user.role === 'admin')).toHaveLength(1)
		expect(all.filter((user) => user.role === 'contract_manager')).toHaveLength(3)
		expect(all.filter((user) => user.deploymentRole !== null).map((user) => [user.email, user.deploymentRole])).toEqual(
			[['sam.lead@council.example', 'administrator']],
		)
		expect(accounts?.users.find((user) => user.email === 'sam.lead@council.example')?.label).toBe(
			'Sam Lead (Administrator, deployment administrator)',
		)
		const supplierOrgs = new Set(all.filter((user) => user.role === 'supplier').map((user) => user.organisationId))
		expect(supplierOrgs.size).toBe(2)
		expect(await verifyPassword(all[0]!.passwordHash!, DEMO_PASSWORD)).toBe(true)

		expect(await seedDemoDataIfEmpty(db, Date.now())).toBeNull()
		expect(db.select({ n: count() }).from(users).get()?.n).toBe(all.length)
		expect(db.select({ n: count() }).from(organisations).get()?.n).toBe(4)
	},
)

test('the demo data includes a published, current, illustrative TOMs edition with priorities', async () => {
	const { getCurrentEdition, loadEditionTree, listPriorities } = await import('#app/lib/toms-queries.server.ts')
	const { firstCouncil } = await import('#app/lib/councils.server.ts')
	const councilId = firstCouncil()!.id
	const edition = getCurrentEdition(councilId)
	expect(edition?.status).toBe('published')
	expect(edition?.name).toContain('illustrative')
	const tree = loadEditionTree(edition!.id)
	const measures = tree.themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures))
	expect(measures.length).toBeGreaterThanOrEqual(35)
	expect(measures.some((m) => m.priorityCodes.length > 0)).toBe(true)
	expect(listPriorities(councilId)).toHaveLength(5)
})

test('the demo data includes an open tender and a contract awarded to Brightstart, with both bids decided', async () => {
	const { listContracts, loadContract } = await import('#app/lib/contracts.server.ts')
	const { openOpportunities } = await import('#app/lib/tenders.server.ts')
	// A reference carries the year its contract starts in, which follows the day the demo was seeded.
	const opportunities = openOpportunities(Date.now())
	expect(opportunities).toHaveLength(1)
	const library = db.select().from(tenders).where(eq(tenders.id, opportunities[0]!.id)).get()!
	expect(library.reference).toBe(`LIB/${library.contractStart.slice(0, 4)}/003`)
	const contract = listContracts().find((c) => c.reference.startsWith('PK/'))
	const parks = db.select().from(contracts).where(eq(contracts.id, contract!.id)).get()!
	expect(contract).toMatchObject({
		reference: `PK/${parks.startDate.slice(0, 4)}/011`,
		organisationName: 'Brightstart Community Interest Company',
	})
	expect(contract!.committedPence).toBeGreaterThan(0)
	const loaded = loadContract(contract!.id)!
	expect(loaded.commitments.map((c) => c.measureCode).sort()).toEqual(['COM-6', 'EMP-1', 'EMP-5', 'ENV-5', 'ENV-6'])
	expect(loaded.commitments.every((c) => c.quantityHundredths === null || c.milestones.length === 3)).toBe(true)
	expect(
		db
			.select({ status: matrices.status })
			.from(matrices)
			.all()
			.map((m) => m.status)
			.sort(),
	).toEqual(['awarded', 'awarded', 'not_awarded', 'submitted', 'submitted'])
})

test('a second council has its own TOMs, contract manager and a contract with Brightstart, who works for both', async () => {
	const { listCouncils } = await import('#app/lib/councils.server.ts')
	const { figuresForSharedSuppliers } = await import('#app/lib/consortium.server.ts')
	const [first, northshire] = listCouncils()
	expect(northshire).toMatchObject({ name: 'Northshire District Council', shortName: 'Northshire', slug: 'northshire' })
	const editions = db.select().from(tomsEditions).where(eq(tomsEditions.councilId, northshire!.id)).all()
	expect(editions.map((e) => [e.status, e.isCurrent])).toEqual([['published', true]])
	const nia = db.select().from(users).where(eq(users.email, 'nia.hughes@northshire.example')).get()!
	expect(nia).toMatchObject({ organisationId: northshire!.id, role: 'contract_manager' })
	const theirs = db.select().from(contracts).where(eq(contracts.councilId, northshire!.id)).all()
	expect(theirs).toHaveLength(1)
	expect(theirs[0]).toMatchObject({ title: 'Leisure centre cleaning', contractManagerId: nia.id })
	const shared = figuresForSharedSuppliers({ startYear: null })
	expect(shared.map((row) => [row.supplier, row.councilId])).toEqual([
		['Brightstart Community Interest Company', first!.id],
		['Brightstart Community Interest Company', northshire!.id],
	])
})

/** The demo's contract manager, signed in. */
function priyaSession() {
	const priya = db
		.select()
		.from(users)
		.all()
		.find((u) => u.email === 'priya.patel@council.example')!
	return { id: priya.id, email: priya.email, name: priya.name, role: priya.role, organisationId: priya.organisationId }
}

test('the demo contract manager’s home has work to show: a return to review and a closed tender to evaluate', async () => {
	const { councilToDo, contractsAtAGlance } = await import('#app/lib/council-home.server.ts')
	const session = priyaSession()
	const toDo = councilToDo(session, Date.now())
	expect(toDo.returnsAwaitingReview.total).toBe(1)
	expect(toDo.tendersToEvaluate.items.map((t) => [t.title, t.bids])).toEqual([['Street cleansing', 2]])
	expect(toDo.matricesAwaitingReview.total).toBe(2)
	expect(contractsAtAGlance(session, Date.now()).contracts).toBe(1)
})

test('the demo contract has its first progress return waiting for review, with evidence', async () => {
	const { reviewQueue } = await import('#app/lib/return-review.server.ts')
	const { progressReturns, evidenceFiles } = await import('./schema.ts')
	const queue = reviewQueue(priyaSession())
	expect(queue).toHaveLength(1)
	expect(queue[0]).toMatchObject({ contractReference: expect.stringMatching(/^PK\/\d{4}\/011$/), late: false })
	expect(
		db
			.select()
			.from(progressReturns)
			.all()
			.map((r) => r.status),
	).toEqual(['submitted'])
	expect(
		db
			.select()
			.from(evidenceFiles)
			.all()
			.map((f) => f.fileName),
	).toEqual(['volunteering-hours.csv'])
})

test('the demo data includes a maturity self-assessment with some actions under way', async () => {
	const { listAssessments } = await import('#app/lib/maturity.server.ts')
	const { planWithProgress } = await import('#app/lib/maturity-plan.server.ts')
	const { firstCouncil } = await import('#app/lib/councils.server.ts')
	const councilId = firstCouncil()!.id
	const [assessment] = listAssessments(councilId)
	expect(assessment).toMatchObject({ title: 'Baseline self-assessment', areas: 10 })
	const contracts = planWithProgress(councilId, assessment!.id)!.areas.find((a) => a.area === 'contracts')!
	expect(contracts.progress).toEqual({ done: 1, inProgress: 1, total: 5 })
})

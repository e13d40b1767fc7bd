import type { APIRequest, APIRequestContext, APIResponse } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import {
	contracts,
	evidenceFiles,
	matrices,
	matrixLines,
	progressReturns,
	tenders,
	tomsEditions,
	users,
} from '#db/schema.ts'
import { appOrigin, expect, test } from './fixtures.ts'
import { openLedger, type Ledger } from './security-ledger.ts'
import { exportsAction, policy, portalRoutes, type Expected, type RoutePolicy } from './security-policy.ts'
import { actorContext, actors, buildWorld, retireWorld, type Actor, type World } from './security-world.ts'

/**
 * The authorisation policy (security-policy.ts) checked cell by cell against the running
 * server: every route, every actor, GET and POST, each answer as the policy says, no response
 * holding another supplier's private words, and the database unchanged by every request.
 */

let world: World
let contexts: Record<Actor, APIRequestContext>
let ledger: Ledger

test.beforeAll(async ({ playwright }) => {
	world = await buildWorld()
	contexts = Object.fromEntries(
		await Promise.all(
			actors.map(async (actor) => [actor, (await actorContext(playwright, world, actor)).context] as const),
		),
	) as Record<Actor, APIRequestContext>
	ledger = openLedger()
})

test.afterAll(async () => {
	ledger.close()
	await Promise.all(Object.values(contexts).map((context) => context.dispose()))
	retireWorld(world)
})

/** Who may read each supplier's private words: the supplier itself and the council staff who run its tenders. */
function mayRead(actor: Actor, supplier: 'a' | 'b') {
	return actor === 'owningManager' || actor === 'admin' || actor === (supplier === 'a' ? 'supplierA' : 'supplierB')
}

function described(expected: Expected): string {
	if (typeof expected === 'number') return String(expected)
	const target = typeof expected.redirect === 'function' ? expected.redirect(world) : expected.redirect
	return `redirect to ${target}`
}

type Reply = { status: number; location: string; body: string }

/** The council's own words (a draft, a file held for import) are for its own staff only. */
const councilStaff: readonly Actor[] = ['otherManager', 'owningManager', 'admin']

/** Which actors were shown each supplier's, and the council's, private words, to prove the check is not empty. */
const seen = { a: new Set<Actor>(), b: new Set<Actor>(), council: new Set<Actor>() }

async function reply(response: APIResponse): Promise<Reply> {
	return { status: response.status(), location: response.headers()['location'] ?? '', body: await response.text() }
}

/** What the response says, in the policy's terms, with anything it gives away that it should not. */
function verdict({ status, location, body }: Reply, expected: Expected, url: string, actor: Actor) {
	const problems: string[] = []
	if (typeof expected === 'number') {
		if (status !== expected) problems.push(`got ${status}`)
	} else {
		const target = typeof expected.redirect === 'function' ? expected.redirect(world) : expected.redirect
		const wanted = target === 'sign-in' ? `/sign-in?redirectTo=${encodeURIComponent(url)}` : target
		if (status !== 302 || (location !== wanted && !location.startsWith(`${wanted}?`)))
			problems.push(`got ${status} ${location}`)
	}
	for (const supplier of ['a', 'b'] as const) {
		if (!body.includes(world.canaries[supplier])) continue
		seen[supplier].add(actor)
		if (!mayRead(actor, supplier)) problems.push(`shows supplier ${supplier.toUpperCase()}’s private words`)
	}
	if (body.includes(world.canaries.council)) {
		seen.council.add(actor)
		if (!councilStaff.includes(actor)) problems.push('shows the council’s private words')
	}
	return problems
}

test('every route in app/routes.ts has a line in the policy, and every line names a route', () => {
	const routes = portalRoutes().map((r) => r.route)
	const lines = policy.map((p) => p.route)
	expect(
		routes.filter((route) => !lines.includes(route)),
		'routes without a policy',
	).toEqual([])
	expect(
		lines.filter((line) => !routes.includes(line)),
		'policy lines for no route',
	).toEqual([])
	expect(
		lines.filter((line, index) => lines.indexOf(line) !== index),
		'routes listed twice',
	).toEqual([])
	// A route without an action must be read-only in the policy too, and the other way round.
	for (const route of portalRoutes()) {
		const line = policy.find((p) => p.route === route.route)!
		const readOnly = actors.every((actor) => line.post[actor] === 405)
		expect(readOnly, `${route.route}: ${route.file} ${exportsAction(route.file) ? 'has' : 'has no'} action`).toBe(
			!exportsAction(route.file),
		)
	}
})

async function check(method: 'GET' | 'POST', playwright: { request: APIRequest }) {
	const failures: string[] = []
	let cells = 0
	for (const line of policy) {
		const path = line.url(world)
		const index = portalRoutes().find((r) => r.route === line.route)?.index
		for (const actor of actors) {
			cells += 1
			const expected = method === 'GET' ? line.get[actor] : line.post[actor]
			const { result: response, changed } = await ledger.watch(() => send(method, line, path, index, actor, playwright))
			const problems = verdict(response, expected, path, actor)
			if (changed) problems.push('changed data')
			if (problems.length > 0)
				failures.push(`${method} ${path} as ${actor}: expected ${described(expected)}, ${problems.join('; ')}`)
		}
	}
	return { failures, cells }
}

async function send(
	method: 'GET' | 'POST',
	line: RoutePolicy,
	path: string,
	index: boolean | undefined,
	actor: Actor,
	playwright: { request: APIRequest },
) {
	if (method === 'GET') return reply(await contexts[actor].get(path, { maxRedirects: 0 }))
	const post = async (context: APIRequestContext) =>
		reply(
			await context.post(index ? `${path}?index` : path, {
				form: line.post.body(world),
				headers: { Origin: appOrigin },
				maxRedirects: 0,
			}),
		)
	if (!['/sign-out', '/sign-in'].includes(line.route) || actor === 'signedOut') return post(contexts[actor])
	// Signing out, or sending the sign-in form, ends the session it is sent with, so it gets a
	// browser and a session of its own.
	const { context } = await actorContext(playwright, world, actor)
	const answer = await post(context)
	await context.dispose()
	return answer
}

test('GET: every route answers every actor as the policy says, gives nothing away and changes nothing', async ({
	playwright,
}) => {
	// Every route for every actor, public pages with and without a council's prefix: a thousand requests.
	test.setTimeout(180_000)
	const { failures, cells } = await check('GET', playwright)
	expect(failures).toEqual([])
	expect(cells).toBe(policy.length * actors.length)
	test.info().annotations.push({ type: 'cells', description: String(cells) })
	// The pages name A's things, so those allowed to must have seen A's words somewhere.
	expect([...seen.a].sort()).toEqual(['admin', 'owningManager', 'supplierA'])
	expect(seen.council.has('admin')).toBe(true)
})

test('POST: every route answers every actor as the policy says, gives nothing away and changes nothing', async ({
	playwright,
}) => {
	// Every route for every actor, one request at a time: hundreds of them.
	test.setTimeout(120_000)
	const { failures, cells } = await check('POST', playwright)
	expect(failures).toEqual([])
	expect(cells).toBe(policy.length * actors.length)
	test.info().annotations.push({ type: 'cells', description: String(cells) })
})

/**
 * The policy's POSTs are harmless even when allowed. These are not: each is exactly what
 * supplier A could send, but sent by supplier B, with A's ids in the URL or in the form.
 */
test('supplier B’s complete, current forms naming supplier A’s things are refused and change nothing', async () => {
	const matrixVersion = (id: number) => String(db.select().from(matrices).where(eq(matrices.id, id)).get()!.version)
	const returnVersion = (id: number) =>
		String(db.select().from(progressReturns).where(eq(progressReturns.id, id)).get()!.version)
	const a = world.returns.draftA
	const attempts: Array<{ what: string; path: string; form: Record<string, string> }> = [
		{
			what: 'save a line of A’s matrix',
			path: `/matrices/${world.matrices.draftA}/lines/${world.measures.hours}`,
			form: { version: matrixVersion(world.matrices.draftA), quantity: '1', methodStatement: 'hijacked' },
		},
		{
			what: 'submit A’s matrix',
			path: `/matrices/${world.matrices.submittedA}/check`,
			form: { version: matrixVersion(world.matrices.submittedA), declarations: '0' },
		},
		{
			what: 'withdraw A’s submitted matrix',
			path: `/matrices/${world.matrices.submittedA}`,
			form: { version: matrixVersion(world.matrices.submittedA) },
		},
		{
			what: 'make A’s return a nil return',
			path: `/returns/${a.returnId}`,
			form: { version: returnVersion(a.returnId), nil: 'yes', nilReason: 'hijacked' },
		},
		{
			what: 'answer a line of A’s return',
			path: `/returns/${a.returnId}/lines/${a.commitments.hours}`,
			form: { version: returnVersion(a.returnId), delivered: '0', milestoneStatus: 'missed', narrative: 'hijacked' },
		},
		{
			what: 'remove A’s evidence from A’s return',
			path: `/returns/${a.returnId}/lines/${a.commitments.hours}`,
			form: { intent: 'remove', evidenceId: String(a.evidenceId) },
		},
		{ what: 'submit A’s return', path: `/returns/${a.returnId}/check`, form: { version: returnVersion(a.returnId) } },
		// B's own return in the URL, A's evidence in the form.
		{
			what: 'remove A’s evidence through B’s own return',
			path: `/returns/${world.returns.draftB.returnId}/lines/${world.returns.draftB.commitments.hours}`,
			form: { intent: 'remove', evidenceId: String(a.evidenceId) },
		},
		{ what: 'open a return for A’s reporting period', path: `/returns/start/${world.periods.draftA}`, form: {} },
		{
			what: 'remove A’s colleague',
			path: '/organisation',
			form: { intent: 'remove', userId: String(world.colleagueA.id), version: '1' },
		},
		{
			what: 'make A’s colleague receive B’s reminders',
			path: '/organisation',
			form: { intent: 'reminders', recipients: String(world.colleagueA.id) },
		},
	]
	const refused: string[] = []
	for (const attempt of attempts) {
		const { result: response, changed } = await ledger.watch(() =>
			contexts.supplierB.post(attempt.path, { form: attempt.form, headers: { Origin: appOrigin }, maxRedirects: 0 }),
		)
		if (changed || response.status() < 400 || response.status() >= 500)
			refused.push(`${attempt.what}: ${response.status()}${changed ? ', changed data' : ''}`)
	}
	expect(refused).toEqual([])
	expect(db.select().from(evidenceFiles).where(eq(evidenceFiles.id, a.evidenceId)).get()?.removedAt).toBeNull()
	expect(db.select().from(users).where(eq(users.id, world.colleagueA.id)).get()).toMatchObject({
		status: 'active',
		receivesReminders: false,
	})
	expect(
		db
			.select()
			.from(matrixLines)
			.where(eq(matrixLines.matrixId, world.matrices.draftA))
			.all()
			.map((l) => l.methodStatement),
	).not.toContain('hijacked')
})

/** The supplier dashboard is kept per organisation between views (see supplier-dashboard.server.ts): asked for in turn, each shows its own. */
test('each supplier’s dashboard lists its own contracts only, straight after the other’s was drawn', async () => {
	const reference = (id: number) => db.select().from(contracts).where(eq(contracts.id, id)).get()!.reference
	const [referenceA, referenceB] = [reference(world.contracts.a), reference(world.contracts.b)]
	for (const [own, other, actor] of [
		[referenceA, referenceB, 'supplierA'],
		[referenceB, referenceA, 'supplierB'],
		[referenceA, referenceB, 'supplierA'],
	] as const) {
		const body = await (await contexts[actor].get('/your-contracts')).text()
		expect(body, actor).toContain(own)
		expect(body, actor).not.toContain(other)
	}
})

/**
 * The same for another council: its administrator and contract manager send the first
 * council's complete, current forms, with its ids; each is refused and changes nothing.
 */
test('another council’s staff sending complete, current forms for this council’s records are refused and change nothing', async () => {
	const version = {
		tender: (id: number) => String(db.select().from(tenders).where(eq(tenders.id, id)).get()!.version),
		matrix: (id: number) => String(db.select().from(matrices).where(eq(matrices.id, id)).get()!.version),
		return: (id: number) => String(db.select().from(progressReturns).where(eq(progressReturns.id, id)).get()!.version),
		user: (id: number) => String(db.select().from(users).where(eq(users.id, id)).get()!.version),
		edition: (id: number) => String(db.select().from(tomsEditions).where(eq(tomsEditions.id, id)).get()!.version),
	}
	const attempts: Array<{ what: string; path: string; form: Record<string, string> }> = [
		{
			what: 'publish the draft tender',
			path: `/manage/tenders/${world.tenders.draft}`,
			form: { intent: 'publish', version: version.tender(world.tenders.draft), shortPeriodConfirmed: 'yes' },
		},
		{
			what: 'cancel the open tender',
			path: `/manage/tenders/${world.tenders.open}`,
			form: { intent: 'cancel', version: version.tender(world.tenders.open), reason: 'hijacked' },
		},
		{
			what: 'score a matrix',
			path: `/manage/matrices/${world.matrices.approvedA}`,
			form: { intent: 'score', qualityScore: '1', version: version.matrix(world.matrices.approvedA) },
		},
		{
			what: 'approve a submitted return',
			path: `/manage/returns/${world.returns.submittedA.returnId}`,
			form: { intent: 'approve', version: version.return(world.returns.submittedA.returnId) },
		},
		{
			what: 'disable a contract manager',
			path: `/admin/users/${world.people.otherManager.id}`,
			form: { intent: 'disable', version: version.user(world.people.otherManager.id) },
		},
		{
			what: 'publish the draft edition',
			path: `/admin/toms/${world.editions.draft}/publish`,
			form: { version: version.edition(world.editions.draft) },
		},
		{
			what: 'discard the held contracts import',
			path: `/admin/contracts/import/${world.contractImport}`,
			form: { intent: 'discard' },
		},
	]
	const refused: string[] = []
	for (const actor of ['otherCouncilAdmin', 'otherCouncilManager'] as const)
		for (const attempt of attempts) {
			const { result: response, changed } = await ledger.watch(() =>
				contexts[actor].post(attempt.path, { form: attempt.form, headers: { Origin: appOrigin }, maxRedirects: 0 }),
			)
			if (changed || response.status() < 400 || response.status() >= 500)
				refused.push(`${actor} could ${attempt.what}: ${response.status()}${changed ? ', changed data' : ''}`)
		}
	expect(refused).toEqual([])
	expect(db.select().from(users).where(eq(users.id, world.people.otherManager.id)).get()?.status).toBe('active')
	expect(db.select().from(tenders).where(eq(tenders.id, world.tenders.draft)).get()?.status).toBe('draft')
})

import type { APIRequest, APIRequestContext, APIResponse, Page } from '@playwright/test'
import { and, eq, gte, notInArray } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { councilPriorities, councils, organisations, signInFailures, tomsMeasurePriorities } from '#db/schema.ts'
import { INJECTED, notForms, pages, queryNames, values } from './bad-input-corpus.ts'
import { casesFor, encode, formsOf, type FormVariant } from './bad-input-forms.ts'
import { appOrigin, expect, test } from './fixtures.ts'
import { openLedger, type Ledger } from './security-ledger.ts'
import { exportsAction, policy, portalRoutes } from './security-policy.ts'
import { actorContext, actors, buildWorld, retireWorld, type Actor } from './security-world.ts'

/**
 * Every form of the portal, sent what people and programs really send: very long text,
 * emoji, right-to-left and combining marks, control and null characters, markup, SQL,
 * numbers at the edges, missing and doubled fields, a wrong intent, a stale version, and
 * bodies that are not forms at all. The answer is never a 500. A refusal (400 with GOV.UK
 * errors, 403, 404, 405, 409, 413, 429, or a redirect) changes nothing; what is accepted is
 * shown escaped, never as markup.
 */

const REFUSALS = [400, 403, 404, 405, 409, 413, 429]
/** An error summary or message on the form, or one of the portal's pages for a request it cannot handle. */
const GOVUK_ERROR =
	/govuk-error-summary|govuk-error-message|Sorry, that request could not be handled|This link has expired or has already been used/

function problemsWith(status: number, body: string, changed: boolean): string[] {
	const problems: string[] = []
	if (status >= 500) problems.push(`${status}`)
	else if (status >= 400 && !REFUSALS.includes(status)) problems.push(`unexpected ${status}`)
	if (status >= 400 && changed) problems.push(`refused with ${status} but changed data`)
	if (status === 400 && !GOVUK_ERROR.test(body)) problems.push('400 without a GOV.UK error')
	if (INJECTED.some((markup) => body.includes(markup))) problems.push(`${status} shows the markup unescaped`)
	return problems
}

let ledger: Ledger
let started: number
let settingsBefore: (typeof councils.$inferSelect)[]
let councilNamesBefore: { id: number; name: string }[]
let prioritiesBefore: number[]

test.beforeAll(() => {
	ledger = openLedger()
	started = Date.now()
	settingsBefore = db.select().from(councils).all()
	councilNamesBefore = db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.kind, 'council'))
		.all()
	prioritiesBefore = db
		.select({ id: councilPriorities.id })
		.from(councilPriorities)
		.all()
		.map((p) => p.id)
})

// What the corpus may change for everyone (the council's settings, the sign-in failures that
// throttle this address, priorities no measure uses) is put back for the journeys after it.
test.afterAll(() => {
	ledger.close()
	db.transaction((tx) => {
		tx.delete(signInFailures).where(gte(signInFailures.at, started)).run()
		const kept = prioritiesBefore.length > 0 ? prioritiesBefore : [0]
		tx.delete(councilPriorities)
			.where(
				and(
					notInArray(councilPriorities.id, kept),
					notInArray(
						councilPriorities.id,
						tx.select({ id: tomsMeasurePriorities.priorityId }).from(tomsMeasurePriorities),
					),
				),
			)
			.run()
		for (const row of settingsBefore) tx.update(councils).set(row).where(eq(councils.id, row.id)).run()
		for (const { id, name } of councilNamesBefore)
			tx.update(organisations).set({ name }).where(eq(organisations.id, id)).run()
	})
})

test('every route with an action has forms in the corpus', () => {
	const withActions = portalRoutes()
		.filter((r) => exportsAction(r.file))
		.map((r) => r.route)
	const covered = new Set(pages.map((p) => p.route))
	expect(withActions.filter((route) => !covered.has(route))).toEqual([])
	expect([...covered].filter((route) => !withActions.includes(route))).toEqual([])
})

/** Only what the route's pages name: every world stays in the database the later journeys read. */
function worldFor(route: string) {
	return buildWorld({
		tenders: /^(\/c\/:councilSlug)?\/(matrices|opportunities|your-contracts|returns|manage)\b/.test(route),
		draftEdition: route.startsWith('/admin/toms'),
	})
}

/** One route's pages: a world of its own, rebuilt whenever an accepted form used up what it was about. */
async function runCorpus(parser: Page, playwright: { request: APIRequest }, route: string) {
	const failures: string[] = []
	let requests = 0
	for (const page of pages.filter((p) => p.route === route)) {
		let world = await worldFor(route)
		let browser: { context: APIRequestContext; token: string | null } = await actorContext(
			playwright,
			world,
			page.actor,
		)
		/** A new browser for the actor, with a fresh session of theirs (in the current world). */
		async function restart() {
			await browser.context.dispose()
			browser = await actorContext(playwright, world, page.actor)
		}

		async function get(url: string): Promise<APIResponse> {
			requests += 1
			return browser.context.get(url, { maxRedirects: 0 })
		}
		async function load(): Promise<FormVariant[]> {
			if (page.fields)
				return [
					{
						action: page.post!(world),
						multipart: false,
						fields: page.fields.map(([name, value]) => ({ name, value, kind: 'hidden' })),
						signature: 'given',
					},
				]
			const url = page.page(world)
			const response = await get(url)
			// An accepted form can end the page (an awarded matrix leads to its contract).
			if (response.status() !== 200) return []
			const html = await response.text()
			// The page now shows whatever was accepted: escaped, never as markup.
			if (INJECTED.some((markup) => html.includes(markup))) failures.push(`GET ${url} shows the markup unescaped`)
			return formsOf(parser, html, url)
		}

		const initial = await load()
		expect(initial.length, `forms on ${page.page(world)}`).toBeGreaterThan(0)
		for (const [name, contentType, body] of notForms) {
			requests += 1
			const action = initial[0]!.action
			const { result: response, changed } = await ledger.watch(() =>
				browser.context.post(action, {
					data: body,
					headers: { Origin: appOrigin, ...(contentType ? { 'Content-Type': contentType } : {}) },
					maxRedirects: 0,
				}),
			)
			const problems = problemsWith(response.status(), await response.text(), changed)
			if (problems.length > 0) failures.push(`POST ${action} with ${name}: ${problems.join('; ')}`)
		}
		for (const signature of initial.map((f) => f.signature)) {
			let form = initial.find((f) => f.signature === signature)!
			// The forms before may have changed things, or the world: read this one afresh.
			let stale = signature !== initial[0]!.signature
			let usesUp = false
			for (const index of casesFor(form).keys()) {
				if (stale) {
					let found = (await load()).find((f) => f.signature === signature)
					if (!found) {
						usesUp = true
						retireWorld(world)
						world = await worldFor(route)
						await restart()
						found = (await load()).find((f) => f.signature === signature)
					}
					if (!found) throw new Error(`${page.page(world)}: the form ${signature} is gone even in a new world`)
					form = found
					stale = false
				}
				const one = casesFor(form, usesUp)[index]!
				const { body, contentType } = encode(form, one)
				requests += 1
				const where = `POST ${form.action} [${signature}] with ${one.name}`
				let watched
				try {
					watched = await ledger.watch(() =>
						browser.context.post(form.action, {
							data: body,
							headers: { Origin: appOrigin, 'Content-Type': contentType },
							maxRedirects: 0,
						}),
					)
				} catch (error) {
					failures.push(`${where}: ${(error as Error).message.split('\n')[0]}`)
					stale = true
					continue
				}
				const { result: response, changed } = watched
				const status = response.status()
				const problems = problemsWith(status, await response.text(), changed)
				// Whatever was accepted must read back safely on the page it leads to.
				const location = response.headers()['location']
				if (status >= 300 && status < 400 && location?.startsWith('/') && !location.startsWith('//')) {
					const next = await get(location)
					problems.push(
						...problemsWith(next.status(), await next.text(), false).map((p) => `then GET ${location}: ${p}`),
					)
				}
				if (problems.length > 0) failures.push(`${where}: ${problems.join('; ')}`)
				// An accepted sign-in or link signs someone else in, and signing out ends the actor's
				// session: either way, start again as the actor.
				const session = response.headers()['set-cookie']?.match(/gt_session=([^;]*)/)?.[1]
				if (session !== undefined && session !== (browser.token ?? '')) await restart()
				if (changed) stale = true
			}
		}
		await browser.context.dispose()
		retireWorld(world)
	}
	return { failures, requests }
}

for (const route of [...new Set(pages.map((p) => p.route))]) {
	test(`bad input to ${route}`, async ({ page, playwright }) => {
		test.setTimeout(60_000)
		const { failures, requests } = await runCorpus(page, playwright, route)
		test.info().annotations.push({ type: 'requests', description: String(requests) })
		expect(failures).toEqual([])
	})
}

test('bad values in every URL, as ids in the path and in every query parameter, are answered without a 500', async ({
	playwright,
}) => {
	test.setTimeout(90_000)
	const world = await buildWorld()
	// A URL holds less than a form: 10,000 characters, not 100,000. Ids are all read one way
	// (parseId), queries mostly as numbers, so each gets the values that tell.
	const urlValues = values.map(([name, value]): [string, string] =>
		value.length > 10_000 ? ['10,000 characters', value.slice(0, 10_000)] : [name, value],
	)
	const pick = (names: string[]) => urlValues.filter(([name]) => names.includes(name))
	const idValues = pick([
		'10,000 characters',
		'emoji',
		'a null character',
		'HTML and a script',
		'SQL',
		'-1',
		'1e309',
		'9007199254740993',
		'0.001',
	])
	const queryValues = pick([
		'10,000 characters',
		'a null character',
		'HTML and a script',
		'-0',
		'1e309',
		'NaN',
		'Infinity',
		'9007199254740993',
		'-1',
	])
	const attempts: Array<{ actor: Actor; route: string; what: string; url: string }> = []
	for (const line of policy) {
		// Asked by someone the page is for, so the values get past the door.
		const actor = actors.find((a) => line.get[a] === 200) ?? 'signedOut'
		const url = line.url(world)
		const segments = url.split('/')
		const params = line.route.split('/').flatMap((part, index) => (part.startsWith(':') ? [index] : []))
		for (const [name, value] of idValues) {
			for (const index of params)
				attempts.push({
					actor,
					route: line.route,
					what: `${name} as ${line.route.split('/')[index]}`,
					url: segments.map((segment, i) => (i === index ? encodeURIComponent(value) : segment)).join('/'),
				})
		}
		for (const [name, value] of queryValues) {
			attempts.push({
				actor,
				route: line.route,
				what: `${name} in the query`,
				url: `${url}?${queryNames.map((q) => `${q}=${encodeURIComponent(value)}`).join('&')}`,
			})
		}
	}
	const browsers = new Map<Actor, APIRequestContext>()
	for (const actor of new Set(attempts.map((a) => a.actor)))
		browsers.set(actor, (await actorContext(playwright, world, actor)).context)
	const failures: string[] = []
	// Reading changes nothing, so these can go a few at a time.
	const queue = [...attempts]
	async function worker() {
		for (let attempt = queue.shift(); attempt; attempt = queue.shift()) {
			const response = await browsers.get(attempt.actor)!.get(attempt.url, { maxRedirects: 0 })
			const status = response.status()
			const body = await response.text()
			if (status >= 500 || INJECTED.some((markup) => body.includes(markup)))
				failures.push(`GET ${attempt.route} with ${attempt.what} as ${attempt.actor}: ${status}`)
		}
	}
	try {
		await Promise.all(Array.from({ length: 4 }, worker))
	} finally {
		await Promise.all([...browsers.values()].map((browser) => browser.dispose()))
		retireWorld(world)
	}
	test.info().annotations.push({ type: 'requests', description: String(attempts.length) })
	expect(failures).toEqual([])
})

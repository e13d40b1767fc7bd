import type { APIRequest, APIRequestContext, APIResponse, Page } from '@playwright/test'
import { and, gte, notInArray } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { councilPriorities, councilSettings, signInFailures, tomsMeasurePriorities } from '#db/schema.ts'
import { appOrigin, expect, test } from './fixtures.ts'
import { openLedger, type Ledger } from './security-ledger.ts'
import { exportsAction, policy, portalRoutes } from './security-policy.ts'
import { actorContext, actors, buildWorld, retireWorld, type Actor, type World } from './security-world.ts'

/**
 * Every form of the portal, sent what people and programs really send: very long text,
 * emoji, right-to-left and combining marks, control and null characters, markup, SQL,
 * numbers at the edges, missing and doubled fields, a wrong intent, a stale version, and
 * bodies that are not forms at all. The
 * answer is never a 500. A refusal (400 with GOV.UK errors, 403, 404, 409, 413, 429, or a
 * redirect) changes nothing; what is accepted is shown escaped, never as markup.
 */

const MARKUP = '<script>alert("gt-xss")</script><img src=x onerror=alert("gt-xss")>'
const INJECTED = ['<script>alert("gt-xss")', '<img src=x onerror']

const values: Array<[string, string]> = [
	['100,000 characters', 'x'.repeat(100_000)],
	['emoji', '👩🏽‍💻 Café ☕ 🌱'],
	['right-to-left text', 'مرحبا بالعالم \u202Efdp.exe'],
	['combining marks', 'Z̴̡̓a̷̢͊l̵̨̐g̶̜̈́o̵̤͑'],
	['control characters', 'tab\there\r\nnew line\u0007\u001b[31m\u007f'],
	['a null character', 'null\u0000byte'],
	['HTML and a script', MARKUP],
	['SQL', "'; DROP TABLE users; --"],
	['-0', '-0'],
	['1e309', '1e309'],
	['NaN', 'NaN'],
	['Infinity', 'Infinity'],
	['9007199254740993', '9007199254740993'],
	['-1', '-1'],
	['0.001', '0.001'],
	['1,000', '1,000'],
	['" 5 "', ' 5 '],
	['an empty string', ''],
]
/** Hidden fields (ids, versions, tokens) carry machine values: the ones a program would tamper with. */
const hiddenValues = values.filter(([name]) => ['100,000 characters', 'a null character', 'SQL', '-0', '1e309', 'NaN', 'Infinity', '9007199254740993', '-1'].includes(name))

type CorpusPage = {
	route: string
	actor: Actor
	/** The page whose forms are sent; the form's own fields are read from it. */
	page: (world: World) => string
	/** For a route whose form is not on a page of its own: where to post, and its fields. */
	post?: (world: World) => string
	fields?: Array<[string, string]>
}

const pages: CorpusPage[] = [
	{ route: '/sign-in', actor: 'signedOut', page: () => '/sign-in' },
	{ route: '/sign-out', actor: 'signedOut', page: () => '/sign-out', post: () => '/sign-out', fields: [] },
	{ route: '/forgotten-password', actor: 'signedOut', page: () => '/forgotten-password' },
	{ route: '/reset-password', actor: 'signedOut', page: (w) => `/reset-password?token=${w.tokens.passwordReset}` },
	{ route: '/accept-invitation', actor: 'signedOut', page: (w) => `/accept-invitation?token=${w.tokens.invitation}` },
	{ route: '/register', actor: 'signedOut', page: () => '/register' },
	{ route: '/verify-email', actor: 'signedOut', page: (w) => `/verify-email?token=${w.tokens.emailVerification}` },
	{ route: '/verify-email/resend', actor: 'signedOut', page: () => '/verify-email/resend' },
	{ route: '/organisation', actor: 'supplierA', page: () => '/organisation' },
	{ route: '/organisation/invite', actor: 'supplierA', page: () => '/organisation/invite' },
	{ route: '/matrices/:matrixId', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.submittedA}` },
	{ route: '/matrices/:matrixId/lines/:measureId', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.draftA}/lines/${w.measures.hours}` },
	{ route: '/matrices/:matrixId/lines/:measureId', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.draftA}/lines/${w.measures.words}` },
	{ route: '/matrices/:matrixId/check', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.draftA}/check` },
	{ route: '/matrices/:matrixId/upload', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.draftA}/upload` },
	// Supplier A already has a matrix for every tender, so the page links to it instead of showing the button.
	{ route: '/opportunities/:tenderId', actor: 'supplierA', page: (w) => `/opportunities/${w.tenders.open}`, post: (w) => `/opportunities/${w.tenders.open}`, fields: [] },
	{ route: '/your-contracts', actor: 'supplierA', page: () => '/your-contracts' },
	{ route: '/returns/:returnId', actor: 'supplierA', page: (w) => `/returns/${w.returns.draftA.returnId}` },
	{ route: '/returns/:returnId/lines/:commitmentId', actor: 'supplierA', page: (w) => `/returns/${w.returns.draftA.returnId}/lines/${w.returns.draftA.commitments.hours}` },
	{ route: '/returns/:returnId/lines/:commitmentId', actor: 'supplierA', page: (w) => `/returns/${w.returns.draftA.returnId}/lines/${w.returns.draftA.commitments.words}` },
	{ route: '/returns/:returnId/check', actor: 'supplierA', page: (w) => `/returns/${w.returns.draftA.returnId}/check` },
	{ route: '/manage/tenders/new', actor: 'owningManager', page: () => '/manage/tenders/new' },
	{ route: '/manage/tenders/:tenderId', actor: 'owningManager', page: (w) => `/manage/tenders/${w.tenders.draft}` },
	{ route: '/manage/tenders/:tenderId', actor: 'owningManager', page: (w) => `/manage/tenders/${w.tenders.open}` },
	{ route: '/manage/tenders/:tenderId/edit', actor: 'owningManager', page: (w) => `/manage/tenders/${w.tenders.open}/edit` },
	{ route: '/manage/matrices/:matrixId', actor: 'owningManager', page: (w) => `/manage/matrices/${w.matrices.reviewB}` },
	{ route: '/manage/matrices/:matrixId/award', actor: 'owningManager', page: (w) => `/manage/matrices/${w.matrices.approvedA}/award` },
	{ route: '/manage/contracts/:contractId/edit', actor: 'owningManager', page: (w) => `/manage/contracts/${w.contracts.a}/edit` },
	{ route: '/manage/returns/:returnId', actor: 'owningManager', page: (w) => `/manage/returns/${w.returns.submittedA.returnId}` },
	{ route: '/admin/users/invite', actor: 'admin', page: () => '/admin/users/invite' },
	{ route: '/admin/users/:userId', actor: 'admin', page: (w) => `/admin/users/${w.people.otherManager.id}` },
	{ route: '/admin/users/:userId', actor: 'admin', page: (w) => `/admin/users/${w.invitedStaff.id}` },
	{ route: '/admin/outbox', actor: 'admin', page: () => '/admin/outbox?status=failed' },
	{ route: '/admin/toms/new', actor: 'admin', page: () => '/admin/toms/new' },
	{ route: '/admin/toms/:editionId', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}` },
	{ route: '/admin/toms/:editionId/import', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/import` },
	{ route: '/admin/toms/:editionId/themes/:themeId', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/themes/${w.editions.draftTheme}` },
	{ route: '/admin/toms/:editionId/outcomes/:outcomeId', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/outcomes/${w.editions.draftOutcome}` },
	{ route: '/admin/toms/:editionId/outcomes/:outcomeId', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/outcomes/new` },
	{ route: '/admin/toms/:editionId/measures/:measureId', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/measures/${w.editions.draftMeasure}` },
	{ route: '/admin/toms/:editionId/measures/:measureId', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/measures/new` },
	{ route: '/admin/priorities', actor: 'admin', page: () => '/admin/priorities' },
	{ route: '/admin/settings', actor: 'admin', page: () => '/admin/settings' },
	{ route: '/admin/maturity', actor: 'admin', page: () => '/admin/maturity' },
	{ route: '/admin/maturity/:assessmentId', actor: 'admin', page: (w) => `/admin/maturity/${w.maturity.assessment}` },
	{ route: '/admin/maturity/:assessmentId/plan/:area', actor: 'admin', page: (w) => `/admin/maturity/${w.maturity.assessment}/plan/market` },
	{ route: '/*', actor: 'signedOut', page: () => '/no-such-page', post: () => '/no-such-page', fields: [] },
]

type Field = { name: string; value: string; kind: 'visible' | 'hidden' | 'file' | 'intent' }
type FormVariant = { action: string; multipart: boolean; fields: Field[]; signature: string }

type RawForm = { method: string; action: string | null; enctype: string | null; fields: Field[]; buttons: Array<{ name: string; value: string }> }

/** Read in the browser, as the browser would submit it: each form's fields and named buttons. */
function readForms(html: string): RawForm[] {
	const document = new DOMParser().parseFromString(html, 'text/html')
	return [...document.querySelectorAll('form')].map((form) => {
		const fields: Field[] = []
		const radiosDone = new Set<string>()
		for (const element of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
			const name = element.getAttribute('name')
			if (!name) continue
			const type = element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase()
			if (['submit', 'button', 'reset', 'image'].includes(type)) continue
			if (element instanceof HTMLSelectElement) fields.push({ name, value: element.value || (element.options[1]?.value ?? ''), kind: 'visible' })
			else if (type === 'file') fields.push({ name, value: '', kind: 'file' })
			else if (type === 'hidden') fields.push({ name, value: element.value, kind: name === 'intent' ? 'intent' : 'hidden' })
			else if (type === 'radio') {
				if (radiosDone.has(name)) continue
				radiosDone.add(name)
				const checked = form.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]:checked`) ?? element
				fields.push({ name, value: checked.value, kind: 'visible' })
			} else if (type === 'checkbox') fields.push({ name, value: (element as HTMLInputElement).checked ? element.value : '', kind: 'visible' })
			else fields.push({ name, value: element.value, kind: 'visible' })
		}
		const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[name], input[type=submit][name]')].map((b) => ({ name: b.name, value: b.value }))
		return { method: form.getAttribute('method') ?? 'get', action: form.getAttribute('action'), enctype: form.getAttribute('enctype'), fields, buttons }
	})
}

/** The POST forms of a page that post back to it (not the header's sign-out), one per submit button. */
async function formsOf(parser: Page, html: string, pageUrl: string): Promise<FormVariant[]> {
	const page = new URL(pageUrl, appOrigin)
	const variants = new Map<string, FormVariant>()
	for (const form of await parser.evaluate(readForms, html)) {
		if (form.method.toLowerCase() !== 'post') continue
		const action = new URL(form.action ?? pageUrl, page)
		if (action.pathname !== page.pathname) continue
		const submitters = form.buttons.length > 0 ? form.buttons : [null]
		for (const submitter of submitters) {
			const fields = submitter ? [...form.fields, { name: submitter.name, value: submitter.value, kind: 'intent' as const }] : form.fields
			const signature = [submitter ? `${submitter.name}=${submitter.value}` : '', ...new Set(fields.map((f) => `${f.kind}:${f.name}`))].sort().join('&')
			if (!variants.has(signature)) variants.set(signature, { action: action.pathname + action.search, multipart: form.enctype === 'multipart/form-data', fields, signature })
		}
	}
	return [...variants.values()]
}

/** Bodies that are not a form at all, as a program might send them. */
const notForms: Array<[string, string | null, string]> = [
	['JSON', 'application/json', '{"email":"a@example.com","version":1}'],
	['plain text', 'text/plain', 'email=a@example.com'],
	['no content type', null, ''],
	['a multipart body with the wrong boundary', 'multipart/form-data; boundary=expected', '--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--other--\r\n'],
	['a multipart body cut short', 'multipart/form-data; boundary=cut', '--cut\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'],
]

type Case = { name: string; pairs: Array<[string, string]>; files: Array<[string, string]> }

/** Values that, once accepted, show something new about how a page renders what it stores. */
const rendered = new Set(['100,000 characters', 'emoji', 'right-to-left text', 'combining marks', 'control characters', 'a null character', 'HTML and a script', 'SQL'])

/**
 * What each form is sent: every value in every visible field, machine values in hidden ones,
 * and the structural mistakes. A form that uses up what it acts on (cancelling a tender,
 * deciding on a return) needs a new world after each acceptance, so once it has shown it
 * does, the values that only test parsing go at a stale version: checked, then refused.
 */
function casesFor(form: FormVariant, usesUp = false): Case[] {
	const cases: Case[] = []
	const visible = form.fields.filter((f) => f.kind === 'visible')
	const hidden = form.fields.filter((f) => f.kind === 'hidden')
	const base = (replace: (field: Field) => string | null): Case => {
		const pairs: Array<[string, string]> = []
		const files: Array<[string, string]> = []
		for (const field of form.fields) {
			const value = replace(field)
			if (value === null) continue
			if (field.kind === 'file') files.push([field.name, value])
			// An unticked box or an empty choice is not sent, as a browser would not send it.
			else if (field.kind !== 'visible' || field.value !== '' || value !== field.value) pairs.push([field.name, value])
		}
		return { name: '', pairs, files }
	}
	const asIs = (f: Field) => (f.kind === 'file' ? '' : f.value)
	const version = form.fields.find((f) => f.name === 'version')
	const stale = String(Math.max(0, Number(version?.value) - 1))
	if (visible.length > 0 || form.fields.some((f) => f.kind === 'file')) {
		for (const [name, value] of values) {
			const refused = usesUp && version && !rendered.has(name)
			cases.push({
				...base((f) => (f.kind === 'visible' || f.kind === 'file' ? value : refused && f === version ? stale : f.value)),
				name: `${name} in every field${refused ? ', at a stale version' : ''}`,
			})
		}
	} else {
		// Nothing to type in: the values can only arrive as a field the form does not have.
		const [name, value] = values[0]!
		cases.push({ ...base(asIs), pairs: [...base(asIs).pairs, ['note', value]], name: `${name} in a field the form does not have` })
	}
	if (hidden.length > 0) {
		for (const [name, value] of hiddenValues) cases.push({ ...base((f) => (f.kind === 'hidden' ? value : asIs(f))), name: `${name} in the hidden fields` })
	}
	cases.push({ name: 'no fields at all', pairs: [], files: [] })
	const doubled = base(asIs)
	cases.push({ name: 'every field twice', pairs: doubled.pairs.flatMap(([n, v]) => [[n, v], [n, `${v}2`]] as Array<[string, string]>), files: doubled.files })
	cases.push({ name: 'an intent the page does not have', pairs: [...base((f) => (f.kind === 'intent' ? null : asIs(f))).pairs, ['intent', 'drop-everything']], files: [] })
	if (version) cases.push({ ...base((f) => (f === version ? stale : asIs(f))), name: 'a stale version' })
	return cases
}

/** Like a browser: file names have quotes and line breaks escaped. */
function multipartBody(pairs: Array<[string, string]>, files: Array<[string, string]>) {
	const boundary = `----gt${Math.random().toString(36).slice(2)}`
	const escape = (text: string) => text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')
	const parts: Buffer[] = []
	for (const [name, value] of pairs) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"\r\n\r\n${value}\r\n`))
	for (const [name, value] of files) {
		const fileName = value === '' ? '' : `${value.slice(0, 200)}.csv`
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"; filename="${escape(fileName)}"\r\nContent-Type: text/csv\r\n\r\n${value}\r\n`))
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`))
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

function encode(form: FormVariant, one: Case) {
	if (form.multipart) return multipartBody(one.pairs, one.files)
	return { body: new URLSearchParams(one.pairs).toString(), contentType: 'application/x-www-form-urlencoded' }
}

const REFUSALS = [400, 403, 404, 405, 409, 413, 429]
/** An error summary or message on the form, or one of the portal's pages for a request it cannot handle. */
const GOVUK_ERROR = /govuk-error-summary|govuk-error-message|Sorry, that request could not be handled|This link has expired or has already been used/

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
let settingsBefore: typeof councilSettings.$inferSelect | undefined
let prioritiesBefore: number[]

test.beforeAll(() => {
	ledger = openLedger()
	started = Date.now()
	settingsBefore = db.select().from(councilSettings).get()
	prioritiesBefore = db.select({ id: councilPriorities.id }).from(councilPriorities).all().map((p) => p.id)
})

// What the corpus may change for everyone (the council's settings, the sign-in failures that
// throttle this address, priorities no measure uses) is put back for the journeys after it.
test.afterAll(() => {
	ledger.close()
	db.transaction((tx) => {
		tx.delete(signInFailures).where(gte(signInFailures.at, started)).run()
		const kept = prioritiesBefore.length > 0 ? prioritiesBefore : [0]
		tx.delete(councilPriorities)
			.where(and(notInArray(councilPriorities.id, kept), notInArray(councilPriorities.id, tx.select({ id: tomsMeasurePriorities.priorityId }).from(tomsMeasurePriorities))))
			.run()
		tx.delete(councilSettings).run()
		if (settingsBefore) tx.insert(councilSettings).values(settingsBefore).run()
	})
})

test('every route with an action has forms in the corpus', () => {
	const withActions = portalRoutes().filter((r) => exportsAction(r.file)).map((r) => r.route)
	const covered = new Set(pages.map((p) => p.route))
	expect(withActions.filter((route) => !covered.has(route))).toEqual([])
	expect([...covered].filter((route) => !withActions.includes(route))).toEqual([])
})

/** Only what the route's pages name: every world stays in the database the later journeys read. */
function worldFor(route: string) {
	return buildWorld({ tenders: /^\/(matrices|opportunities|your-contracts|returns|manage)\b/.test(route), draftEdition: route.startsWith('/admin/toms') })
}

/** One route's pages: a world of its own, rebuilt whenever an accepted form used up what it was about. */
async function runCorpus(parser: Page, playwright: { request: APIRequest }, route: string) {
	const failures: string[] = []
	let requests = 0
	for (const page of pages.filter((p) => p.route === route)) {
		let world = await worldFor(route)
		let browser: { context: APIRequestContext; token: string | null } = await actorContext(playwright, world, page.actor)
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
			if (page.fields) return [{ action: page.post!(world), multipart: false, fields: page.fields.map(([name, value]) => ({ name, value, kind: 'hidden' })), signature: 'given' }]
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
			const { result: response, changed } = await ledger.watch(() => browser.context.post(action, { data: body, headers: { Origin: appOrigin, ...(contentType ? { 'Content-Type': contentType } : {}) }, maxRedirects: 0 }))
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
					watched = await ledger.watch(() => browser.context.post(form.action, { data: body, headers: { Origin: appOrigin, 'Content-Type': contentType }, maxRedirects: 0 }))
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
					problems.push(...problemsWith(next.status(), await next.text(), false).map((p) => `then GET ${location}: ${p}`))
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

/** Every query parameter any page reads. */
const queryNames = ['page', 'year', 'manager', 'theme', 'q', 'status', 'edition', 'edit', 'outcome', 'show', 'redirectTo', 'token', 'notice', 'needs-help-page', 'contracts-page', 'suppliers-page']

test('bad values in every URL, as ids in the path and in every query parameter, are answered without a 500', async ({ playwright }) => {
	test.setTimeout(90_000)
	const world = await buildWorld()
	// A URL holds less than a form: 10,000 characters, not 100,000. Ids are all read one way
	// (parseId), queries mostly as numbers, so each gets the values that tell.
	const urlValues = values.map(([name, value]): [string, string] => (value.length > 10_000 ? ['10,000 characters', value.slice(0, 10_000)] : [name, value]))
	const pick = (names: string[]) => urlValues.filter(([name]) => names.includes(name))
	const idValues = pick(['10,000 characters', 'emoji', 'a null character', 'HTML and a script', 'SQL', '-1', '1e309', '9007199254740993', '0.001'])
	const queryValues = pick(['10,000 characters', 'a null character', 'HTML and a script', '-0', '1e309', 'NaN', 'Infinity', '9007199254740993', '-1'])
	const attempts: Array<{ actor: Actor; route: string; what: string; url: string }> = []
	for (const line of policy) {
		// Asked by someone the page is for, so the values get past the door.
		const actor = actors.find((a) => line.get[a] === 200) ?? 'signedOut'
		const url = line.url(world)
		const segments = url.split('/')
		const params = line.route.split('/').flatMap((part, index) => (part.startsWith(':') ? [index] : []))
		for (const [name, value] of idValues) {
			for (const index of params) attempts.push({ actor, route: line.route, what: `${name} as ${line.route.split('/')[index]}`, url: segments.map((segment, i) => (i === index ? encodeURIComponent(value) : segment)).join('/') })
		}
		for (const [name, value] of queryValues) {
			attempts.push({ actor, route: line.route, what: `${name} in the query`, url: `${url}?${queryNames.map((q) => `${q}=${encodeURIComponent(value)}`).join('&')}` })
		}
	}
	const browsers = new Map<Actor, APIRequestContext>()
	for (const actor of new Set(attempts.map((a) => a.actor))) browsers.set(actor, (await actorContext(playwright, world, actor)).context)
	const failures: string[] = []
	// Reading changes nothing, so these can go a few at a time.
	const queue = [...attempts]
	async function worker() {
		for (let attempt = queue.shift(); attempt; attempt = queue.shift()) {
			const response = await browsers.get(attempt.actor)!.get(attempt.url, { maxRedirects: 0 })
			const status = response.status()
			const body = await response.text()
			if (status >= 500 || INJECTED.some((markup) => body.includes(markup))) failures.push(`GET ${attempt.route} with ${attempt.what} as ${attempt.actor}: ${status}`)
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

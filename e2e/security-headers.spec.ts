import type { APIResponse } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { organisations, sessions } from '#db/schema.ts'
import { SESSION_COOKIE } from '#app/lib/session.server.ts'
import { CROSS_ORIGIN_MESSAGE } from '#server/origin-check.ts'
import { appOrigin, expect, insertUser, test } from './fixtures.ts'
import { openLedger } from './security-ledger.ts'
import { cookieFor } from './security-world.ts'
import { freshWorld, get, retireWorlds } from './security-requests.ts'

/**
 * What the running production server does at the edges that the unit tests of each piece
 * cannot see: the headers on every kind of response, requests no browser would send, and
 * forged cross-site forms. Sessions, their cookie and sign-in are in security-sessions.spec.ts.
 */

test.afterEach(retireWorlds)

test.describe('security headers', () => {
	test('every kind of response carries them: pages, errors, redirects, refusals, downloads, files and the health check', async ({
		request,
	}) => {
		const world = await freshWorld({ draftEdition: false })
		const supplier = cookieFor(world.people.supplierA)
		const responses: Array<[string, APIResponse]> = [
			['a page', await get(request, '/')],
			['a 404 page', await get(request, '/no-such-page')],
			['a 403 page', await get(request, '/admin/users', supplier)],
			['a redirect to sign in', await get(request, '/account')],
			['a form with errors', await request.post('/sign-in', { form: { email: '' }, headers: { Origin: appOrigin } })],
			[
				'a refused cross-site form',
				await request.post('/sign-in', { form: { email: '' }, headers: { Origin: 'https://evil.example' } }),
			],
			['a download', await get(request, '/contracts/register/csv')],
			['an evidence file', await get(request, `/evidence/${world.returns.submittedA.evidenceId}`, supplier)],
			['a static file', await get(request, '/favicon.svg')],
			['the health check', await get(request, '/healthz')],
		]
		for (const [what, response] of responses) {
			const headers = response.headers()
			const csp = headers['content-security-policy'] ?? ''
			expect.soft(csp, what).toContain("default-src 'self'")
			expect.soft(csp, what).toContain("frame-ancestors 'none'")
			expect.soft(csp, what).toContain("object-src 'none'")
			expect.soft(csp, what).toContain("base-uri 'self'")
			expect.soft(csp, what).toContain("form-action 'self'")
			expect.soft(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*'(;|$)/)
			expect.soft(csp, what).not.toContain('unsafe-inline')
			expect.soft(headers['x-content-type-options'], what).toBe('nosniff')
			expect.soft(headers['x-frame-options'], what).toBe('DENY')
			expect.soft(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
			expect.soft(headers['cross-origin-opener-policy'], what).toBe('same-origin')
			expect.soft(headers['permissions-policy'], what).toContain('camera=()')
			expect.soft(headers['x-powered-by'], what).toBeUndefined()
			// Served over http here: HSTS only makes sense, and is only sent, over https.
			expect.soft(headers['strict-transport-security'], what).toBeUndefined()
		}
	})

	test('every script on a page carries that response’s nonce, and no markup runs without one', async ({ request }) => {
		const world = await freshWorld({ draftEdition: false })
		for (const [path, cookie] of [
			['/', undefined],
			['/sign-in', undefined],
			[`/matrices/${world.matrices.draftA}/lines/${world.measures.hours}`, cookieFor(world.people.supplierA)],
			['/manage/dashboard', cookieFor(world.people.admin)],
		] as const) {
			const response = await get(request, path, cookie)
			expect(response.status(), path).toBe(200)
			const nonce = response.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1]
			const html = await response.text()
			const scripts = html.match(/<script\b[^>]*>/g) ?? []
			expect(scripts.length, path).toBeGreaterThan(0)
			for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`)
			expect(html, path).not.toMatch(/\son[a-z]+="/i)
		}
	})
})

test('requests no browser would send are answered, never with a 500: a broken cookie, an unsupported method, a malformed address', async ({
	request,
}) => {
	for (const broken of ['%', '%E0%A4%A', 'not.a-session']) {
		const account = await request.get('/account', {
			headers: { Cookie: `${SESSION_COOKIE}=${broken}` },
			maxRedirects: 0,
		})
		expect(account.status(), broken).toBe(302)
		expect((await request.get('/', { headers: { Cookie: `${SESSION_COOKIE}=${broken}` } })).status(), broken).toBe(200)
	}
	const trace = await request.fetch('/', { method: 'TRACE' })
	expect(trace.status()).toBe(405)
	expect(trace.headers()['allow']).toBe('GET, HEAD, POST')
	for (const path of ['/matrices/%', '/%E0%A4%A', '/returns/%00/check'])
		expect((await request.get(path)).status(), path).toBeLessThan(500)
})

test.describe('forged cross-site forms', () => {
	async function supplierWithOrganisation() {
		const world = await freshWorld({ tenders: false, draftEdition: false })
		const organisation = db.select().from(organisations).where(eq(organisations.id, world.organisations.a)).get()!
		const form = {
			intent: 'details',
			version: String(organisation.version),
			organisationName: `Renamed ${world.suffix}`,
			supplierType: 'sme',
			registrationNumber: '',
			postcode: 'EX1 1AA',
		}
		return { world, organisation, form, cookie: cookieFor(world.people.supplierA) }
	}

	test('a POST whose Origin or Referer is another site, that says it is cross-site, or that names no origin at all, is refused before any action, and changes nothing', async ({
		request,
	}) => {
		const { organisation, form, cookie } = await supplierWithOrganisation()
		const ledger = openLedger()
		try {
			const forgeries: Array<Record<string, string>> = [
				{ Origin: 'https://evil.example' },
				{ Origin: 'null' },
				{ Origin: appOrigin.replace('localhost', '127.0.0.1') },
				{ 'Sec-Fetch-Site': 'cross-site' },
				{ Referer: 'https://evil.example/prize' },
				{ Referer: 'https://evil.example/prize', 'Sec-Fetch-Site': 'same-site' },
				{},
			]
			for (const headers of forgeries) {
				const { result, changed } = await ledger.watch(() =>
					request.post('/organisation', { form, headers: { ...headers, Cookie: cookie }, maxRedirects: 0 }),
				)
				expect(result.status(), JSON.stringify(headers)).toBe(403)
				expect(result.headers()['content-type']).toContain('text/plain')
				expect(await result.text()).toBe(CROSS_ORIGIN_MESSAGE)
				expect(changed, JSON.stringify(headers)).toBe(false)
			}
			for (const method of ['put', 'patch', 'delete'] as const) {
				const response = await request[method]('/organisation', {
					form,
					headers: { Origin: 'https://evil.example', Cookie: cookie },
					maxRedirects: 0,
				})
				expect(response.status(), method).toBe(403)
			}
			// Reading is never refused, wherever the link was.
			expect(
				(
					await request.get('/organisation', {
						headers: { 'Sec-Fetch-Site': 'cross-site', Cookie: cookie },
						maxRedirects: 0,
					})
				).status(),
			).toBe(200)
		} finally {
			ledger.close()
		}
		expect(db.select().from(organisations).where(eq(organisations.id, organisation.id)).get()?.name).toBe(
			organisation.name,
		)
	})

	test('the same form from the portal itself is accepted, known by its Origin, or without one by its Referer or Sec-Fetch-Site', async ({
		request,
	}) => {
		const { organisation, form, cookie } = await supplierWithOrganisation()
		const versionNow = () =>
			String(db.select().from(organisations).where(eq(organisations.id, organisation.id)).get()!.version)
		const fromPortal: Array<Record<string, string>> = [
			{ Origin: appOrigin, 'Sec-Fetch-Site': 'same-origin' },
			{ Referer: `${appOrigin}/organisation` },
			{ 'Sec-Fetch-Site': 'same-origin' },
		]
		for (const [i, headers] of fromPortal.entries()) {
			const name = `${form.organisationName} ${i}`
			const response = await request.post('/organisation', {
				form: { ...form, version: versionNow(), organisationName: name },
				headers: { ...headers, Cookie: cookie },
				maxRedirects: 0,
			})
			expect(response.status(), JSON.stringify(headers)).toBe(302)
			expect(response.headers()['location']).toBe('/organisation?notice=organisation-saved')
			expect(db.select().from(organisations).where(eq(organisations.id, organisation.id)).get()?.name).toBe(name)
		}
	})

	test('a page on another site that submits a form to the portal gets the refusal, and signs nobody in', async ({
		page,
	}) => {
		const user = await insertUser({ role: 'supplier' })
		await page.route('http://attacker.test/**', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><title>Win a prize</title><form method="post" action="${appOrigin}/sign-in"><input name="email" value="${user.email}"><input name="password" value="${user.password}"><button>Claim</button></form>`,
			}),
		)
		await page.goto('http://attacker.test/prize')
		const [response] = await Promise.all([
			page.waitForResponse(`${appOrigin}/sign-in`),
			page.getByRole('button', { name: 'Claim' }).click(),
		])
		expect(response.status()).toBe(403)
		await expect(page.locator('body')).toHaveText(CROSS_ORIGIN_MESSAGE)
		expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([])
	})
})

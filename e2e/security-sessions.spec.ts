import type { APIRequestContext, APIResponse } from '@playwright/test'
import { and, eq, gte, inArray } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { sessions, signInFailures, users } from '#db/schema.ts'
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_INACTIVITY_TIMEOUT_MS } from '#app/domain/session-lifetime.ts'
import { issueOneTimeToken } from '#app/lib/one-time-tokens.server.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import { appOrigin, expect, insertUser, signInAs, test } from './fixtures.ts'
import { cookieFor } from './security-world.ts'
import { freshWorld, get, retireWorlds, sessionToken, setCookie, signInByForm } from './security-requests.ts'

/**
 * Sessions on the running production server: responses made for them are never stored, the
 * cookie it really sets, where sign-in leads back to, throttled sign-in, and sessions that end.
 */

const MINUTE = 60_000

test.afterEach(retireWorlds)

test.describe('responses made for a session', () => {
	test('are private and never stored: pages, data requests, redirects, refusals, downloads, signing in and signing out', async ({
		request,
	}) => {
		const world = await freshWorld({ draftEdition: false })
		const supplier = cookieFor(world.people.supplierA)
		const user = await insertUser({ role: 'supplier' })
		const signedIn = await signInByForm(request, user)
		const responses: Array<[string, APIResponse]> = [
			['a page', await get(request, '/account', supplier)],
			['a public page', await get(request, '/', supplier)],
			['a data request', await get(request, '/account.data', supplier)],
			['a redirect', await get(request, '/sign-in', supplier)],
			['a 403 page', await get(request, '/admin/users', supplier)],
			['a 404 page', await get(request, '/no-such-page', supplier)],
			[
				'a form with errors',
				await request.post('/organisation', {
					form: { intent: 'details' },
					headers: { Origin: appOrigin, Cookie: supplier },
					maxRedirects: 0,
				}),
			],
			['a public download', await get(request, '/contracts/register/csv', supplier)],
			['a spreadsheet', await get(request, `/matrices/${world.matrices.draftA}/spreadsheet`, supplier)],
			['an evidence file', await get(request, `/evidence/${world.returns.submittedA.evidenceId}`, supplier)],
			['signing in', signedIn],
			[
				'signing out',
				await request.post('/sign-out', {
					headers: { Origin: appOrigin, Cookie: `${SESSION_COOKIE}=${sessionToken(signedIn)}` },
					maxRedirects: 0,
				}),
			],
		]
		for (const [what, response] of responses) {
			expect.soft(response.status(), what).toBeLessThan(500)
			expect
				.soft(
					response
						.headersArray()
						.filter((h) => h.name.toLowerCase() === 'cache-control')
						.map((h) => h.value),
					what,
				)
				.toEqual(['private, no-store'])
		}
	})

	test('are the only ones marked so: a visitor’s pages are left to the browser', async ({ request }) => {
		expect((await get(request, '/')).headers()['cache-control']).toBeUndefined()
		expect((await get(request, '/toms')).headers()['cache-control']).toBeUndefined()
	})

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false })

		test('after signing out, the Back button shows nothing of the signed-in pages', async ({ page }) => {
			const user = await insertUser({ role: 'supplier' })
			await signInAs(page, user)
			await page.goto('/account')
			await expect(page.getByText(user.email)).toBeVisible()
			await page.getByRole('button', { name: 'Sign out' }).click()
			await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
			await page.goBack()
			await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
			await expect(page.getByText(user.email)).toHaveCount(0)
		})
	})
})

test.describe('the session cookie', () => {
	test('signing in sets it HttpOnly, SameSite=Lax and for the whole site, expiring with the inactivity limit; signing out clears it', async ({
		request,
	}) => {
		const user = await insertUser({ role: 'supplier' })
		const before = Date.now()
		const signedIn = await signInByForm(request, user)
		expect(signedIn.status()).toBe(302)
		const cookie = setCookie(signedIn)
		const attributes = cookie
			.split(';')
			.slice(1)
			.map((part) => part.trim())
		expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']))
		// Over https it is also Secure (unit-tested); no Domain, so it never reaches other hosts.
		expect(attributes.some((a) => /^(Secure|Domain=)/i.test(a))).toBe(false)
		const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))!.slice('Expires='.length))
		expect(expires).toBeGreaterThanOrEqual(before + SESSION_INACTIVITY_TIMEOUT_MS - 1000)
		expect(expires).toBeLessThanOrEqual(Date.now() + SESSION_INACTIVITY_TIMEOUT_MS + 1000)

		const signedOut = await request.post('/sign-out', {
			headers: { Origin: appOrigin, Cookie: `${SESSION_COOKIE}=${sessionToken(signedIn)}` },
			maxRedirects: 0,
		})
		const cleared = setCookie(signedOut)
		expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE}=;`))
		expect(cleared).toContain('Max-Age=0')
		expect(cleared).toContain('HttpOnly')
		expect(cleared).toContain('Path=/')
	})
})

test('after signing in, the page to go back to is always on the portal, however the address is disguised', async ({
	playwright,
}) => {
	const user = await insertUser({ role: 'supplier' })
	const disguises = [
		'//evil.example',
		'/\\evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\nSet-Cookie: stolen=1',
		'https://evil.example',
		'javascript:alert(1)',
		' //evil.example',
		'/%2F/evil.example',
	]
	for (const redirectTo of [...disguises, '/your-contracts?show=mine']) {
		// A browser of its own each time: once signed in, the sign-in page sends people on.
		const browser = await playwright.request.newContext({ baseURL: appOrigin })
		const response = await browser.post('/sign-in', {
			form: { email: user.email, password: user.password, redirectTo },
			headers: { Origin: appOrigin },
			maxRedirects: 0,
		})
		expect(response.status(), JSON.stringify(redirectTo)).toBe(302)
		const location = response.headers()['location'] ?? ''
		// As a browser reads it: tabs and line breaks dropped, backslashes taken as slashes.
		expect(new URL(location, appOrigin).origin, `${JSON.stringify(redirectTo)} → ${JSON.stringify(location)}`).toBe(
			appOrigin,
		)
		expect(response.headers()['set-cookie'] ?? '').not.toContain('stolen')
		if (redirectTo.startsWith('/your-contracts')) expect(location).toBe(redirectTo)
		await browser.dispose()
	}
})

test.describe('sign-in throttling', () => {
	let started: number
	test.beforeEach(() => {
		started = Date.now()
	})
	// The failures made here must not throttle the journeys that run after.
	test.afterEach(() => {
		db.delete(signInFailures)
			.where(gte(signInFailures.at, started - 20 * MINUTE))
			.run()
	})

	/** The address the server sees this test runner as, learnt from one failed sign-in. */
	async function runnerAddress(request: APIRequestContext) {
		const email = `nobody-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`
		expect(
			(
				await request.post('/sign-in', {
					form: { email, password: 'not the password' },
					headers: { Origin: appOrigin },
				})
			).status(),
		).toBe(400)
		return db.select().from(signInFailures).where(eq(signInFailures.email, email)).get()!.ip
	}

	test('twenty failures from one address, across accounts, refuse even a right password with 429, until they are 15 minutes old', async ({
		request,
	}) => {
		const ip = await runnerAddress(request)
		const now = Date.now()
		db.insert(signInFailures)
			.values(Array.from({ length: 19 }, (_, i) => ({ email: `sprayed-${now}-${i}@example.com`, ip, at: now })))
			.run()
		const user = await insertUser({ role: 'supplier' })
		const refused = await signInByForm(request, user)
		expect(refused.status()).toBe(429)
		expect(await refused.text()).toContain('Too many failed attempts to sign in')
		expect(sessionToken(refused)).toBeUndefined()
		// Not behind a proxy, a forwarded address is only what the sender claims, and changes nothing.
		const claimed = await request.post('/sign-in', {
			form: { email: user.email, password: user.password },
			headers: { Origin: appOrigin, 'X-Forwarded-For': '198.51.100.7' },
			maxRedirects: 0,
		})
		expect(claimed.status()).toBe(429)
		expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([])

		db.update(signInFailures)
			.set({ at: now - 16 * MINUTE })
			.where(eq(signInFailures.ip, ip))
			.run()
		const allowed = await signInByForm(request, user)
		expect(allowed.status()).toBe(302)
		expect(sessionToken(allowed)).toBeTruthy()
	})

	test('five failures for one account, from anywhere, refuse it with 429 until they are 15 minutes old', async ({
		request,
	}) => {
		const user = await insertUser({ role: 'supplier' })
		const now = Date.now()
		db.insert(signInFailures)
			.values(
				Array.from({ length: 5 }, (_, i) => ({ email: user.email, ip: `203.0.113.${i + 1}`, at: now - i * MINUTE })),
			)
			.run()
		const refused = await signInByForm(request, user)
		expect(refused.status()).toBe(429)
		expect(await refused.text()).toMatch(/Wait \d+ minutes? and try again/)
		expect(sessionToken(refused)).toBeUndefined()

		db.update(signInFailures)
			.set({ at: now - 16 * MINUTE })
			.where(eq(signInFailures.email, user.email))
			.run()
		expect((await signInByForm(request, user)).status()).toBe(302)
	})
})

test.describe('sessions end', () => {
	function sessionFor(userId: number, times: { createdAt: number; lastVerifiedAt: number }) {
		const { token, session } = createSession(userId, times.createdAt, db)
		db.update(sessions).set(times).where(eq(sessions.id, session.id)).run()
		return { cookie: `${SESSION_COOKIE}=${token}`, id: session.id }
	}
	const rowOf = (id: string) => db.select().from(sessions).where(eq(sessions.id, id)).get()

	test('after 12 hours without use, or 30 days after signing in however active, the session is gone and its cookie cleared', async ({
		request,
	}) => {
		const user = await insertUser({ role: 'supplier' })
		const now = Date.now()
		const idle = sessionFor(user.id, {
			createdAt: now - 13 * 60 * MINUTE,
			lastVerifiedAt: now - SESSION_INACTIVITY_TIMEOUT_MS - MINUTE,
		})
		const old = sessionFor(user.id, {
			createdAt: now - SESSION_ABSOLUTE_LIFETIME_MS - MINUTE,
			lastVerifiedAt: now - MINUTE,
		})
		for (const ended of [idle, old]) {
			const response = await get(request, '/account', ended.cookie)
			expect(response.status()).toBe(302)
			expect(response.headers()['location']).toBe('/sign-in?redirectTo=%2Faccount')
			expect(setCookie(response)).toContain('Max-Age=0')
			expect(rowOf(ended.id)).toBeUndefined()
		}
	})

	const expiresOf = (response: APIResponse) => Date.parse(setCookie(response).match(/Expires=([^;]+)/)?.[1] ?? '')

	test('a session used just inside both limits still works; its cookie now lasts until the absolute limit', async ({
		request,
	}) => {
		const user = await insertUser({ role: 'supplier' })
		const now = Date.now()
		const live = sessionFor(user.id, {
			createdAt: now - SESSION_ABSOLUTE_LIFETIME_MS + 60 * MINUTE,
			lastVerifiedAt: now - SESSION_INACTIVITY_TIMEOUT_MS + 5 * MINUTE,
		})
		const response = await get(request, '/account', live.cookie)
		expect(response.status()).toBe(200)
		expect(rowOf(live.id)!.lastVerifiedAt).toBeGreaterThanOrEqual(now)
		expect(Math.abs(expiresOf(response) - (now + 60 * MINUTE))).toBeLessThan(2 * MINUTE)
	})

	test('using the portal moves the cookie’s expiry on with the inactivity limit, so the browser keeps a session the server keeps', async ({
		request,
	}) => {
		const user = await insertUser({ role: 'supplier' })
		const now = Date.now()
		const live = sessionFor(user.id, { createdAt: now - 3 * 60 * MINUTE, lastVerifiedAt: now - 2 * 60 * MINUTE })
		const response = await get(request, '/account', live.cookie)
		expect(response.status()).toBe(200)
		expect(setCookie(response)).toContain(`${live.cookie};`)
		expect(Math.abs(expiresOf(response) - (now + SESSION_INACTIVITY_TIMEOUT_MS))).toBeLessThan(2 * MINUTE)
	})

	test('signing out ends the session on the server: the same cookie sent again is signed out', async ({ request }) => {
		const user = await insertUser({ role: 'supplier' })
		const signedIn = await signInByForm(request, user)
		const cookie = `${SESSION_COOKIE}=${sessionToken(signedIn)}`
		expect((await get(request, '/account', cookie)).status()).toBe(200)
		expect(
			(await request.post('/sign-out', { headers: { Origin: appOrigin, Cookie: cookie }, maxRedirects: 0 })).status(),
		).toBe(302)
		const replayed = await get(request, '/account', cookie)
		expect(replayed.status()).toBe(302)
		expect(replayed.headers()['location']).toMatch(/^\/sign-in/)
	})

	test('a password reset ends every session of the account, and signs in only the browser that made it', async ({
		request,
	}) => {
		const user = await insertUser({ role: 'supplier' })
		const first = cookieFor(user)
		const second = cookieFor(user)
		const token = issueOneTimeToken(db, user.id, 'password_reset', Date.now())
		const password = 'a brand new passphrase 8'
		const reset = await request.post('/reset-password', {
			form: { token, password, confirmPassword: password },
			headers: { Origin: appOrigin },
			maxRedirects: 0,
		})
		expect(reset.status()).toBe(302)
		for (const ended of [first, second]) expect((await get(request, '/account', ended)).status()).toBe(302)
		expect((await get(request, '/account', `${SESSION_COOKIE}=${sessionToken(reset)}`)).status()).toBe(200)
		expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(1)
	})

	test('a password reset, an accepted invitation or a confirmed email, in a browser signed in as someone else, ends that session and signs in only the new person', async ({
		request,
	}) => {
		const password = 'a brand new passphrase 8'
		const organisationId = createOrganisation(db, { kind: 'supplier' }).id
		const resetting = await insertUser({ role: 'supplier' })
		const invited = await createUser(db, { organisationId, role: 'supplier', status: 'invited', passwordHash: null })
		const unconfirmed = await createUser(db, { organisationId, role: 'supplier', status: 'unverified', password })
		const links: Array<{ person: { id: number; email: string }; path: string; form: Record<string, string> }> = [
			{
				person: resetting,
				path: '/reset-password',
				form: {
					token: issueOneTimeToken(db, resetting.id, 'password_reset', Date.now()),
					password,
					confirmPassword: password,
				},
			},
			{
				person: invited,
				path: '/accept-invitation',
				form: {
					token: issueOneTimeToken(db, invited.id, 'invitation', Date.now()),
					password,
					confirmPassword: password,
				},
			},
			{
				person: unconfirmed,
				path: '/verify-email',
				form: { token: issueOneTimeToken(db, unconfirmed.id, 'email_verification', Date.now()) },
			},
		]
		for (const link of links) {
			const someoneElse = await insertUser({ role: 'supplier' })
			const held = cookieFor(someoneElse)
			const response = await request.post(link.path, {
				form: link.form,
				headers: { Origin: appOrigin, Cookie: held },
				maxRedirects: 0,
			})
			expect(response.status(), link.path).toBe(302)
			expect(db.select().from(sessions).where(eq(sessions.userId, someoneElse.id)).all(), link.path).toEqual([])
			expect((await get(request, '/account', held)).status(), link.path).toBe(302)
			const account = await get(request, '/account', `${SESSION_COOKIE}=${sessionToken(response)}`)
			expect(await account.text(), link.path).toContain(link.person.email)
		}
	})

	test('a user disabled by an administrator, or removed by their organisation, is signed out at once', async ({
		request,
	}) => {
		const world = await freshWorld({ tenders: false, draftEdition: false })
		const managerCookie = cookieFor(world.people.otherManager)
		const colleagueCookie = cookieFor(world.colleagueA)
		for (const cookie of [managerCookie, colleagueCookie])
			expect((await get(request, '/account', cookie)).status()).toBe(200)

		const versionOf = (id: number) => String(db.select().from(users).where(eq(users.id, id)).get()!.version)
		const disabled = await request.post(`/admin/users/${world.people.otherManager.id}`, {
			form: { intent: 'disable', version: versionOf(world.people.otherManager.id) },
			headers: { Origin: appOrigin, Cookie: cookieFor(world.people.admin) },
			maxRedirects: 0,
		})
		expect(disabled.status()).toBe(302)
		const removed = await request.post('/organisation', {
			form: { intent: 'remove', userId: String(world.colleagueA.id), version: versionOf(world.colleagueA.id) },
			headers: { Origin: appOrigin, Cookie: cookieFor(world.people.supplierA) },
			maxRedirects: 0,
		})
		expect(removed.status()).toBe(302)

		for (const cookie of [managerCookie, colleagueCookie]) {
			const response = await get(request, '/account', cookie)
			expect(response.status()).toBe(302)
			expect(response.headers()['location']).toMatch(/^\/sign-in/)
		}
		expect(
			db
				.select()
				.from(sessions)
				.where(inArray(sessions.userId, [world.people.otherManager.id, world.colleagueA.id]))
				.all(),
		).toEqual([])
		expect(
			db
				.select()
				.from(users)
				.where(
					and(inArray(users.id, [world.people.otherManager.id, world.colleagueA.id]), eq(users.status, 'disabled')),
				)
				.all(),
		).toHaveLength(2)
	})
})

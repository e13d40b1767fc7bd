import { eq } from 'drizzle-orm'
import {
	appOrigin,
	expectNoAxeViolations,
	expect,
	insertUser,
	signInAs,
	test,
	waitForEmail,
	firstLink,
} from './fixtures.ts'
import { db } from '#db/client.server.ts'
import { createUser } from '#db/factories.ts'
import { signInFailures } from '#db/schema.ts'
import { MAX_FORM_BYTES } from '#app/routes/shared/read-form.server.ts'
import { issueOneTimeToken } from '#app/lib/one-time-tokens.server.ts'

test('an unknown address shows the 404 page', async ({ page }) => {
	const response = await page.goto('/no/such/page')
	expect(response?.status()).toBe(404)
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
	await expectNoAxeViolations(page)
})

test('public pages pass axe-core', async ({ page }) => {
	test.setTimeout(60_000)
	for (const path of [
		'/',
		'/accessibility',
		'/sign-in',
		'/forgotten-password',
		'/register',
		'/verify-email/resend',
		'/opportunities',
		'/contracts',
		'/toms/editions',
	]) {
		await page.goto(path)
		await expectNoAxeViolations(page)
	}
})

test('pages with errors pass axe-core', async ({ page }) => {
	await page.goto('/sign-in')
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByRole('alert')).toBeVisible()
	await expectNoAxeViolations(page)

	await page.goto('/forgotten-password')
	await page.getByLabel('Email address').fill('not-an-email')
	await page.getByRole('button', { name: 'Send reset link' }).click()
	await expect(page.getByRole('alert')).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Email address').fill('someone@example.com')
	await page.getByRole('button', { name: 'Send reset link' }).click()
	await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
	await expectNoAxeViolations(page)
})

test('link pages pass axe-core: reset, invitation, and an expired link', async ({ page }) => {
	const user = await insertUser({ role: 'supplier' })
	const invited = await createUser(db, {
		role: 'contract_manager',
		organisationId: user.organisationId,
		status: 'invited',
		password: null,
	})
	const now = Date.now()
	const resetToken = db.transaction((tx) => issueOneTimeToken(tx, user.id, 'password_reset', now))
	await page.goto(`/reset-password?token=${resetToken}`)
	await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Change password' }).click()
	await expect(page.getByRole('alert')).toBeVisible()
	await expectNoAxeViolations(page)

	const invitationToken = db.transaction((tx) => issueOneTimeToken(tx, invited.id, 'invitation', now))
	await page.goto(`/accept-invitation?token=${invitationToken}`)
	await expect(page.getByRole('heading', { name: 'Set up your account' })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.goto('/accept-invitation?token=not-a-real-token')
	await expect(page.getByRole('heading', { name: 'This link has expired or has already been used' })).toBeVisible()
	await expectNoAxeViolations(page)
})

test('signed-in council pages pass axe-core', async ({ page }) => {
	test.setTimeout(60_000)
	const admin = await insertUser({ role: 'admin' })
	const manager = await insertUser({ role: 'contract_manager' })
	await signInAs(page, admin)
	// Make sure there is mail to list and read.
	await page.goto('/forgotten-password')
	await page.getByLabel('Email address').fill(manager.email)
	await page.getByRole('button', { name: 'Send reset link' }).click()
	const mail = await waitForEmail(manager.email)
	expect(firstLink(mail.text)).toContain('/reset-password?token=')

	for (const path of [
		'/account',
		'/admin/users',
		'/admin/users/invite',
		`/admin/users/${manager.id}`,
		'/admin/sent-mail',
		`/admin/sent-mail/${mail.id}`,
		'/admin/outbox',
		'/admin/outbox?status=sent',
		'/manage/returns',
		'/manage/dashboard',
		'/manage/report',
		'/admin/maturity',
	]) {
		await page.goto(path)
		await expect(page.locator('h1')).toBeVisible()
		await expectNoAxeViolations(page)
	}
})

test('signed-in supplier pages pass axe-core', async ({ page }) => {
	const supplier = await insertUser({ role: 'supplier' })
	await signInAs(page, supplier)
	for (const path of ['/home', '/account', '/your-contracts']) {
		await page.goto(path)
		await expectNoAxeViolations(page)
	}
	await page.goto('/admin/users')
	await expect(page.getByRole('heading', { name: 'You do not have permission to see this page' })).toBeVisible()
	await expectNoAxeViolations(page)
})

test('every response carries the security headers, and /healthz checks the database', async ({ request }) => {
	const response = await request.get('/sign-in')
	const headers = response.headers()
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
	expect(headers['x-content-type-options']).toBe('nosniff')
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
	expect(headers['x-powered-by']).toBeUndefined()

	const health = await request.get('/healthz')
	expect(health.status()).toBe(200)
	expect(await health.text()).toBe('ok')
})

test('each page gets a fresh CSP nonce that matches its scripts', async ({ request }) => {
	const first = await request.get('/')
	const second = await request.get('/')
	const nonceOf = (csp: string) => csp.match(/'nonce-([^']+)'/)?.[1]
	const nonce = nonceOf(first.headers()['content-security-policy'] ?? '')
	expect(nonce).toBeTruthy()
	expect(nonce).not.toBe(nonceOf(second.headers()['content-security-policy'] ?? ''))
	expect(await first.text()).toContain(`nonce="${nonce}"`)
})

test('hashed assets are cached for a year and responses are compressed', async ({ page, request }) => {
	await page.goto('/')
	const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href')
	expect(stylesheet).toMatch(/^\/assets\//)
	const asset = await request.get(stylesheet as string, { headers: { 'Accept-Encoding': 'gzip' } })
	expect(asset.headers()['cache-control']).toContain('max-age=31536000')
	expect(asset.headers()['cache-control']).toContain('immutable')
	expect(asset.headers()['content-encoding']).toBe('gzip')
	const favicon = await request.get('/favicon.svg')
	expect(favicon.status()).toBe(200)
	expect(favicon.headers()['content-type']).toContain('image/svg+xml')
	expect(favicon.headers()['cache-control']).toContain('max-age=3600')
})

test('a form posted from another site is refused', async ({ request }) => {
	const response = await request.post('/sign-in', {
		form: { email: 'a@example.com', password: 'whatever whatever' },
		headers: { Origin: 'https://evil.example' },
	})
	expect(response.status()).toBe(403)
})

test('a form too large to read is refused with a page saying so, which passes axe-core, and changes nothing', async ({
	page,
	request,
}) => {
	const email = `too-large-${Date.now()}@example.com`
	const response = await request.post('/sign-in', {
		headers: { Origin: appOrigin, 'Content-Type': 'application/x-www-form-urlencoded' },
		data: `email=${encodeURIComponent(email)}&password=${'x'.repeat(MAX_FORM_BYTES)}`,
	})
	expect(response.status()).toBe(413)
	const body = await response.text()
	expect(body).toContain('A file you attach must be smaller than 10 MB.')
	// A failed sign-in is recorded against the address; this one was never read.
	expect(db.select().from(signInFailures).where(eq(signInFailures.email, email)).all()).toEqual([])

	// The server's own page, shown in the browser at the address it answered.
	await page.route('**/sign-in', (route) =>
		route.fulfill({ status: 413, contentType: 'text/html; charset=utf-8', body }),
	)
	await page.goto('/sign-in')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you sent is too large')
	await expect(page).toHaveTitle(/What you sent is too large/)
	await expectNoAxeViolations(page)
})

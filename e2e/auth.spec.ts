import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { sessions } from '#db/schema.ts'
import { expect, firstLink, insertUser, signInAs, test, waitForEmail } from './fixtures.ts'

test('a user signs in with email and password, sees their navigation, and signs out', async ({ page }) => {
	const user = await insertUser({ role: 'contract_manager', name: 'Casey Manager' })
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(user.email)
	await page.getByLabel('Password', { exact: true }).fill(user.password)
	await page.getByRole('button', { name: 'Sign in' }).click()

	await expect(page).toHaveURL(/\/manage$/)
	await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
	const nav = page.getByRole('navigation', { name: 'Menu' })
	await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0)
	await nav.getByRole('link', { name: 'Your account' }).click()
	await expect(page.getByText(user.email)).toBeVisible()

	await page.getByRole('button', { name: 'Sign out' }).click()
	await expect(page.getByText('You have signed out.')).toBeVisible()
	await page.goto('/account')
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/)
})

test('an administrator sees the admin navigation after signing in', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(admin.email)
	await page.getByLabel('Password', { exact: true }).fill(admin.password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page).toHaveURL(/\/manage$/)
	await expect(page.getByRole('heading', { name: 'Setting up' })).toBeVisible()
	const nav = page.getByRole('navigation', { name: 'Menu' })
	await expect(nav.getByRole('link', { name: 'Sent mail' })).toBeVisible()
})

test('a wrong password shows the error summary and keeps the person signed out', async ({ page }) => {
	const user = await insertUser({ role: 'supplier' })
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(user.email)
	await page.getByLabel('Password', { exact: true }).fill('not the right password')
	await page.getByRole('button', { name: 'Sign in' }).click()

	const summary = page.getByRole('alert')
	await expect(summary).toContainText('There is a problem')
	await expect(summary.getByRole('link', { name: 'Enter a correct email address and password' })).toBeVisible()
	await expect(page).toHaveTitle(/^Error: Sign in/)
	await expect(page.locator('.govuk-error-summary')).toBeFocused()
	await page.goto('/account')
	await expect(page).toHaveURL(/\/sign-in/)
})

test('empty sign-in form gets GOV.UK errors from the server', async ({ page }) => {
	await page.goto('/sign-in')
	// Skip the browser's own checks: the server must catch this too.
	await page.locator('form#sign-in').evaluate((form) => form.setAttribute('novalidate', ''))
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByRole('alert').getByRole('link', { name: 'Enter your email address' })).toBeVisible()
	await expect(page.getByRole('alert').getByRole('link', { name: 'Enter your password' })).toBeVisible()
})

test('after five failures the account is throttled with a clear message', async ({ page }) => {
	const user = await insertUser({ role: 'supplier' })
	for (let attempt = 0; attempt < 5; attempt++) {
		await page.goto('/sign-in')
		await page.getByLabel('Email address').fill(user.email)
		await page.getByLabel('Password', { exact: true }).fill(`wrong password ${attempt}`)
		await page.getByRole('button', { name: 'Sign in' }).click()
		await expect(page.getByRole('alert')).toBeVisible()
	}
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(user.email)
	await page.getByLabel('Password', { exact: true }).fill(user.password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByRole('alert')).toContainText('Too many failed attempts to sign in')
	await page.goto('/account')
	await expect(page).toHaveURL(/\/sign-in/)
})

test('the sign-in form signs out whoever the browser held: a right password signs in only the new person, a wrong one leaves nobody signed in', async ({
	browser,
}) => {
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled })
		const page = await context.newPage()
		const first = await insertUser({ role: 'supplier', name: 'First Person' })
		const second = await insertUser({ role: 'supplier', name: 'Second Person' })
		const signInFromOpenForm = async (password: string) => {
			await page.goto('/sign-in')
			// Meanwhile, on the same shared computer, the first person signs in from another tab.
			await signInAs(page, first)
			await page.getByLabel('Email address').fill(second.email)
			await page.getByLabel('Password', { exact: true }).fill(password)
			await page.getByRole('button', { name: 'Sign in' }).click()
		}
		const sessionsOf = (user: { id: number }) => db.select().from(sessions).where(eq(sessions.userId, user.id)).all()

		await signInFromOpenForm('not the right password')
		await expect(page.getByRole('alert'), `JavaScript ${javaScriptEnabled}`).toContainText(
			'Enter a correct email address and password',
		)
		await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0)
		expect(sessionsOf(first)).toEqual([])
		await page.goto('/account')
		await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/)

		await signInFromOpenForm(second.password)
		await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible()
		await page.goto('/account')
		await expect(page.getByText(second.email), `JavaScript ${javaScriptEnabled}`).toBeVisible()
		await expect(page.getByText(first.email)).toHaveCount(0)
		expect(sessionsOf(first)).toEqual([])
		expect(sessionsOf(second)).toHaveLength(1)
		await context.close()
	}
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('sign-in and sign-out work as plain HTML forms', async ({ page }) => {
		const user = await insertUser({ role: 'supplier' })
		await page.goto('/sign-in')
		await page.getByLabel('Email address').fill(user.email)
		await page.getByLabel('Password', { exact: true }).fill(user.password)
		await page.getByRole('button', { name: 'Sign in' }).click()
		await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible()
		await page.getByRole('button', { name: 'Sign out' }).click()
		await expect(page.getByText('You have signed out.')).toBeVisible()
	})

	test('a wrong password shows the error summary', async ({ page }) => {
		const user = await insertUser({ role: 'supplier' })
		await page.goto('/sign-in')
		await page.getByLabel('Email address').fill(user.email)
		await page.getByLabel('Password', { exact: true }).fill('not the right password')
		await page.getByRole('button', { name: 'Sign in' }).click()
		await expect(page.getByRole('alert')).toContainText('Enter a correct email address and password')
	})
})

test('forgotten password: the reset link from the email sets a new password and ends other sessions', async ({
	page,
	browser,
}) => {
	const user = await insertUser({ role: 'supplier', name: 'Riley Reset' })

	// A session elsewhere, which the reset must end.
	const other = await browser.newContext()
	const otherPage = await other.newPage()
	await otherPage.goto('/sign-in')
	await otherPage.getByLabel('Email address').fill(user.email)
	await otherPage.getByLabel('Password', { exact: true }).fill(user.password)
	await otherPage.getByRole('button', { name: 'Sign in' }).click()
	await expect(otherPage.getByRole('heading', { name: 'Home' })).toBeVisible()

	const since = Date.now()
	await page.goto('/sign-in')
	await page.getByRole('link', { name: 'I have forgotten my password' }).click()
	await page.getByLabel('Email address').fill(user.email)
	await page.getByRole('button', { name: 'Send reset link' }).click()
	await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()

	const email = await waitForEmail(user.email, { subject: /Reset your password/, since })
	expect(email.text).toContain('Riley Reset')
	await page.goto(firstLink(email.text))
	await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible()

	await page.getByLabel('New password', { exact: true }).fill('short')
	await page.getByLabel('Confirm new password').fill('short')
	await page.getByRole('button', { name: 'Change password' }).click()
	await expect(page.getByRole('alert')).toContainText('Password must be 12 characters or more')

	const newPassword = 'a brand new passphrase 7'
	await page.getByLabel('New password', { exact: true }).fill(newPassword)
	await page.getByLabel('Confirm new password').fill(newPassword)
	await page.getByRole('button', { name: 'Change password' }).click()
	await expect(page.getByText('Your password has been changed')).toBeVisible()
	await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible()

	await otherPage.goto('/account')
	await expect(otherPage).toHaveURL(/\/sign-in/)
	await other.close()

	// The link works once.
	await page.goto(firstLink(email.text))
	await expect(page.getByRole('heading', { name: 'This link has expired or has already been used' })).toBeVisible()

	// The new password works; the old one does not.
	await page.context().clearCookies()
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(user.email)
	await page.getByLabel('Password', { exact: true }).fill(user.password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByRole('alert')).toBeVisible()
	await page.getByLabel('Password', { exact: true }).fill(newPassword)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible()
})

test('forgotten password gives the same answer for an unknown email, and sends nothing', async ({ page }) => {
	const since = Date.now()
	const unknown = `nobody-${since}@example.com`
	await page.goto('/forgotten-password')
	await page.getByLabel('Email address').fill(unknown)
	await page.getByRole('button', { name: 'Send reset link' }).click()
	await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
	await expect(page.getByText(`If there is an account for ${unknown}`)).toBeVisible()
	await expect(waitForEmail(unknown, { since, timeout: 3_000 })).rejects.toThrow()
})

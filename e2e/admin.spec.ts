import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { auditEvents, users } from '#db/schema.ts'
import {
	appOrigin,
	expect,
	expectNoAxeViolations,
	firstLink,
	insertUser,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'

test('an administrator invites a contract manager, who accepts and is signed in', async ({ page, browser }) => {
	const admin = await insertUser({ role: 'admin', name: 'Ada Admin' })
	await signInAs(page, admin)
	const inviteeEmail = `new.manager.${Date.now()}@council.example`

	await page.goto('/admin/users')
	await page.getByRole('button', { name: 'Invite council staff' }).click()
	await page.getByRole('button', { name: 'Send invitation' }).click()
	await expect(page.getByRole('alert').getByRole('link', { name: 'Enter their full name' })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByLabel('Full name').fill('Morgan Manager')
	await page.getByLabel('Email address').fill(inviteeEmail)
	await page.getByLabel('Contract manager').check()
	await page.getByRole('button', { name: 'Send invitation' }).click()
	await expect(page.getByText('Invitation sent.')).toBeVisible()
	await expect(page.getByRole('heading', { name: 'Morgan Manager' })).toBeVisible()
	await expect(page.getByText('Invited', { exact: true }).first()).toBeVisible()

	const email = await waitForEmail(inviteeEmail, { subject: /invited/ })
	expect(email.text).toContain('Ada Admin has invited you')

	// The administrator can read the same email in "Sent mail".
	await page.getByRole('link', { name: 'Sent mail' }).click()
	await page
		.getByRole('row', { name: new RegExp(inviteeEmail) })
		.getByRole('link')
		.click()
	await expect(page.getByText('Ada Admin has invited you')).toBeVisible()

	const invitee = await browser.newContext()
	const inviteePage = await invitee.newPage()
	await inviteePage.goto(firstLink(email.text))
	await expect(inviteePage.getByRole('heading', { name: 'Set up your account' })).toBeVisible()
	await inviteePage.getByLabel('New password', { exact: true }).fill('morgan manages contracts well')
	await inviteePage.getByLabel('Confirm new password').fill('morgan manages contracts differently')
	await inviteePage.getByRole('button', { name: 'Create account' }).click()
	await expect(inviteePage.getByRole('alert')).toContainText('Enter the same password in both fields')
	await expectNoAxeViolations(inviteePage)
	await inviteePage.getByLabel('New password', { exact: true }).fill('morgan manages contracts well')
	await inviteePage.getByLabel('Confirm new password').fill('morgan manages contracts well')
	await inviteePage.getByRole('button', { name: 'Create account' }).click()
	await expect(inviteePage.getByText('Your account is set up')).toBeVisible()
	await expect(inviteePage.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
	await inviteePage.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your account' }).click()
	await expect(inviteePage.getByText('Contract manager', { exact: true })).toBeVisible()
	await invitee.close()

	const stored = db.select().from(users).where(eq(users.email, inviteeEmail)).get()
	expect(stored?.status).toBe('active')
	const actions = db
		.select({ action: auditEvents.action })
		.from(auditEvents)
		.where(eq(auditEvents.subjectId, String(stored?.id)))
		.all()
	expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['user_invited', 'invitation_accepted']))
})

test('inviting an email that already has an account is refused', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const existing = await insertUser({ role: 'contract_manager' })
	await signInAs(page, admin)
	await page.goto('/admin/users/invite')
	await page.getByLabel('Full name').fill('Someone')
	await page.getByLabel('Email address').fill(existing.email.toUpperCase())
	await page.getByLabel('Administrator').check()
	await page.getByRole('button', { name: 'Send invitation' }).click()
	await expect(page.getByRole('alert')).toContainText('A user with this email address already exists')
})

test('an administrator changes a role and disables a user, whose sessions end at once', async ({ page, browser }) => {
	const admin = await insertUser({ role: 'admin' })
	const manager = await insertUser({ role: 'contract_manager', name: 'Jamie Manager' })
	await signInAs(page, admin)

	const managerContext = await browser.newContext()
	const managerPage = await managerContext.newPage()
	await signInAs(managerPage, manager)
	await managerPage.goto('/account')
	await expect(managerPage.getByRole('heading', { name: 'Your account' })).toBeVisible()

	await page.goto('/admin/users')
	await page.getByRole('link', { name: 'Jamie Manager' }).click()
	await page.getByRole('group', { name: 'Change role' }).getByLabel('Administrator').check()
	await page.getByRole('button', { name: 'Save role' }).click()
	await expect(page.getByText('Role changed.')).toBeVisible()
	await expect(page.getByRole('group', { name: 'Change role' }).getByLabel('Administrator')).toBeChecked()

	await page.getByRole('button', { name: 'Disable user' }).click()
	await expect(page.getByText('User disabled.')).toBeVisible()
	await managerPage.goto('/account')
	await expect(managerPage).toHaveURL(/\/sign-in/)

	// Signing in again is refused while disabled.
	await managerPage.getByLabel('Email address').fill(manager.email)
	await managerPage.getByLabel('Password', { exact: true }).fill(manager.password)
	await managerPage.getByRole('button', { name: 'Sign in' }).click()
	await expect(managerPage.getByRole('alert')).toBeVisible()
	await managerContext.close()

	await page.getByRole('button', { name: 'Enable user' }).click()
	await expect(page.getByText('User enabled.')).toBeVisible()
})

test('a stale form does not overwrite a newer change', async ({ page, browser }) => {
	const admin = await insertUser({ role: 'admin' })
	const otherAdmin = await insertUser({ role: 'admin' })
	const manager = await insertUser({ role: 'contract_manager', name: 'Pat Stale' })
	await signInAs(page, admin)
	await page.goto(`/admin/users/${manager.id}`)

	const second = await browser.newContext()
	const secondPage = await second.newPage()
	await signInAs(secondPage, otherAdmin)
	await secondPage.goto(`/admin/users/${manager.id}`)
	await secondPage.getByRole('button', { name: 'Disable user' }).click()
	await expect(secondPage.getByText('User disabled.')).toBeVisible()
	await second.close()

	await page.getByRole('group', { name: 'Change role' }).getByLabel('Administrator').check()
	await page.getByRole('button', { name: 'Save role' }).click()
	await expect(page.getByRole('alert')).toContainText('changed by someone else')
	await expectNoAxeViolations(page)
	const stored = db.select().from(users).where(eq(users.id, manager.id)).get()
	expect(stored?.role).toBe('contract_manager')
})

test('suppliers and contract managers get 403 on admin pages, and forms are refused too', async ({ page, request }) => {
	const supplier = await insertUser({ role: 'supplier' })
	const manager = await insertUser({ role: 'contract_manager' })
	for (const user of [supplier, manager]) {
		await page.context().clearCookies()
		await signInAs(page, user)
		for (const path of ['/admin/users', '/admin/users/invite', `/admin/users/${user.id}`, '/admin/sent-mail']) {
			const response = await page.goto(path)
			expect(response?.status(), path).toBe(403)
			await expect(page.getByRole('heading', { name: 'You do not have permission to see this page' })).toBeVisible()
		}
	}
	// A forged POST from a supplier changes nothing.
	const cookies = await page.context().cookies()
	const response = await request.post(`/admin/users/${manager.id}`, {
		form: { intent: 'disable', version: '1' },
		headers: { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), Origin: appOrigin },
		maxRedirects: 0,
	})
	expect(response.status()).toBe(403)
	expect(db.select().from(users).where(eq(users.id, manager.id)).get()?.status).toBe('active')
})

test('signed-out people are sent to sign in, and come back afterwards', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	await page.goto('/admin/sent-mail')
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Fsent-mail/)
	await page.getByLabel('Email address').fill(admin.email)
	await page.getByLabel('Password', { exact: true }).fill(admin.password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page).toHaveURL(/\/admin\/sent-mail$/)
	await expect(page.getByRole('heading', { name: 'Sent mail' })).toBeVisible()
})

import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { users } from '#db/schema.ts'
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

test('a supplier registers, confirms by the emailed link, signs in, and invites a colleague who joins', async ({
	page,
	browser,
}) => {
	test.setTimeout(90_000)
	const stamp = Date.now()
	const email = `founder.${stamp}@charity.example`
	const password = 'a good long passphrase 9'

	await page.goto('/register')
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Register' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter your organisation’s name')
	await expect(page.getByRole('alert')).toContainText('Select the type of organisation')
	await expectNoAxeViolations(page)

	await page.getByLabel('Organisation name').fill(`Riverside Food Bank ${stamp}`)
	await page.getByLabel('Voluntary or community organisation, charity or social enterprise').check()
	await page.getByLabel('Postcode').fill('ex4 4qj')
	await page.getByLabel('Full name').fill('Robin Founder')
	await page.getByLabel('Email address').fill(email)
	await page.getByLabel('New password', { exact: true }).fill(password)
	await page.getByLabel('Confirm new password').fill(password)
	await page.getByRole('button', { name: 'Register' }).click()
	await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
	await expectNoAxeViolations(page)

	// Not yet confirmed: signing in says so and offers a new link.
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(email)
	await page.getByLabel('Password', { exact: true }).fill(password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByRole('alert')).toContainText('Confirm your email address before signing in')
	await expect(page.getByRole('link', { name: 'Send me a new confirmation link' })).toBeVisible()

	const mail = await waitForEmail(email, { subject: /Confirm your email address/ })
	await page.goto(firstLink(mail.text))
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Confirm and continue' }).click()
	await expect(page.getByText('Email address confirmed.')).toBeVisible()
	await expect(page.getByRole('heading', { level: 1, name: `Riverside Food Bank ${stamp}` })).toBeVisible()
	await expect(page.getByText('EX4 4QJ')).toBeVisible()
	await expectNoAxeViolations(page)

	// Invite a colleague.
	const colleagueEmail = `colleague.${stamp}@charity.example`
	await page.getByRole('button', { name: 'Invite a colleague' }).click()
	await expectNoAxeViolations(page)
	await page.getByLabel('Full name').fill('Sam Colleague')
	await page.getByLabel('Email address').fill(colleagueEmail)
	await page.getByRole('button', { name: 'Send invitation' }).click()
	await expect(page.getByText('Invitation sent.')).toBeVisible()
	await expect(page.getByRole('row', { name: /Sam Colleague/ })).toContainText('Invited')

	const invitation = await waitForEmail(colleagueEmail, { subject: /invited/ })
	expect(invitation.text).toContain(`to join Riverside Food Bank ${stamp}`)
	const colleagueContext = await browser.newContext()
	const colleague = await colleagueContext.newPage()
	await colleague.goto(firstLink(invitation.text))
	await colleague.getByLabel('New password', { exact: true }).fill('sam joins the food bank')
	await colleague.getByLabel('Confirm new password').fill('sam joins the food bank')
	await colleague.getByRole('button', { name: 'Create account' }).click()
	await expect(colleague.getByText('Your account is set up')).toBeVisible()
	await colleague.goto('/organisation')
	await expect(colleague.getByRole('row', { name: /Sam Colleague/ })).toContainText('Active')
	await expect(colleague.getByRole('button', { name: 'Invite a colleague' })).toHaveCount(0)
	await colleagueContext.close()

	// Choose who receives reminders: at least one person.
	await page.goto('/organisation')
	await page.getByRole('group', { name: 'Who receives reminders' }).getByLabel('Robin Founder').uncheck()
	await page.getByRole('button', { name: 'Save reminder choices' }).click()
	await expect(page.getByRole('alert')).toContainText('Select at least one person to receive reminders')
	await expectNoAxeViolations(page)
	await page.getByRole('group', { name: 'Who receives reminders' }).getByLabel('Sam Colleague').check()
	await page.getByRole('button', { name: 'Save reminder choices' }).click()
	await expect(page.getByText('Reminder choices saved.')).toBeVisible()
	await expect(page.getByRole('row', { name: /Sam Colleague/ })).toContainText('Yes')
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('registration and confirmation work as plain HTML forms', async ({ page }) => {
		const stamp = Date.now()
		const email = `nojs.${stamp}@micro.example`
		await page.goto('/register')
		await page.getByLabel('Organisation name').fill(`Tiny Gardens ${stamp}`)
		await page.getByLabel('Micro business').check()
		await page.getByLabel('Postcode').fill('EX2 7HR')
		await page.getByLabel('Full name').fill('Alex Gardener')
		await page.getByLabel('Email address').fill(email)
		await page.getByLabel('New password', { exact: true }).fill('short')
		await page.getByLabel('Confirm new password').fill('short')
		await page.getByRole('button', { name: 'Register' }).click()
		await expect(page.getByRole('alert')).toContainText('Password must be 12 characters or more')
		await page.getByLabel('New password', { exact: true }).fill('gardens grow slowly here')
		await page.getByLabel('Confirm new password').fill('gardens grow slowly here')
		await page.getByRole('button', { name: 'Register' }).click()
		await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
		const mail = await waitForEmail(email, { subject: /Confirm your email address/ })
		await page.goto(firstLink(mail.text))
		await page.getByRole('button', { name: 'Confirm and continue' }).click()
		await expect(page.getByText('Email address confirmed.')).toBeVisible()
	})
})

test('registering an organisation that already exists says to ask for an invitation, without naming anyone', async ({
	page,
}) => {
	const existing = createOrganisation(db, {
		kind: 'supplier',
		name: `Existing Builders ${Date.now()}`,
		registrationNumber: `${Date.now()}`.slice(-8),
	})
	await page.goto('/register')
	await page.getByLabel('Organisation name').fill(existing.name.toLowerCase())
	await page.getByLabel('Large organisation').check()
	await page.getByLabel('Postcode').fill('EX1 1AA')
	await page.getByLabel('Full name').fill('Someone New')
	await page.getByLabel('Email address').fill(`someone.${Date.now()}@builders.example`)
	await page.getByLabel('New password', { exact: true }).fill('another good passphrase')
	await page.getByLabel('Confirm new password').fill('another good passphrase')
	await page.getByRole('button', { name: 'Register' }).click()
	await expect(page.getByRole('heading', { name: 'Your organisation is already registered' })).toBeVisible()
	await expect(page.getByText('Ask the person who manages your organisation’s account to invite you')).toBeVisible()
	await expectNoAxeViolations(page)
})

test('one supplier cannot remove another supplier’s people, whatever the form says', async ({ page }) => {
	const orgA = createOrganisation(db, { kind: 'supplier' })
	const orgB = createOrganisation(db, { kind: 'supplier' })
	const adminA = await insertUser({ role: 'supplier', organisationId: orgA.id })
	db.update(users).set({ isOrgAdmin: true, receivesReminders: true }).where(eq(users.id, adminA.id)).run()
	const memberB = await insertUser({ role: 'supplier', organisationId: orgB.id, name: 'Bea Other' })
	await signInAs(page, adminA)
	await page.goto('/organisation')
	await expect(page.getByText('Bea Other')).toHaveCount(0)
	const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
	const response = await page.request.post('/organisation', {
		form: { intent: 'remove', userId: String(memberB.id), version: '1' },
		headers: { Cookie: cookies, Origin: appOrigin },
		maxRedirects: 0,
	})
	expect(response.status()).toBe(400)
	expect(db.select().from(users).where(eq(users.id, memberB.id)).get()?.status).toBe('active')

	// A member who does not manage the organisation cannot invite anyone.
	const plainMember = await insertUser({ role: 'supplier', organisationId: orgA.id })
	await page.context().clearCookies()
	await signInAs(page, plainMember)
	expect((await page.goto('/organisation/invite'))?.status()).toBe(403)
	// Council staff have no supplier organisation page.
	const manager = await insertUser({ role: 'contract_manager' })
	await page.context().clearCookies()
	await signInAs(page, manager)
	expect((await page.goto('/organisation'))?.status()).toBe(403)
})

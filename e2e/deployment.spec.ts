import type { Page } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { councils, organisations, users } from '#db/schema.ts'
import { expect, expectNoAxeViolations, firstLink, insertUser, signInAs, test, waitForEmail } from './fixtures.ts'

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' })

test('a deployment administrator adds a council, whose first administrator accepts and runs only it', async ({
	page,
	browser,
}) => {
	const deployer = await insertUser({ role: 'admin', name: 'Dee Ployer', deploymentRole: 'administrator' })
	await signInAs(page, deployer)
	const suffix = Date.now().toString(36)
	const slug = `westmere-${suffix}`
	const adminEmail = `wen.admin.${suffix}@westmere.example`

	await page.goto('/manage')
	await menu(page).getByRole('link', { name: 'Councils' }).click()
	await expect(page.getByRole('heading', { name: 'Councils', level: 1 })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('button', { name: 'Add a council' }).click()
	await page.getByRole('button', { name: 'Add council and send invitation' }).click()
	await expect(page).toHaveTitle(/^Error: Add a council/)
	await expect(page.getByRole('alert').getByRole('link', { name: 'Enter the council’s name' })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByLabel('Name', { exact: true }).fill(`Westmere Borough Council ${suffix}`)
	await page.getByLabel('Short name').fill('Westmere')
	await page.getByLabel('Short address').fill(slug)
	await page.getByLabel('Host name (optional)').fill('https://westmere.example')
	await page.getByLabel('Full name').fill('Wen Admin')
	await page.getByLabel('Email address').fill(adminEmail)
	await page.getByRole('button', { name: 'Add council and send invitation' }).click()
	await expect(page.getByRole('alert').getByRole('link', { name: /Enter a host name/ })).toBeVisible()
	await page.getByLabel('Host name (optional)').fill('')
	await page.getByRole('button', { name: 'Add council and send invitation' }).click()
	await expect(page.getByText('Council added. Its first administrator has been sent an invitation.')).toBeVisible()
	await expect(page.getByRole('row', { name: new RegExp(`Westmere Borough Council ${suffix}`) })).toContainText(
		`/c/${slug}`,
	)

	// The same short address again is refused beside its field.
	await page.getByRole('button', { name: 'Add a council' }).click()
	await page.getByLabel('Name', { exact: true }).fill(`Eastmere Council ${suffix}`)
	await page.getByLabel('Short name').fill('Eastmere')
	await page.getByLabel('Short address').fill(slug)
	await page.getByLabel('Full name').fill('Eve Admin')
	await page.getByLabel('Email address').fill(`eve.${suffix}@eastmere.example`)
	await page.getByRole('button', { name: 'Add council and send invitation' }).click()
	await expect(page.getByRole('alert')).toContainText('Another council already has this short address')

	const email = await waitForEmail(adminEmail, { subject: /Westmere Borough Council/ })
	expect(email.text).toContain('Dee Ployer has invited you')
	const invitee = await browser.newContext()
	const inviteePage = await invitee.newPage()
	await inviteePage.goto(firstLink(email.text))
	await inviteePage.getByLabel('New password', { exact: true }).fill('wen runs westmere well')
	await inviteePage.getByLabel('Confirm new password').fill('wen runs westmere well')
	await inviteePage.getByRole('button', { name: 'Create account' }).click()
	await expect(inviteePage.getByText('Your account is set up')).toBeVisible()
	await expect(menu(inviteePage).getByRole('link', { name: 'Users' })).toBeVisible()
	await expect(menu(inviteePage).getByRole('link', { name: 'Councils' })).toHaveCount(0)
	expect((await inviteePage.goto('/deployment'))?.status()).toBe(403)
	await invitee.close()

	const council = db.select().from(councils).where(eq(councils.slug, slug)).get()!
	const admin = db.select().from(users).where(eq(users.email, adminEmail)).get()!
	expect(admin).toMatchObject({ organisationId: council.id, role: 'admin', status: 'active', deploymentRole: null })
	expect(db.select().from(organisations).where(eq(organisations.id, council.id)).get()?.kind).toBe('council')
})

test('the consortium figures, their downloads, and who may see them', async ({ page, browser }) => {
	const deployer = await insertUser({ role: 'admin', deploymentRole: 'administrator' })
	const officer = await insertUser({ role: 'contract_manager', name: 'Cora Officer' })
	await signInAs(page, deployer)

	await page.goto('/deployment')
	await page.getByRole('link', { name: 'Compare what councils’ suppliers committed and delivered' }).click()
	await expect(page.getByRole('heading', { name: 'Consortium figures' })).toBeVisible()
	await expect(page.getByRole('table', { name: 'By council' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Financial year').selectOption({ label: 'All time' })
	await page.getByRole('button', { name: 'Show' }).click()
	await expect(page.getByRole('table', { name: 'By council' })).toBeVisible()

	for (const [dataset, header] of [
		['councils', 'Council,Committed (£),Delivered (£),Delivered of committed (%)'],
		['themes', 'Theme,Council,Committed (£)'],
		['suppliers', 'Supplier,Council,Committed (£)'],
	] as const) {
		const response = await page.request.get(`/deployment/consortium/export/${dataset}/csv`)
		expect(response.status()).toBe(200)
		expect(response.headers()['content-type']).toContain('text/csv')
		expect(await response.text()).toContain(header)
	}

	await page.goto('/deployment')
	await page.getByRole('link', { name: 'choose who else may see those figures' }).click()
	await expect(page.getByRole('heading', { name: 'Who sees the consortium figures' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Let them see the figures' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter their email address')
	await expectNoAxeViolations(page)
	await page.getByLabel('Email address of a member of a council’s staff').fill(officer.email.toUpperCase())
	await page.getByRole('button', { name: 'Let them see the figures' }).click()
	await expect(page.getByText('They can now see the consortium figures.')).toBeVisible()

	const officerContext = await browser.newContext()
	const officerPage = await officerContext.newPage()
	await signInAs(officerPage, officer)
	await officerPage.goto('/manage')
	await menu(officerPage).getByRole('link', { name: 'Consortium' }).click()
	await expect(officerPage.getByRole('heading', { name: 'Consortium figures' })).toBeVisible()
	await expect(menu(officerPage).getByRole('link', { name: 'Councils' })).toHaveCount(0)
	expect((await officerPage.goto('/deployment/consortium/access'))?.status()).toBe(403)

	await page.getByRole('button', { name: 'Remove Cora Officer’s access to the consortium figures' }).click()
	await expect(page.getByText('They can no longer see the consortium figures.')).toBeVisible()
	expect((await officerPage.goto('/deployment/consortium'))?.status()).toBe(403)
	await officerContext.close()
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a council is added, and the consortium figures shown, given and taken away', async ({ page }) => {
		const deployer = await insertUser({ role: 'admin', deploymentRole: 'administrator' })
		const officer = await insertUser({ role: 'contract_manager', name: 'Nell Nojs' })
		await signInAs(page, deployer)
		const suffix = Date.now().toString(36)

		await page.goto('/deployment/councils/new')
		await page.getByRole('button', { name: 'Add council and send invitation' }).click()
		await expect(page.getByRole('alert')).toContainText('Enter the council’s name')
		await page.getByLabel('Name', { exact: true }).fill(`Nojs Council ${suffix}`)
		await page.getByLabel('Short name').fill('Nojs')
		await page.getByLabel('Short address').fill(`nojs-${suffix}`)
		await page.getByLabel('Host name (optional)').fill(`sv.nojs-${suffix}.example`)
		await page.getByLabel('Full name').fill('Nia Nojs')
		await page.getByLabel('Email address').fill(`nia.${suffix}@nojs.example`)
		await page.getByRole('button', { name: 'Add council and send invitation' }).click()
		await expect(page.getByText('Council added.')).toBeVisible()
		await expect(page.getByRole('row', { name: new RegExp(`Nojs Council ${suffix}`) })).toContainText(
			`sv.nojs-${suffix}.example`,
		)

		await page.goto('/deployment/consortium')
		await page.getByRole('button', { name: 'Show' }).click()
		await expect(page.getByRole('table', { name: 'By council' })).toContainText(`Nojs Council ${suffix}`)

		await page.goto('/deployment/consortium/access')
		await page.getByLabel('Email address of a member of a council’s staff').fill(officer.email)
		await page.getByRole('button', { name: 'Let them see the figures' }).click()
		await expect(page.getByText('They can now see the consortium figures.')).toBeVisible()
		await page.getByRole('button', { name: 'Remove Nell Nojs’s access to the consortium figures' }).click()
		await expect(page.getByText('They can no longer see the consortium figures.')).toBeVisible()
	})
})

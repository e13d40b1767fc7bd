import { runReminders } from '#app/lib/reminders.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { insertAwardedContract } from './contract-fixture.ts'
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

test('following a reminder’s link while signed out leads through sign-in to the return', async ({ page }) => {
	const contract = await insertAwardedContract()
	const supplier = {
		id: contract.supplier.id,
		email: contract.supplier.email,
		name: contract.supplier.name,
		role: contract.supplier.role,
		organisationId: contract.supplier.organisationId,
	}
	const firstPeriod = contract.periods.find((p) => p.key === '2025-26-H1')!
	const opened = openReturn(supplier, firstPeriod.id, { ip: '127.0.0.1', now: Date.now() })
	if (!opened.ok) throw new Error(opened.message)

	// The server's scheduler is off in these journeys; run the reminders as cron would.
	runReminders(Date.now())
	const mail = await waitForEmail(contract.supplier.email, {
		subject: /^Progress return overdue by \d+ days: .*H1 2025\/26$/,
	})
	expect(mail.text).toContain('was due on 30 October 2025')
	const link = firstLink(mail.text)
	expect(link).toMatch(new RegExp(`^http://localhost:\\d+/returns/${opened.returnId}$`))

	await page.goto(link)
	await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Email address').fill(contract.supplier.email)
	await page.getByLabel('Password', { exact: true }).fill(contract.supplier.password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	expect(new URL(page.url()).pathname).toBe(`/returns/${opened.returnId}`)

	// Running the reminders again at the same moment sends nothing more.
	const again = runReminders(Date.now())
	expect(again.returns).toBe(0)
})

test('a reminder for a return not yet started links to a page that starts it in one step, with or without JavaScript', async ({
	page,
	browser,
}) => {
	const contract = await insertAwardedContract()
	const period = contract.periods.find((p) => p.key === '2025-26-H1')!
	runReminders(Date.now())
	const mail = await waitForEmail(contract.supplier.email, {
		subject: /^Progress return overdue by \d+ days: .*H1 2025\/26$/,
	})
	const link = firstLink(mail.text)
	expect(link).toMatch(new RegExp(`^http://localhost:\\d+/returns/start/${period.id}$`))

	// Another supplier's member cannot tell the period exists.
	const strangerContext = await browser.newContext()
	const stranger = await strangerContext.newPage()
	await signInAs(stranger, await insertUser({ role: 'supplier' }))
	expect((await stranger.request.get(link)).status()).toBe(404)
	expect((await stranger.request.post(link, { headers: { Origin: appOrigin } })).status()).toBe(404)
	await strangerContext.close()

	await signInAs(page, contract.supplier)
	await page.goto(link)
	await expect(page.getByRole('heading', { name: 'Start the H1 2025/26 progress return' })).toBeVisible()
	await expect(page.getByText('Overdue')).toBeVisible()
	await expectNoAxeViolations(page)

	const noScript = await browser.newContext({ javaScriptEnabled: false })
	const supplier = await noScript.newPage()
	await signInAs(supplier, contract.supplier)
	await supplier.goto(link)
	await supplier.getByRole('button', { name: 'Start the H1 2025/26 return' }).click()
	await expect(supplier.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	const returnPath = new URL(supplier.url()).pathname
	expect(returnPath).toMatch(/^\/returns\/\d+$/)
	await noScript.close()

	// Once started, the same link leads straight to the return.
	await page.goto(link)
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	expect(new URL(page.url()).pathname).toBe(returnPath)
})

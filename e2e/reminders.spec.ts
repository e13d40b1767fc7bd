import { runReminders } from '#app/lib/reminders.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { insertAwardedContract } from './contract-fixture.ts'
import { expect, expectNoAxeViolations, firstLink, test, waitForEmail } from './fixtures.ts'

test('following a reminder’s link while signed out leads through sign-in to the return', async ({ page }) => {
	const contract = await insertAwardedContract()
	const supplier = { id: contract.supplier.id, email: contract.supplier.email, name: contract.supplier.name, role: contract.supplier.role, organisationId: contract.supplier.organisationId }
	const firstPeriod = contract.periods.find((p) => p.key === '2025-26-H1')!
	const opened = openReturn(supplier, firstPeriod.id, { ip: '127.0.0.1', now: Date.now() })
	if (!opened.ok) throw new Error(opened.message)

	// The server's scheduler is off in these journeys; run the reminders as cron would.
	runReminders(Date.now())
	const mail = await waitForEmail(contract.supplier.email, { subject: /^Progress return overdue by \d+ days: .*H1 2025\/26$/ })
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

import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import { expect, expectNoAxeViolations, insertUser, signInAs, test, waitForEmail } from './fixtures.ts'

test('an administrator sees a failed email with its last error and sends it again', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const to = `failed-${Date.now()}@example.com`
	const now = Date.now()
	db.insert(outbox)
		.values({
			dedupeKey: `e2e:failed:${to}`,
			to,
			subject: 'Your return is overdue',
			html: '<p>Overdue</p>',
			text: 'Overdue',
			status: 'failed',
			attempts: 8,
			lastError: 'connect ECONNREFUSED 127.0.0.1:25',
			nextAttemptAt: now,
			createdAt: now,
		})
		.run()
	await signInAs(page, admin)
	await page.goto('/admin/outbox?status=failed')
	const row = page.getByRole('row', { name: new RegExp(to) })
	await expect(row).toContainText('connect ECONNREFUSED 127.0.0.1:25')
	await expect(row).toContainText('8 attempts')
	await expectNoAxeViolations(page)
	await row.getByRole('button', { name: `Retry the email to ${to}` }).click()
	await expect(page.getByText('Message queued again.')).toBeVisible()
	await waitForEmail(to, { subject: /Your return is overdue/ })
	await expect
		.poll(() => db.select({ status: outbox.status }).from(outbox).where(eq(outbox.to, to)).get()?.status)
		.toBe('sent')
})

test('only administrators see the outbox', async ({ page }) => {
	await signInAs(page, await insertUser({ role: 'contract_manager' }))
	expect((await page.request.get('/admin/outbox')).status()).toBe(403)
})

import { firstCouncil } from '#app/lib/councils.server.ts'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import {
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertUser,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'

// The council's own mail: an administrator's outbox lists only their council's.
function insertMessage(to: string, status: 'sent' | 'failed', now = Date.now()) {
	return db
		.insert(outbox)
		.values({
			councilId: firstCouncil()!.id,
			dedupeKey: `e2e:${status}:${to}`,
			to,
			subject: 'Your return is due soon',
			html: '<p>Due</p>',
			text: 'Due',
			status,
			attempts: status === 'sent' ? 1 : 8,
			lastError: status === 'failed' ? 'connect ECONNREFUSED 127.0.0.1:25' : null,
			nextAttemptAt: now,
			createdAt: now,
			sentAt: status === 'sent' ? now : null,
		})
		.returning()
		.get()
}

test('an administrator sees a failed email with its last error and sends it again', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const to = `failed-${Date.now()}@example.com`
	const now = Date.now()
	db.insert(outbox)
		.values({
			councilId: admin.organisationId,
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

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled })

		test('a message retried from a page that is out of date is refused, and nothing changes', async ({ page }) => {
			const admin = await insertUser({ role: 'admin' })
			const to = `stale-${javaScriptEnabled}-${Date.now()}@example.com`
			const message = insertMessage(to, 'failed')
			await signInAs(page, admin)
			await page.goto('/admin/outbox?status=failed')
			// Someone else retried it, and it went, while this page was open.
			db.update(outbox).set({ status: 'sent', sentAt: Date.now() }).where(eq(outbox.id, message.id)).run()
			const answer = page.waitForResponse((response) => response.request().method() === 'POST')
			await page.getByRole('button', { name: `Retry the email to ${to}` }).click()
			expect((await answer).status()).toBe(400)
			await expect(
				page.getByRole('alert').getByRole('link', { name: 'Only a failed message can be retried' }),
			).toBeVisible()
			await expectErrorSummaryFocused(page)
			expect(db.select().from(outbox).where(eq(outbox.id, message.id)).get()).toMatchObject({
				status: 'sent',
				attempts: 8,
			})
		})
	})
}

test('a long outbox is read a page at a time, keeping the filter', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const stamp = Date.now()
	for (let i = 0; i <= 50; i += 1) insertMessage(`page-${stamp}-${i}@example.com`, 'sent', stamp)
	await signInAs(page, admin)
	await page.goto('/admin/outbox?status=sent')
	const pages = page.getByRole('navigation', { name: 'Outbox pages' })
	await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0)
	await pages.getByRole('link', { name: 'Next page' }).click()
	await expect(page).toHaveURL(/\/admin\/outbox\?status=sent&page=2$/)
	await expect(page.getByRole('link', { name: /^All \(/ })).toBeVisible()
	await expectNoAxeViolations(page)
	await pages.getByRole('link', { name: 'Previous page' }).click()
	await expect(page).toHaveURL(/\/admin\/outbox\?status=sent&page=1$/)
	await expect(page.getByRole('row', { name: new RegExp(`page-${stamp}-50@`) })).toBeVisible()
})

test('only administrators see the outbox', async ({ page }) => {
	await signInAs(page, await insertUser({ role: 'contract_manager' }))
	expect((await page.request.get('/admin/outbox')).status()).toBe(403)
})

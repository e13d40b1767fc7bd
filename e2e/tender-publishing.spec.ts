import type { Page } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { tenders } from '#db/schema.ts'
import { loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { fixtureTender, session } from '#tests/tender-fixture.ts'
import {
	expect,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	sampleContent,
	signInAs,
	test,
	type TestUser,
} from './fixtures.ts'

const hour = 3_600_000
const day = 24 * hour

/** A draft tender of `manager`'s whose deadline is `fromNow` away. */
async function draftClosingIn(manager: TestUser, fromNow: number) {
	const edition = await insertPublishedEdition(sampleContent)
	const measureIds = loadEditionTree(edition.id).themes.flatMap((theme) =>
		theme.outcomes.flatMap((outcome) => outcome.measures.map((measure) => measure.id)),
	)
	const now = Date.now()
	const tenderId = fixtureTender(
		session(manager),
		{
			reference: `SHORT/${now}/${Math.random().toString(36).slice(2, 6)}`,
			title: 'Grounds maintenance',
			contractStart: '2027-04-01',
			contractEnd: '2029-03-31',
			editionId: edition.id,
			measureIds: measureIds.slice(0, 2),
			publish: false,
		},
		{ ip: '127.0.0.1', now },
	)
	db.update(tenders)
		.set({ deadlineAt: now + fromNow })
		.where(eq(tenders.id, tenderId))
		.run()
	return tenderId
}

const statusOf = (tenderId: number) =>
	db.select({ status: tenders.status }).from(tenders).where(eq(tenders.id, tenderId)).get()?.status

async function publishAfterConfirming(page: Page, tenderId: number, { javaScript }: { javaScript: boolean }) {
	await page.goto(`/manage/tenders/${tenderId}`)
	const warning = page.locator('.govuk-warning-text')
	// Half an hour spare, so the minute the page loads in does not change the words.
	await expect(warning).toContainText('If you publish now, bidders will have 2 days and 3 hours to respond')
	await expect(warning).toContainText('The council’s minimum tender period is 10 days.')
	// axe runs as a script in the page, so only where scripts run.
	if (javaScript) await expectNoAxeViolations(page)

	await page.getByRole('button', { name: 'Publish tender' }).click()
	const summary = page.getByRole('alert')
	await expect(summary).toContainText(
		'Confirm that you want to publish with less than the minimum tender period of 10 days, or change the deadline',
	)
	await expect(page).toHaveTitle(/^Error: /)
	if (javaScript) await expectNoAxeViolations(page)
	expect(statusOf(tenderId)).toBe('draft')

	const confirm = page.getByLabel('Publish it anyway, with less than the council’s minimum tender period')
	if (javaScript) {
		await expect(page.locator('.govuk-error-summary')).toBeFocused()
		await summary.getByRole('link').click()
		await expect(confirm).toBeFocused()
		await page.keyboard.press('Space')
	} else {
		await confirm.check()
	}
	await page.getByRole('button', { name: 'Publish tender' }).click()
	await expect(page.getByText('Tender published.')).toBeVisible()
	expect(statusOf(tenderId)).toBe('published')
}

test('a tender closing sooner than the council’s minimum period is published only once the contract manager confirms', async ({
	page,
}) => {
	const manager = await insertUser({ role: 'contract_manager' })
	await signInAs(page, manager)
	await publishAfterConfirming(page, await draftClosingIn(manager, 2 * day + 3 * hour + 30 * 60_000), {
		javaScript: true,
	})
})

test('the confirmation works without JavaScript', async ({ browser }) => {
	const manager = await insertUser({ role: 'contract_manager' })
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await signInAs(page, manager)
	await publishAfterConfirming(page, await draftClosingIn(manager, 2 * day + 3 * hour + 30 * 60_000), {
		javaScript: false,
	})
	await context.close()
})

test('a tender with at least the minimum period is published in one step, with no warning', async ({ page }) => {
	const manager = await insertUser({ role: 'contract_manager' })
	await signInAs(page, manager)
	const tenderId = await draftClosingIn(manager, 10 * day + hour)
	await page.goto(`/manage/tenders/${tenderId}`)
	await expect(page.locator('.govuk-warning-text')).toHaveCount(0)
	await page.getByRole('button', { name: 'Publish tender' }).click()
	await expect(page.getByText('Tender published.')).toBeVisible()
	expect(statusOf(tenderId)).toBe('published')
})

test('the council sets the minimum tender period in its settings', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const manager = await insertUser({ role: 'contract_manager' })
	const tenderId = await draftClosingIn(manager, 2 * day + hour)
	await signInAs(page, admin)
	await page.goto('/admin/settings')
	const minimum = page.getByLabel('Minimum tender period')
	await expect(minimum).toHaveValue('10')
	await minimum.fill('0')
	await page.getByRole('button', { name: 'Save settings' }).click()
	await expect(page.getByRole('alert')).toContainText('The minimum tender period must be between 1 and 90')
	await expectNoAxeViolations(page)

	await minimum.fill('2')
	await page.getByRole('button', { name: 'Save settings' }).click()
	await expect(page.getByText('Settings saved.')).toBeVisible()
	try {
		await page.context().clearCookies()
		await signInAs(page, manager)
		await page.goto(`/manage/tenders/${tenderId}`)
		await expect(page.getByRole('heading', { level: 1, name: 'Grounds maintenance' })).toBeVisible()
		await expect(page.locator('.govuk-warning-text')).toHaveCount(0)
	} finally {
		// Put it back for the other journeys.
		await page.context().clearCookies()
		await signInAs(page, admin)
		await page.goto('/admin/settings')
		await page.getByLabel('Minimum tender period').fill('10')
		await page.getByRole('button', { name: 'Save settings' }).click()
		await expect(page.getByText('Settings saved.')).toBeVisible()
	}
})

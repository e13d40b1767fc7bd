import type { Page } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { tenders } from '#db/schema.ts'
import { dateGroup, fillDate, fillDateParts } from './date-input.ts'
import {
	appOrigin,
	expect,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	openOpportunitiesListing,
	sampleContent,
	signInAs,
	test,
} from './fixtures.ts'

function isoDate(daysFromNow: number) {
	return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10)
}

async function fillTender(page: Page, reference: string, title: string) {
	await page.getByLabel('Reference').fill(reference)
	await page.getByLabel('Title').fill(title)
	await page.getByLabel('Description').fill('Keeping the parks tidy.')
	await page.getByLabel('Estimated contract value').fill('250,000')
	await fillDate(page, 'Expected contract start', isoDate(90))
	await fillDate(page, 'Expected contract end', isoDate(900))
	await fillDate(page, 'Submission deadline date', isoDate(30))
	await page.getByLabel('Submission deadline time').fill('12:00')
	await page.getByLabel('JOB-1: Local residents employed on the contract').check()
	await page.getByLabel('ENV-1: Carbon emissions saved').check()
}

test('a contract manager creates, publishes and amends a tender; a supplier sees it in opportunities', async ({
	page,
	browser,
}) => {
	test.setTimeout(60_000)
	await insertPublishedEdition(sampleContent)
	const manager = await insertUser({ role: 'contract_manager', name: 'Casey Manager' })
	await signInAs(page, manager)
	const reference = `EX/${Date.now()}`

	await page.goto('/manage/tenders')
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Create a tender' }).click()
	await expectNoAxeViolations(page)

	// The server refuses a deadline in the past and no measures.
	await page.locator('form#tender').evaluate((form) => form.setAttribute('novalidate', ''))
	await page.getByLabel('Reference').fill(reference)
	await page.getByLabel('Title').fill('Parks maintenance')
	await page.getByLabel('Estimated contract value').fill('250000')
	await fillDate(page, 'Expected contract start', isoDate(90))
	await fillDate(page, 'Expected contract end', isoDate(30))
	await fillDate(page, 'Submission deadline date', isoDate(-1))
	await page.getByRole('button', { name: 'Save tender' }).click()
	const alert = page.getByRole('alert')
	await expect(alert).toContainText('The submission deadline must be in the future')
	await expect(alert).toContainText('Contract end must be after the contract start')
	await expect(alert).toContainText('Select at least one measure')
	await expectNoAxeViolations(page)

	await fillTender(page, reference, 'Parks maintenance')
	await page.getByRole('button', { name: 'Save tender' }).click()
	await expect(page.getByText('Tender saved.')).toBeVisible()
	await expect(page.getByText('Draft', { exact: true })).toBeVisible()
	await expectNoAxeViolations(page)

	// A draft is not public.
	const tenderId = Number(page.url().match(/tenders\/(\d+)/)![1])
	const anonymous = await browser.newContext()
	const visitor = await anonymous.newPage()
	expect((await visitor.goto(`/opportunities/${tenderId}`))?.status()).toBe(404)

	await page.getByRole('button', { name: 'Publish tender' }).click()
	await expect(page.getByText('Tender published.')).toBeVisible()
	await expect(page.getByText('Open for bids')).toBeVisible()

	// Amend: needs a reason, and is recorded for suppliers.
	await page.getByRole('button', { name: 'Amend tender' }).click()
	await expectNoAxeViolations(page)
	const weighting = await page.getByLabel('Social value weighting').inputValue()
	await page.getByLabel('Social value weighting').fill('23')
	await fillDate(page, 'Submission deadline date', isoDate(37))
	await page.getByRole('button', { name: 'Publish amendment' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter the reason for this amendment')
	await page.getByLabel('Reason for the amendment').fill('More time requested at the bidders’ day.')
	await page.getByRole('button', { name: 'Publish amendment' }).click()
	await expect(page.getByText('Tender saved.')).toBeVisible()
	await expect(page.getByText(`Social value weighting changed from ${weighting}% to 23%`)).toBeVisible()

	// Suppliers (and anyone) see it in opportunities, with the amendment.
	const supplier = await insertUser({ role: 'supplier' })
	const supplierContext = await browser.newContext()
	const supplierPage = await supplierContext.newPage()
	await signInAs(supplierPage, supplier)
	expect(await openOpportunitiesListing(supplierPage, 'Parks maintenance')).toBe(true)
	await expectNoAxeViolations(supplierPage)
	await expect(supplierPage.getByRole('row', { name: /Parks maintenance/ })).toContainText('£250,000.00')
	await expect(supplierPage.getByRole('row', { name: /Parks maintenance/ })).toContainText('amended 1 time')
	await supplierPage.getByRole('link', { name: 'Parks maintenance' }).click()
	await expect(supplierPage.getByRole('heading', { level: 1, name: 'Parks maintenance' })).toBeVisible()
	await expect(supplierPage.getByText('JOB-1')).toBeVisible()
	await expect(supplierPage.getByText('£244.63 per tonne CO2e')).toBeVisible()
	await expect(supplierPage.getByText('More time requested at the bidders’ day.')).toBeVisible()
	await expectNoAxeViolations(supplierPage)
	await anonymous.close()
})

test('a contract manager cannot see or change another manager’s tender, even by a crafted POST', async ({ page }) => {
	await insertPublishedEdition(sampleContent)
	const owner = await insertUser({ role: 'contract_manager' })
	const other = await insertUser({ role: 'contract_manager' })
	await signInAs(page, owner)
	await page.goto('/manage/tenders/new')
	await fillTender(page, `OWN/${Date.now()}`, 'Owned tender')
	await page.getByRole('button', { name: 'Save tender' }).click()
	await expect(page.getByText('Tender saved.')).toBeVisible()
	const tenderId = Number(page.url().match(/tenders\/(\d+)/)![1])

	await page.context().clearCookies()
	await signInAs(page, other)
	await page.goto('/manage/tenders')
	await expect(page.getByText('Owned tender')).toHaveCount(0)
	for (const path of [`/manage/tenders/${tenderId}`, `/manage/tenders/${tenderId}/edit`]) {
		expect((await page.goto(path))?.status(), path).toBe(403)
	}
	const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
	const headers = { Cookie: cookies, Origin: appOrigin }
	const before = db.select().from(tenders).where(eq(tenders.id, tenderId)).get()!
	const cancel = await page.request.post(`/manage/tenders/${tenderId}`, {
		form: { intent: 'cancel', version: String(before.version), reason: 'mine now' },
		headers,
		maxRedirects: 0,
	})
	expect(cancel.status()).toBe(403)
	const edit = await page.request.post(`/manage/tenders/${tenderId}/edit`, {
		form: { reference: 'HIJACK', title: 'Hijacked', version: String(before.version) },
		headers,
		maxRedirects: 0,
	})
	expect(edit.status()).toBe(403)
	expect(db.select().from(tenders).where(eq(tenders.id, tenderId)).get()).toEqual(before)

	// Suppliers cannot reach the tender pages at all.
	const supplier = await insertUser({ role: 'supplier' })
	await page.context().clearCookies()
	await signInAs(page, supplier)
	expect((await page.goto('/manage/tenders'))?.status()).toBe(403)
})

test('another council’s administrator and contract manager find no tender of this council, even by a crafted POST', async ({
	page,
}) => {
	await insertPublishedEdition(sampleContent)
	const owner = await insertUser({ role: 'contract_manager' })
	await signInAs(page, owner)
	await page.goto('/manage/tenders/new')
	await fillTender(page, `HOME/${Date.now()}`, 'Home council tender')
	await page.getByRole('button', { name: 'Save tender' }).click()
	await expect(page.getByText('Tender saved.')).toBeVisible()
	const tenderId = Number(page.url().match(/tenders\/(\d+)/)![1])
	const before = db.select().from(tenders).where(eq(tenders.id, tenderId)).get()!

	const elsewhere = createOrganisation(db, { kind: 'council', name: `Northshire Council ${Date.now()}` })
	for (const role of ['admin', 'contract_manager'] as const) {
		await page.context().clearCookies()
		await signInAs(page, await insertUser({ role, organisationId: elsewhere.id }))
		await page.goto('/manage/tenders')
		await expect(page.getByText('Home council tender')).toHaveCount(0)
		for (const path of [
			`/manage/tenders/${tenderId}`,
			`/manage/tenders/${tenderId}/edit`,
			`/manage/tenders/${tenderId}/matrices`,
			`/manage/tenders/${tenderId}/matrix-template`,
		]) {
			const response = await page.request.get(path, { maxRedirects: 0 })
			expect(response.status(), `${role} ${path}`).toBe(404)
			expect(await response.text()).not.toContain('Home council tender')
		}
		const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
		const headers = { Cookie: cookies, Origin: appOrigin }
		const forms: Record<string, string>[] = [
			{ intent: 'publish', version: String(before.version) },
			{ intent: 'cancel', version: String(before.version), reason: 'ours now' },
		]
		for (const form of forms) {
			const response = await page.request.post(`/manage/tenders/${tenderId}`, { form, headers, maxRedirects: 0 })
			expect(response.status(), `${role} ${form.intent}`).toBe(404)
		}
		const edit = await page.request.post(`/manage/tenders/${tenderId}/edit`, {
			form: { reference: 'HIJACK', title: 'Hijacked', version: String(before.version) },
			headers,
			maxRedirects: 0,
		})
		expect(edit.status(), `${role} edit`).toBe(404)
	}
	expect(db.select().from(tenders).where(eq(tenders.id, tenderId)).get()).toEqual(before)
})

for (const javaScriptEnabled of [true, false]) {
	test(`dates are typed as day, month and year, refused with GOV.UK's messages and kept as typed (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
		browser,
	}) => {
		await insertPublishedEdition(sampleContent)
		const manager = await insertUser({ role: 'contract_manager' })
		const context = await browser.newContext({ javaScriptEnabled })
		const page = await context.newPage()
		await signInAs(page, manager)
		await page.goto('/manage/tenders/new')
		await page.getByLabel('Reference').fill(`DATES/${Date.now()}`)
		await page.getByLabel('Title').fill('Grounds maintenance')
		await page.getByLabel('Estimated contract value').fill('250000')
		await fillDateParts(page, 'Expected contract start', { day: '', month: 'Jan', year: '2028' })
		await fillDateParts(page, 'Expected contract end', { day: '31', month: '4', year: '2030' })
		await fillDateParts(page, 'Submission deadline date', { day: ' 1 ', month: 'february', year: '28' })
		await page.getByRole('button', { name: 'Save tender' }).click()

		const summary = page.getByRole('alert')
		if (javaScriptEnabled) await expect(page.locator('.govuk-error-summary')).toBeFocused()
		await expect(summary).toContainText('Contract start must include a day')
		await expect(summary).toContainText('Contract end must be a real date')
		await expect(summary).toContainText('Submission deadline must include a year with 4 numbers')
		// Only the fields in error are highlighted: a missing day, a year too short; an impossible date as a whole.
		const highlighted = async (legend: string) =>
			dateGroup(page, legend)
				.locator('input.govuk-input--error')
				.evaluateAll((inputs) =>
					inputs.map((input) => input.closest('.govuk-date-input__item')!.querySelector('label')!.textContent!.trim()),
				)
		expect(await highlighted('Expected contract start')).toEqual(['Day'])
		expect(await highlighted('Expected contract end')).toEqual(['Day', 'Month', 'Year'])
		expect(await highlighted('Submission deadline date')).toEqual(['Year'])
		await expect(dateGroup(page, 'Expected contract start').getByLabel('Month')).toHaveValue('Jan')
		await expect(dateGroup(page, 'Submission deadline date').getByLabel('Day')).toHaveValue(' 1 ')
		// axe runs in the page, so only where JavaScript does.
		if (javaScriptEnabled) await expectNoAxeViolations(page)
		// The summary's link goes to the first field in error.
		await summary.getByRole('link', { name: 'Submission deadline must include a year with 4 numbers' }).click()
		await expect(dateGroup(page, 'Submission deadline date').getByLabel('Year')).toBeFocused()

		// Month names and spaces are fine; the dates are kept as calendar dates.
		await fillTender(page, `DATES/${Date.now()}`, 'Grounds maintenance')
		await fillDateParts(page, 'Expected contract start', { day: ' 1 ', month: 'April', year: '2028' })
		await fillDateParts(page, 'Expected contract end', { day: '31', month: 'mar', year: '2031' })
		await page.getByRole('button', { name: 'Save tender' }).click()
		await expect(page.getByText('Tender saved.')).toBeVisible()
		const saved = db
			.select()
			.from(tenders)
			.where(eq(tenders.id, Number(page.url().match(/tenders\/(\d+)/)![1])))
			.get()!
		expect([saved.contractStart, saved.contractEnd]).toEqual(['2028-04-01', '2031-03-31'])
		await page.getByRole('button', { name: 'Change tender' }).click()
		await expect(dateGroup(page, 'Expected contract end').getByLabel('Day')).toHaveValue('31')
		await expect(dateGroup(page, 'Expected contract end').getByLabel('Month')).toHaveValue('3')
		await expect(dateGroup(page, 'Expected contract end').getByLabel('Year')).toHaveValue('2031')
		await context.close()
	})
}

test('opportunities are readable without signing in, and a cancelled tender leaves the list', async ({
	page,
	browser,
}) => {
	await insertPublishedEdition(sampleContent)
	const manager = await insertUser({ role: 'contract_manager' })
	await signInAs(page, manager)
	await page.goto('/manage/tenders/new')
	await fillTender(page, `CAN/${Date.now()}`, 'Tender to cancel')
	await page.getByRole('button', { name: 'Save tender' }).click()
	await page.getByRole('button', { name: 'Publish tender' }).click()
	await expect(page.getByText('Tender published.')).toBeVisible()

	const anonymous = await browser.newContext({ javaScriptEnabled: false })
	const visitor = await anonymous.newPage()
	expect(await openOpportunitiesListing(visitor, 'Tender to cancel')).toBe(true)

	await page.getByRole('button', { name: 'Cancel tender' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter the reason for cancelling')
	await expectNoAxeViolations(page)
	await page.getByLabel('Reason for cancelling').fill('Budget withdrawn.')
	await page.getByRole('button', { name: 'Cancel tender' }).click()
	await expect(page.getByText('Tender cancelled.')).toBeVisible()

	expect(await openOpportunitiesListing(visitor, 'Tender to cancel')).toBe(false)
	await anonymous.close()
})

test('a long list of opportunities is paged, soonest deadline first, without JavaScript', async ({ browser, page }) => {
	const edition = await insertPublishedEdition(sampleContent)
	const manager = await insertUser({ role: 'contract_manager' })
	const now = Date.now()
	db.insert(tenders)
		.values(
			Array.from({ length: 26 }, (_, i) => ({
				councilId: manager.organisationId,
				reference: `PAGED/${now}/${i}`,
				title: `Paged tender ${i}`,
				estimatedValuePence: 100_000_00,
				contractStart: isoDate(90),
				contractEnd: isoDate(900),
				deadlineAt: now + (20 + i) * 86_400_000,
				weightingPercent: 10,
				editionId: edition.id,
				contractManagerId: manager.id,
				status: 'published' as const,
				publishedAt: now,
				createdAt: now,
				updatedAt: now,
			})),
		)
		.run()
	const context = await browser.newContext({ javaScriptEnabled: false })
	const visitor = await context.newPage()
	await visitor.goto('/opportunities')
	const table = visitor.getByRole('table', { name: 'Open tenders' })
	await expect(table.locator('tbody tr')).toHaveCount(25)
	const showing = await visitor.getByText(/^Showing 1 to 25 of \d+$/).textContent()
	const total = Number(showing!.match(/of (\d+)$/)![1])
	expect(total).toBeGreaterThanOrEqual(26)
	await visitor.getByRole('navigation', { name: 'Pages of open tenders' }).getByRole('link', { name: 'Next' }).click()
	expect(new URL(visitor.url()).searchParams.get('tenders-page')).toBe('2')
	await expect(table.locator('tbody tr')).toHaveCount(Math.min(25, total - 25))
	await expect(visitor.getByText(`Showing 26 to ${Math.min(50, total)} of ${total}`)).toBeVisible()
	await context.close()

	await page.goto('/opportunities?tenders-page=2')
	await expect(
		page.getByRole('navigation', { name: 'Pages of open tenders' }).getByRole('link', { name: 'Page 2' }),
	).toHaveAttribute('aria-current', 'page')
	await expectNoAxeViolations(page)
})

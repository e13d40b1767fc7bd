import type { Page } from '@playwright/test'
import ICAL from 'ical.js'
import { formatDateTime } from '#app/domain/dates.ts'
import { daysToGoInWords } from '#app/domain/days-to-go.ts'
import { insertAwardedContract, insertClosedTenderWithBid } from './contract-fixture.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { decideMatrix } from '#app/lib/matrix-review.server.ts'
import { matrixVersion } from '#tests/matrix-fixture.ts'
import {
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertOpenTender,
	insertUser,
	signInAs,
	test,
	type TestUser,
} from './fixtures.ts'

/** The events of an iCalendar text, as a well-kept parser reads them. */
function calendarEvents(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text))
	return calendar.getAllSubcomponents('vevent').map((vevent) => ({
		summary: String(vevent.getFirstPropertyValue('summary')),
		start: vevent.getFirstPropertyValue('dtstart') as ICAL.Time,
		url: String(vevent.getFirstPropertyValue('url')),
	}))
}

function row(page: Page, text: string | RegExp) {
	return page.getByRole('row').filter({ hasText: text })
}

function periodRow(page: Page, label: string) {
	return page.getByRole('table', { name: 'Reporting periods' }).getByRole('row').filter({ hasText: label })
}

const sessionOf = (user: TestUser) => ({
	id: user.id,
	email: user.email,
	name: user.name,
	role: user.role,
	organisationId: user.organisationId,
})

for (const javaScriptEnabled of [false, true])
	test(`a supplier sees its returns by month with the days to go or late, filters them, and subscribes to a calendar (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
		browser,
		playwright,
	}) => {
		test.setTimeout(90_000)
		// axe runs in the page, so it checks the pages where JavaScript runs.
		const expectAccessible = javaScriptEnabled ? expectNoAxeViolations : async () => {}
		const contract = await insertAwardedContract()
		const context = await browser.newContext({ javaScriptEnabled })
		const page = await context.newPage()
		await signInAs(page, contract.supplier)

		await page.goto('/account')
		await page.getByRole('link', { name: 'Due dates' }).click()
		await expect(page.getByRole('heading', { name: 'Due dates', level: 1 })).toBeVisible()
		// The contract runs April 2025 to March 2027, half-yearly: its last return is due on 30 April 2027.
		await expect(page.getByRole('table', { name: 'April 2027' })).toBeVisible()
		const last = row(page, 'Return due: H2 2026/27')
		await expect(last).toContainText('30 April 2027')
		await expect(last).toContainText('Not yet ended')
		await expect(last).toContainText(daysToGoInWords('2027-04-30', Date.now()))
		const first = row(page, 'Return due: H1 2025/26')
		await expect(first).toContainText('Overdue')
		await expect(first).toContainText(daysToGoInWords('2025-10-30', Date.now()))
		// The tender the contract came from: its deadline has passed, and closed things count no days.
		await expect(row(page, 'Tender deadline')).toContainText('Closed')
		await expectAccessible(page)

		await page.getByLabel('Status').selectOption({ label: 'Overdue' })
		await page.getByRole('button', { name: 'Show' }).click()
		await expect(page).toHaveURL(/state=overdue/)
		await expect(row(page, 'Return due:')).toHaveCount(3)
		await expect(row(page, 'Tender deadline')).toHaveCount(0)
		await row(page, 'Return due: H1 2025/26').getByRole('link').click()
		await expect(page.getByRole('heading', { name: 'Start the H1 2025/26 progress return' })).toBeVisible()

		// The calendar file, to import once.
		await page.goto('/due-dates')
		const download = page.waitForEvent('download')
		await page.getByRole('link', { name: /Download your due dates/ }).click()
		const file = await (await download).path()
		const { readFile } = await import('node:fs/promises')
		const downloaded = calendarEvents(await readFile(file, 'utf8'))
		expect(downloaded.map((event) => event.summary)).toContainEqual(
			expect.stringMatching(new RegExp(`^Return due: H2 2026/27, .+ ${contract.title}$`)),
		)

		// The calendar address, for a calendar program that cannot sign in.
		await page.getByRole('button', { name: 'Make your calendar address' }).click()
		const address = (await page.locator('#new-calendar-address').textContent())!.trim()
		expect(address).toMatch(/\/calendar\/[a-z2-7]{24}\.[a-z2-7]{24}\.ics$/)
		const anonymous = await playwright.request.newContext()
		const feed = await anonymous.get(address)
		expect(feed.status()).toBe(200)
		expect(feed.headers()['content-type']).toContain('text/calendar')
		const events = calendarEvents(await feed.text())
		const lastEvent = events.find((event) => event.summary.startsWith('Return due: H2 2026/27'))!
		expect(lastEvent.start.isDate).toBe(true)
		expect(lastEvent.start.toString()).toBe('2027-04-30')
		expect(lastEvent.url).toMatch(/\/returns\/start\/\d+$/)
		await expectAccessible(page)

		// Shown once: the page does not show it again.
		await page.goto('/due-dates')
		await expect(page.locator('#new-calendar-address')).toHaveCount(0)
		await page.getByRole('button', { name: 'Reset your calendar address' }).click()
		await expect(page.getByRole('alert')).toContainText('Confirm that the old calendar address will stop working')
		await expectErrorSummaryFocused(page)
		await expectAccessible(page)
		expect((await anonymous.get(address)).status()).toBe(200)
		await page.getByLabel('I understand the old calendar address will stop working').check()
		await page.getByRole('button', { name: 'Reset your calendar address' }).click()
		const newAddress = (await page.locator('#new-calendar-address').textContent())!.trim()
		expect(newAddress).not.toBe(address)
		const old = await anonymous.get(address)
		expect(old.status()).toBe(404)
		expect(await old.text()).not.toContain('BEGIN:VCALENDAR')
		expect((await anonymous.get(newAddress)).status()).toBe(200)
		await anonymous.dispose()
		await context.close()
	})

test('another supplier sees none of it; a new supplier is told plainly that nothing is due', async ({ page }) => {
	const contract = await insertAwardedContract()
	const other = await insertUser({ role: 'supplier' })
	await signInAs(page, other)
	await page.goto('/due-dates')
	await expect(page.getByText('Nothing is due: no returns or tender deadlines concern you yet.')).toBeVisible()
	await expect(page.getByText(contract.title)).toHaveCount(0)
	await expectNoAxeViolations(page)
	// Asking for the other supplier's contract shows nothing of it either.
	await page.goto(`/due-dates?contract=${contract.contractId}`)
	await expect(page.getByText(contract.title)).toHaveCount(0)
	await expect(page.getByText('No due dates match these filters.')).toBeVisible()
	expect((await page.request.get('/due-dates/calendar.ics')).status()).toBe(200)
	expect(await (await page.request.get('/due-dates/calendar.ics')).text()).not.toContain(contract.title)
})

test('the contract manager sees whose returns are due and filters by supplier; another contract manager sees none; an administrator sees all', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	await signInAs(page, contract.manager)
	await page.goto('/due-dates')
	const overdue = row(page, 'Return due: H1 2026/27')
	await expect(overdue).toContainText(contract.organisation.name)
	await expect(overdue).toContainText(daysToGoInWords('2026-10-30', Date.now()))
	await expectNoAxeViolations(page)
	await page.getByLabel('Supplier').selectOption({ label: contract.organisation.name })
	await page.getByRole('button', { name: 'Show' }).click()
	await expect(row(page, 'Return due:')).toHaveCount(4)
	await overdue.getByRole('link').click()
	await expect(page).toHaveURL(new RegExp(`/contracts/${contract.contractId}$`))

	await signInAs(page, await insertUser({ role: 'contract_manager' }))
	await page.goto('/due-dates')
	await expect(page.getByText('Nothing is due: no returns or tender deadlines concern you yet.')).toBeVisible()

	await signInAs(page, await insertUser({ role: 'admin' }))
	await page.goto(`/due-dates?contract=${contract.contractId}`)
	await expect(row(page, 'Return due:')).toHaveCount(4)
	await expect(row(page, 'Return due: H2 2026/27')).toContainText(contract.organisation.name)
	await expectNoAxeViolations(page)
})

test('wherever a supplier must act on a due date, it says the days to go or late, or a tender its time left', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	const now = Date.now()
	await signInAs(page, contract.supplier)

	await page.goto('/your-contracts')
	await expect(page.getByText(daysToGoInWords('2025-10-30', now))).toBeVisible()
	await expectNoAxeViolations(page)

	await page.goto(`/contracts/${contract.contractId}`)
	await expect(periodRow(page, 'H2 2026/27')).toContainText(daysToGoInWords('2027-04-30', now))
	await expect(periodRow(page, 'H1 2025/26')).toContainText(daysToGoInWords('2025-10-30', now))
	await expectNoAxeViolations(page)

	await page.getByRole('button', { name: 'Start the H1 2025/26 return' }).click()
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	await expect(page.getByText(`${daysToGoInWords('2025-10-30', now)}.`)).toBeVisible()

	const tender = await insertOpenTender()
	const started = startMatrix(sessionOf(contract.supplier), tender.tenderId, { ip: '127.0.0.1', now })
	if (!started.ok) throw new Error(started.message)
	await page.goto('/bids')
	await expect(row(page, tender.title)).toContainText(/\((9|10) days left\)/)
	await expectNoAxeViolations(page)
	await page.goto(`/matrices/${started.matrixId}`)
	await expect(page.getByText(/Deadline: .+ \((9|10) days left\)/)).toBeVisible()

	// The contract's manager sees the same days on the contract's periods.
	await signInAs(page, contract.manager)
	await page.goto(`/contracts/${contract.contractId}`)
	await expect(periodRow(page, 'H2 2026/27')).toContainText(daysToGoInWords('2027-04-30', now))
})

test('changes the council asked of a matrix are due for the supplier and for the tender’s manager, each linked to where they act', async ({
	page,
}) => {
	const HOUR = 3_600_000
	const bid = await insertClosedTenderWithBid()
	const now = Date.now()
	const dueAt = now + 2 * 24 * HOUR + 3 * HOUR
	const asked = decideMatrix(
		sessionOf(bid.manager),
		{
			matrixId: bid.matrixId,
			decision: 'request_changes',
			reason: 'Add a milestone for each year.',
			version: matrixVersion(bid.matrixId),
			clarificationDueAt: dueAt,
		},
		{ ip: '127.0.0.1', now },
	)
	if (!asked.ok) throw new Error(asked.message)
	const summary = `Changes due: ${bid.reference} ${bid.form.title}`

	await signInAs(page, bid.supplier)
	await page.goto('/due-dates')
	const changes = row(page, summary)
	await expect(changes).toContainText(formatDateTime(dueAt))
	await expect(changes).toContainText('Changes requested')
	await expect(changes).toContainText('2 days left')
	await expectNoAxeViolations(page)
	await page.getByLabel('Status').selectOption({ label: 'Changes requested' })
	await page.getByRole('button', { name: 'Show' }).click()
	await expect(page).toHaveURL(/state=changes_requested/)
	await expect(row(page, /Changes due|Tender deadline|Return due/)).toHaveCount(1)
	await changes.getByRole('link', { name: summary }).click()
	await expect(page).toHaveURL(new RegExp(`/matrices/${bid.matrixId}$`))
	await expect(page.getByRole('heading', { name: 'Your social value matrix' })).toBeVisible()

	// Another supplier sees nothing of it.
	await signInAs(page, await insertUser({ role: 'supplier' }))
	await page.goto('/due-dates')
	await expect(page.getByText(summary)).toHaveCount(0)

	await signInAs(page, bid.manager)
	await page.goto('/due-dates')
	await expect(changes).toContainText(bid.organisation.name)
	await expect(changes).toContainText('2 days left')
	await expectNoAxeViolations(page)
	const calendar = calendarEvents(await (await page.request.get('/due-dates/calendar.ics')).text())
	const event = calendar.find((entry) => entry.summary === summary)!
	expect(event.start.isDate).toBe(true)
	expect(event.url).toMatch(new RegExp(`/manage/matrices/${bid.matrixId}$`))
	await changes.getByRole('link', { name: summary }).click()
	await expect(page).toHaveURL(new RegExp(`/manage/matrices/${bid.matrixId}$`))
	await expect(page.getByRole('heading', { name: bid.organisation.name, level: 1 })).toBeVisible()
})

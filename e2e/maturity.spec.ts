import type { Page } from '@playwright/test'
import { maturityAreas } from '#app/domain/maturity/levels.ts'
import { appOrigin, expect, expectNoAxeViolations, insertOpenTender, insertUser, signInAs, test } from './fixtures.ts'
import { fillDate } from './date-input.ts'

/** "Of 3 tenders over £100,000.00 in the last 12 months, 2 weighted social value at 10% or more, and 1 at more than 10%." */
async function procurementFigures(page: Page) {
	const fact = await page
		.getByRole('region', { name: 'E. Procurement' })
		.getByText(/^Of \d+ tenders? over/)
		.textContent()
	const match = /Of (\d+) tenders? over .* (\d+) weighted social value at 10% or more, and (\d+) at more than 10%/.exec(
		fact ?? '',
	)!
	return { over: Number(match[1]), atLeast10: Number(match[2]), above10: Number(match[3]) }
}

async function chooseLevels(page: Page, present: string, target: string) {
	for (const area of maturityAreas) {
		await page.getByLabel(`Present level: ${area.name}`).selectOption({ label: present })
		await page.getByLabel(`Target level: ${area.name}`).selectOption({ label: target })
	}
}

test('the social value lead assesses the council, plans the actions and sees the evidence follow the data', async ({
	page,
}) => {
	test.setTimeout(60_000)
	// Something over £100,000 in the last 12 months, so procurement has figures to show.
	await insertOpenTender(`Highways maintenance ${Date.now()}`, { estimatedValue: '250000', weightingPercent: '10' })
	const lead = await insertUser({ role: 'admin' })
	await signInAs(page, lead)
	await page.goto('/admin/users')
	await page.getByRole('link', { name: 'Maturity index' }).click()
	await expect(page.getByRole('heading', { name: 'Social Value Maturity Index' })).toBeVisible()
	await expectNoAxeViolations(page)

	// A name is required.
	await page.getByLabel('Name').fill('')
	await page.getByRole('button', { name: 'Start assessment' }).click()
	await expect(page.getByRole('alert').getByText('Enter a name for the assessment')).toBeVisible()
	const title = `Self-assessment ${Date.now()}`
	await page.getByLabel('Name').fill(title)
	await page.getByRole('button', { name: 'Start assessment' }).click()
	await expect(page.getByRole('heading', { name: title })).toBeVisible()

	// Saving without every level says which are missing, and saves nothing.
	await page.getByLabel('Present level: Policy and scope').selectOption({ label: 'Follower' })
	await page.getByRole('button', { name: 'Save levels' }).click()
	await expect(page.getByRole('alert').getByText('Choose the target level for policy and scope')).toBeVisible()
	await expect(page.getByRole('alert').getByText('Choose the present level for reporting')).toBeVisible()
	await expectNoAxeViolations(page)

	await chooseLevels(page, 'Follower', 'Leader')
	await page.getByLabel('Present level: Procurement').selectOption({ label: 'Innovator' })
	await page.getByLabel('Target level: Procurement').selectOption({ label: 'Innovator' })
	await page.getByRole('button', { name: 'Save levels' }).click()
	await expect(page.getByText('Levels saved. The action plan follows them.')).toBeVisible()
	await expect(page.getByRole('region', { name: 'D. Commissioning' })).toContainText('No data in the portal')
	await expectNoAxeViolations(page)

	// Evidence follows the data: a tender over £100,000 published with 15% weighting.
	const before = await procurementFigures(page)
	await insertOpenTender(`Waste collection ${Date.now()}`, { estimatedValue: '400000', weightingPercent: '15' })
	await page.reload()
	expect(await procurementFigures(page)).toEqual({
		over: before.over + 1,
		atLeast10: before.atLeast10 + 1,
		above10: before.above10 + 1,
	})

	// The plan: follower to leader in every area but procurement, which is at its target.
	await page.getByRole('link', { name: 'See the action plan' }).click()
	await expect(page.getByRole('heading', { name: 'Social Value Maturity Index action plan' })).toBeVisible()
	const procurement = page.getByRole('region', { name: 'Procurement' })
	await expect(procurement).toContainText('The area is at its target: no actions are needed.')
	const contracts = page.getByRole('region', { name: 'Contract management' })
	await expect(contracts).toContainText('0 of 3 actions done')
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: 'Update owners, dates and statuses for contract management' }).click()
	await page.getByRole('textbox', { name: 'Owner' }).first().fill('x'.repeat(121))
	await page.getByRole('button', { name: 'Save actions' }).click()
	await expect(page.getByRole('alert').getByText('Action 1: Owner must be 120 characters or fewer')).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('textbox', { name: 'Owner' }).first().fill('Head of Commissioning')
	await fillDate(page.getByRole('group', { name: /^Action 1,/ }), 'Due date', '2027-03-31')
	await page.getByLabel('Status').first().selectOption({ label: 'Done' })
	await page.getByLabel('Status').nth(1).selectOption({ label: 'In progress' })
	await page.getByRole('button', { name: 'Save actions' }).click()
	await expect(page.getByText('Actions saved.')).toBeVisible()
	await expect(contracts).toContainText('1 of 3 actions done, 1 in progress')
	await expect(
		contracts.getByRole('row', { name: /Write specific, targeted social value action plans/ }),
	).toContainText('Head of Commissioning')
	await expect(
		contracts.getByRole('row', { name: /Write specific, targeted social value action plans/ }),
	).toContainText('31 March 2027')

	// The export carries the same.
	const csv = await (await page.request.get(page.url().replace(/\/plan.*$/, '/plan/export/csv'))).text()
	expect(csv).toContain(
		'Contract management,Follower,Leader,Mature,"Write specific, targeted social value action plans into contracts, and monitor what is delivered after award.",Head of Commissioning,31 March 2027,Done',
	)
	expect(csv).toContain('Procurement,Innovator,Innovator,,At its target level,,,')
	const xlsx = await page.request.get(page.url().replace(/\/plan.*$/, '/plan/export/xlsx'))
	expect(xlsx.headers()['content-type']).toContain('spreadsheetml')
	expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK')

	// Printing hides the links to change things.
	await page.emulateMedia({ media: 'print' })
	await expect(
		page.getByRole('link', { name: 'Update owners, dates and statuses for contract management' }),
	).toBeHidden()
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('two assessments are compared side by side, all with plain HTML forms', async ({ page, browser }) => {
		const lead = await insertUser({ role: 'admin' })
		await signInAs(page, lead)
		const baseline = `Baseline ${Date.now()}`
		const review = `Review ${Date.now()}`
		for (const [name, day, present] of [
			[baseline, '2026-01-15', 'Follower'],
			[review, '2026-11-15', 'Mature'],
		] as const) {
			await page.goto('/admin/maturity')
			await page.getByLabel('Name').fill(name)
			await fillDate(page, 'Date of the assessment', day)
			await page.getByRole('button', { name: 'Start assessment' }).click()
			await chooseLevels(page, present, 'Innovator')
			await page.getByRole('button', { name: 'Save levels' }).click()
			await expect(page.getByText('Levels saved. The action plan follows them.')).toBeVisible()
		}
		await page.goto('/admin/maturity')
		await page.getByLabel('Then').selectOption({ label: `${baseline} (15 January 2026)` })
		await page.getByLabel('Now').selectOption({ label: `${review} (15 November 2026)` })
		await page.getByRole('button', { name: 'Compare' }).click()
		await expect(page.getByRole('heading', { name: 'Compare assessments' })).toBeVisible()
		const row = page.getByRole('row', { name: /Policy and scope/ })
		await expect(row).toContainText('Follower (target innovator)')
		await expect(row).toContainText('Mature (target innovator)')
		await expect(row).toContainText('Up')
		// axe-core needs JavaScript to run: check the same page in a browser that has it.
		const scripted = await browser.newContext({ javaScriptEnabled: true })
		const withScripts = await scripted.newPage()
		await signInAs(withScripts, lead)
		await withScripts.goto(page.url())
		await expectNoAxeViolations(withScripts)
		await scripted.close()
	})
})

test('only administrators reach the maturity index', async ({ page }) => {
	for (const role of ['contract_manager', 'supplier'] as const) {
		await signInAs(page, await insertUser({ role }))
		for (const path of [
			'/admin/maturity',
			'/admin/maturity/compare?from=1&to=1',
			'/admin/maturity/1',
			'/admin/maturity/1/plan',
			'/admin/maturity/1/plan/export/csv',
			'/admin/maturity/1/plan/policy',
		]) {
			expect((await page.request.get(path)).status(), `${role} ${path}`).toBe(403)
		}
		expect(
			(
				await page.request.post('/admin/maturity', {
					form: { title: 'Sneaky', assessedOn: '2026-01-01' },
					headers: { Origin: appOrigin },
				})
			).status(),
		).toBe(403)
	}
	await page.context().clearCookies()
	const signedOut = await page.request.get('/admin/maturity', { maxRedirects: 0 })
	expect(signedOut.status()).toBe(302)
	expect(signedOut.headers()['location']).toContain('/sign-in')
})

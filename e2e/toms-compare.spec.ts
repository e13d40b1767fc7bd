import type { Locator } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { createEdition } from '#app/lib/toms-editions.server.ts'
import { session } from '#tests/tender-fixture.ts'
import {
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	sampleContent,
	signInAs,
	test,
} from './fixtures.ts'

const NEW_TITLE = 'Expert advice hours for local charities and groups'

/** The text of each body row of a table, cell by cell. */
async function tableRows(table: Locator) {
	return table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) =>
				[...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
			),
		)
}

test('an administrator publishes a revised edition, and a visitor sees exactly what changed, on the page and as CSV', async ({
	page,
	request,
}) => {
	test.setTimeout(90_000)
	const source = await insertPublishedEdition(sampleContent)
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	const name = `Revised ${Date.now()}`

	// A copy of the published edition, as a draft.
	await page.goto('/admin/toms/new')
	await page.getByLabel('Name').fill(name)
	await page.getByLabel(`A copy of ${source.name}`).check()
	await page.getByRole('button', { name: 'Create edition' }).click()
	await expect(page.getByText('Edition created as a draft.')).toBeVisible()
	const draftPath = new URL(page.url()).pathname

	// One measure changes its proxy value (£101.00 → £104.03, 3.0% more) and title.
	await page.getByRole('link', { name: 'Change JOB-2', exact: true }).click()
	await page.getByLabel('Proxy value per unit (optional)').fill('104.03')
	await page.getByLabel('Title').fill(NEW_TITLE)
	await page.getByRole('button', { name: 'Save measure' }).click()
	await expect(page.getByText('Measure saved.')).toBeVisible()

	// One is added, one deleted.
	await page.getByRole('link', { name: 'Add a measure to Less carbon' }).click()
	await page.getByLabel('Code').fill('ENV-4')
	await page.getByLabel('Title').fill('Trees planted')
	await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Hours' })
	await page.getByLabel('Proxy value per unit (optional)').fill('20.00')
	await page.getByRole('button', { name: 'Save measure' }).click()
	await expect(page.getByText('Measure saved.')).toBeVisible()
	await page.getByRole('link', { name: 'Change ENV-3', exact: true }).click()
	await page.getByRole('button', { name: 'Delete measure' }).click()
	await expect(page.getByText('Measure deleted.')).toBeVisible()

	// The administrator may compare the draft with the edition it was copied from.
	await page.getByRole('link', { name: 'Compare with another edition' }).click()
	await expect(
		page.getByRole('heading', { level: 1, name: `What changed from ${source.name} to ${name}` }),
	).toBeVisible()
	await expect(page.getByText('1 measure added, 1 removed and 1 changed.')).toBeVisible()
	await expectNoAxeViolations(page)

	// Publish it: it becomes the current edition.
	await page.goto(draftPath)
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await expect(page.getByText('Edition published.')).toBeVisible()

	// Now a visitor who is not signed in.
	await page.context().clearCookies()
	const editionId = draftPath.split('/').pop()!
	await page.goto(`/toms/editions/${editionId}`)
	await expect(page.getByRole('link', { name: 'What changed since the last edition' })).toHaveAttribute(
		'href',
		`/toms/compare?from=${source.id}&to=${editionId}`,
	)
	await page.goto('/toms')
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
	await page.getByRole('link', { name: 'What changed since the last edition' }).click()
	await expect(
		page.getByRole('heading', { level: 1, name: `What changed from ${source.name} to ${name}` }),
	).toBeVisible()
	expect(new URL(page.url()).searchParams.get('from')).toBe(String(source.id))
	await expect(page.getByText('1 measure added, 1 removed and 1 changed.')).toBeVisible()
	await expect(page.locator('.govuk-summary-list')).toContainText('Measures1 added, 1 removed, 1 changed')
	await expect(page.locator('.govuk-summary-list')).toContainText('Outcomes0 added, 0 removed')
	await expect(page.locator('.govuk-summary-list')).toContainText('Themes0 added, 0 removed')

	// Exactly these changes, grouped by theme.
	await expect(page.getByRole('table')).toHaveCount(3)
	expect(await tableRows(page.getByRole('table', { name: 'Measures changed in Jobs and skills' }))).toEqual([
		[`JOB-2 ${NEW_TITLE} Local people in good work`, 'Title', `Expert advice hours for local charities → ${NEW_TITLE}`],
		['Proxy value', '£101.00 → £104.03 (+3.0%)'],
	])
	expect(await tableRows(page.getByRole('table', { name: 'Measures added to Net zero' }))).toEqual([
		['ENV-4', 'Trees planted', 'Less carbon', 'Hours', '£20.00'],
	])
	expect(await tableRows(page.getByRole('table', { name: 'Measures removed from Net zero' }))).toEqual([
		['ENV-3', 'Electric vehicles in the fleet', 'Less carbon', '%', 'None (record only)'],
	])
	await expectNoAxeViolations(page)

	// The same changes as CSV, for Excel: a byte order mark first.
	const csvHref = await page.getByRole('link', { name: 'Download these changes as CSV' }).getAttribute('href')
	const csv = await request.get(csvHref!)
	expect(csv.status()).toBe(200)
	expect(csv.headers()['content-type']).toContain('text/csv')
	expect(csv.headers()['content-disposition']).toContain('attachment')
	const text = await csv.text()
	expect(text.startsWith('\uFEFF')).toBe(true)
	const records: Array<Record<string, string>> = parse(text.slice(1), { columns: true })
	expect(records.map((record) => [record['Theme'], record['Code'], record['Change']])).toEqual([
		['Jobs and skills', 'JOB-2', 'changed'],
		['Net zero', 'ENV-4', 'added'],
		['Net zero', 'ENV-3', 'removed'],
	])
	expect(records[0]).toMatchObject({
		Outcome: 'Local people in good work',
		Title: NEW_TITLE,
		'Fields changed': 'Title; Proxy value',
		'Title before': 'Expert advice hours for local charities',
		'Title after': NEW_TITLE,
		'Proxy value (£) before': '101.00',
		'Proxy value (£) after': '104.03',
		'Unit before': '',
		'Proxy value change (%)': '3',
	})
	expect(records[1]).toMatchObject({
		'Title after': 'Trees planted',
		'Unit after': 'Hours',
		'Proxy value (£) after': '20.00',
	})
	expect(records[2]).toMatchObject({ 'Title before': 'Electric vehicles in the fleet', 'Title after': '' })

	// A draft is not there for the public to compare: not on the page, nor in the CSV.
	const adminSession = session(admin)
	const draft = createEdition(
		adminSession,
		{ name: `Next draft ${Date.now()}`, description: '', copyFromId: source.id },
		{ ip: '127.0.0.1', now: Date.now() },
	)
	if (!draft.ok) throw new Error(draft.message)
	await expect(page.getByLabel('To edition').locator('option', { hasText: 'Next draft' })).toHaveCount(0)
	const refused = await page.goto(`/toms/compare?from=${source.id}&to=${draft.editionId}`)
	expect(refused?.status()).toBe(404)
	await expect(page.getByRole('alert')).toContainText('The edition to compare with was not found')
	await expect(page.getByText('Next draft')).toHaveCount(0)
	await expectNoAxeViolations(page)
	expect((await request.get(`/toms/compare.csv?from=${source.id}&to=${draft.editionId}`)).status()).toBe(404)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('the compare form is a plain GET form, and says what is wrong with a choice', async ({ page }) => {
		const older = await insertPublishedEdition(sampleContent)
		const newer = await insertPublishedEdition(sampleContent)
		await page.goto('/toms/compare')
		await expect(page.getByRole('heading', { level: 1, name: 'Compare editions' })).toBeVisible()

		// The same edition twice.
		await page.getByLabel('From edition').selectOption(String(older.id))
		await page.getByLabel('To edition').selectOption(String(older.id))
		await page.getByRole('button', { name: 'Compare' }).click()
		await expect(page.getByRole('alert')).toContainText('Select two different editions')
		await expectErrorSummaryFocused(page)

		// Nothing chosen, and an id that is not one.
		await page.goto('/toms/compare?from=&to=abc')
		await expect(page.getByRole('alert')).toContainText('Select the edition to compare from')
		await expect(page.getByRole('alert')).toContainText('Select the edition to compare with')
		await expectErrorSummaryFocused(page)

		// Two published editions with the same content.
		await page.getByLabel('From edition').selectOption(String(older.id))
		await page.getByLabel('To edition').selectOption(String(newer.id))
		await page.getByRole('button', { name: 'Compare' }).click()
		expect(new URL(page.url()).search).toBe(`?from=${older.id}&to=${newer.id}`)
		await expect(
			page.getByText(`${newer.name} has the same themes, outcomes and measures as ${older.name}.`),
		).toBeVisible()
		await expect(page.getByRole('table')).toHaveCount(0)
	})
})

test('a visitor with JavaScript is taken to the error summary', async ({ page }) => {
	const edition = await insertPublishedEdition(sampleContent)
	await page.goto('/toms/compare')
	await expectNoAxeViolations(page)
	await page.getByLabel('From edition').selectOption(String(edition.id))
	await page.getByLabel('To edition').selectOption(String(edition.id))
	await page.getByRole('button', { name: 'Compare' }).click()
	await expect(page.getByRole('alert')).toContainText('Select two different editions')
	await expectNoAxeViolations(page)
})

import { expect, expectNoAxeViolations, insertPublishedEdition, sampleContent, test } from './fixtures.ts'

test('a signed-out visitor reads the current edition, filters by theme, searches, and opens a measure', async ({
	page,
}) => {
	const edition = await insertPublishedEdition(sampleContent)
	await page.goto('/toms')
	await expect(page.getByRole('heading', { level: 1, name: edition.name })).toBeVisible()
	await expect(page.getByText('5 measures in 2 themes.')).toBeVisible()
	await expect(page.getByText('£101.00 per expert hour')).toBeVisible()
	await expect(page.getByText('£244.63 per tonne CO2e')).toBeVisible()
	await expect(page.getByText('Record only')).toBeVisible()
	await expect(page.getByText('Qualitative (no £ value)')).toBeVisible()
	await expect(page.getByText('A thriving local economy').first()).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByLabel('Theme').selectOption({ label: 'Net zero' })
	await page.getByRole('button', { name: 'Apply filter' }).click()
	await expect(page.getByText('3 measures match your filter.')).toBeVisible()
	await expect(page.getByRole('heading', { name: 'Jobs and skills' })).toHaveCount(0)
	await expect(page).toHaveURL(/theme=\d+/)

	await page.getByLabel('Theme').selectOption({ label: 'All themes' })
	await page.getByLabel('Code or words').fill('expert advice')
	await page.getByRole('button', { name: 'Apply filter' }).click()
	await expect(page.getByText('1 measure matches your filter.')).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: 'JOB-2: Expert advice hours for local charities' }).click()
	await expect(page).toHaveURL(new RegExp(`/toms/editions/${edition.id}/measures/JOB-2$`))
	await expect(
		page.getByRole('heading', { level: 1, name: 'JOB-2: Expert advice hours for local charities' }),
	).toBeVisible()
	await expect(page.getByText('Timesheets.')).toBeVisible()
	await expectNoAxeViolations(page)

	await page.goto('/toms?q=nothing-matches-this')
	await expect(page.getByText('0 measures match your filter.')).toBeVisible()
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('filtering and searching work as a plain GET form', async ({ page }) => {
		const edition = await insertPublishedEdition(sampleContent)
		await page.goto(`/toms/editions/${edition.id}`)
		await page.getByLabel('Code or words').fill('ENV-1')
		await page.getByRole('button', { name: 'Apply filter' }).click()
		await expect(page).toHaveURL(/q=ENV-1/)
		await expect(page.getByText('1 measure matches your filter.')).toBeVisible()
		await expect(page.getByRole('link', { name: 'ENV-1: Carbon emissions saved' })).toBeVisible()
		await page.getByRole('link', { name: 'Clear filter' }).click()
		await expect(page.getByText('5 measures in 2 themes.')).toBeVisible()
	})
})

test('earlier editions are listed and readable, and every edition downloads as CSV and Excel', async ({
	page,
	request,
}) => {
	const older = await insertPublishedEdition(sampleContent)
	await insertPublishedEdition(sampleContent)
	await page.goto('/toms/editions')
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: older.name }).click()
	await expect(page.getByRole('heading', { level: 1, name: older.name })).toBeVisible()
	await expectNoAxeViolations(page)
	await expect(page.getByText('the current edition')).toHaveCount(0)

	const csv = await request.get(`/toms/editions/${older.id}/download/csv`)
	expect(csv.headers()['content-type']).toContain('text/csv')
	expect(csv.headers()['content-disposition']).toContain('attachment')
	const text = await csv.text()
	expect(text).toContain('theme,outcome,code,title,unit,proxy_value_gbp')
	expect(text).toContain('ENV-1')
	const xlsx = await request.get(`/toms/editions/${older.id}/download/xlsx`)
	expect(xlsx.headers()['content-type']).toContain('spreadsheetml')
	expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK')
})

test('a large edition is listed without its guidance, which shows once the reader narrows the list', async ({
	page,
}) => {
	// 160 measures: over the 150 the page shows in full.
	const measure = (theme: number, n: number) => ({
		code: `T${theme}-${n}`,
		title: `Measure ${n} of theme ${theme}`,
		unit: 'hours' as const,
		proxyValuePence: 1500 + n,
		guidance: `Guidance for T${theme}-${n}.`,
		evidenceGuidance: 'Timesheets.',
		priorityCodes: n === 1 ? ['CP1'] : [],
	})
	const themes = [1, 2].map((theme) => ({
		name: `Large theme ${theme}`,
		outcomes: [
			{ name: `Outcome of theme ${theme}`, measures: Array.from({ length: 80 }, (_, i) => measure(theme, i + 1)) },
		],
	}))
	const edition = await insertPublishedEdition({ themes })
	await page.goto('/toms')
	await expect(page.getByRole('heading', { level: 1, name: edition.name })).toBeVisible()
	await expect(
		page.getByText(
			'160 measures in 2 themes. Choose a theme or search to see each measure’s guidance here, or open a measure.',
		),
	).toBeVisible()
	await expect(page.getByRole('link', { name: 'T2-80: Measure 80 of theme 2' })).toBeVisible()
	await expect(page.getByText('(£15.01 per hour)').first()).toBeVisible()
	await expect(page.getByText('Guidance for T1-1.')).toHaveCount(0)
	expect(await page.content()).not.toContain('Guidance for T')
	await expectNoAxeViolations(page)

	await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Large theme 1' })
	await page.getByRole('button', { name: 'Apply filter' }).click()
	await expect(page.getByText('80 measures match your filter.')).toBeVisible()
	await expect(page.getByText('Guidance for T1-1.')).toBeVisible()
	await expect(page.getByText('A thriving local economy')).toBeVisible()
	await expectNoAxeViolations(page)
})

test('draft editions are not public', async ({ request }) => {
	const response = await request.get('/toms/editions/999999')
	expect(response.status()).toBe(404)
})

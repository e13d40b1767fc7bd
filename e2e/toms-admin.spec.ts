import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { tomsEditions } from '#db/schema.ts'
import { createEdition, replaceEditionContent, STALE_EDITION } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { session } from '#tests/tender-fixture.ts'
import {
	appOrigin,
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	sampleContent,
	signInAs,
	test,
} from './fixtures.ts'

const goodCsv = [
	'theme,outcome,code,title,unit,proxy_value_gbp,guidance,evidence_guidance,priorities',
	'Jobs and skills,Local people in good work,JOB-1,Local residents employed,people_fte,15000,Count FTE.,Payroll.,CP1',
	'Jobs and skills,Local people in good work,JOB-9,Apprenticeship weeks,weeks,250.50,Weeks of apprenticeship.,Contracts.,',
	'Net zero,Less carbon,ENV-1,Carbon emissions saved,Tonnes CO2e,244.63,Against a baseline.,Calculation.,CP2',
].join('\n')

const badCsv = [
	'theme,outcome,code,title,unit,proxy_value_gbp,guidance,evidence_guidance,priorities',
	'Jobs and skills,Local people in good work,JOB-1,Local residents employed,furlongs,15000,,,',
	'Jobs and skills,Local people in good work,JOB-1,Duplicate code,weeks,-5,,,',
	'Net zero,Less carbon,ENV-1,Carbon emissions saved,tonnes_co2e,1.234,,,CP9',
].join('\n')

test('an administrator copies an edition, edits a measure, imports a file with errors, fixes it, and publishes', async ({
	page,
}) => {
	test.setTimeout(60_000)
	const source = await insertPublishedEdition(sampleContent)
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	const name = `Next year ${Date.now()}`

	await page.goto('/admin/toms')
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Create an edition' }).click()
	await expectNoAxeViolations(page)
	await page.getByLabel('Name').fill(name)
	await page.getByLabel(`A copy of ${source.name}`).check()
	await page.getByRole('button', { name: 'Create edition' }).click()
	await expect(page.getByText('Edition created as a draft.')).toBeVisible()
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
	await expect(page.getByText('5 measures in 2 themes.')).toBeVisible()
	await expectNoAxeViolations(page)

	// Edit a measure: a bad value first, then a good one.
	await page.getByRole('link', { name: 'Change JOB-2', exact: true }).click()
	await expectNoAxeViolations(page)
	await page.getByLabel('Proxy value per unit (optional)').fill('12.345')
	await page.getByRole('button', { name: 'Save measure' }).click()
	await expect(page.getByRole('alert')).toContainText('Proxy value must not have fractions of a penny')
	await expectNoAxeViolations(page)
	await page.getByLabel('Proxy value per unit (optional)').fill('95.50')
	await page.getByLabel('Title').fill('Expert advice hours for local charities and groups')
	await page.getByRole('button', { name: 'Save measure' }).click()
	await expect(page.getByText('Measure saved.')).toBeVisible()
	await expect(page.getByRole('row', { name: /JOB-2/ })).toContainText('£95.50 per expert hour')

	// The source edition is untouched.
	const sourceMeasure = loadEditionTree(source.id).themes[0]!.outcomes[0]!.measures[1]!
	expect(sourceMeasure.proxyValuePence).toBe(10100)

	// Import a file with errors: every one is listed, nothing changes.
	await page.getByRole('button', { name: 'Import from a spreadsheet' }).click()
	await expectNoAxeViolations(page)
	await page
		.getByLabel('Upload a file')
		.setInputFiles({ name: 'measures.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv) })
	await page.getByRole('button', { name: 'Import file' }).click()
	const summary = page.getByRole('alert')
	await expect(summary).toContainText('was not imported: nothing has changed')
	await expect(summary).toContainText('Row 3, code')
	await expect(summary).toContainText('Row 3, proxy_value_gbp')
	await expect(summary).toContainText('Row 4, proxy_value_gbp')
	await expect(summary).toContainText('Row 4, priorities')
	await expect(page.getByRole('table', { name: 'Problems in the file' })).toBeVisible()
	await expectNoAxeViolations(page)

	// Not a spreadsheet at all.
	await page.getByLabel('Upload a file').setInputFiles({
		name: 'picture.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
	})
	await page.getByRole('button', { name: 'Import file' }).click()
	await expect(page.getByRole('alert')).toContainText('not a CSV or Excel')

	// The fixed file replaces the draft's content, once its preview is checked and replacing confirmed.
	await page
		.getByLabel('Upload a file')
		.setInputFiles({ name: 'measures.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) })
	await page.getByRole('button', { name: 'Import file' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Check what the import will change' })).toBeVisible()
	await page.getByLabel('Replace everything in this draft with the file').check()
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	await expect(page.getByText('Spreadsheet imported.')).toBeVisible()
	await expect(page.getByText('3 measures in 2 themes.')).toBeVisible()
	await expect(page.getByRole('row', { name: /JOB-9/ })).toContainText('£250.50 per week')

	// Publish, after reading what it does: it becomes the current edition and can no longer change.
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await expect(page.getByRole('heading', { level: 1, name: `Publish ${name}` })).toBeVisible()
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await expect(page.getByText('Edition published.')).toBeVisible()
	await expect(page.getByRole('button', { name: 'Import from a spreadsheet' })).toHaveCount(0)
	await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(0)
	await expectNoAxeViolations(page)
	await page.goto('/toms')
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
})

test('an incomplete draft cannot be published and says what is missing', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	await page.goto('/admin/toms/new')
	await page.getByLabel('Name').fill(`Empty ${Date.now()}`)
	await page.getByLabel('An empty edition').check()
	await page.getByRole('button', { name: 'Create edition' }).click()
	await page.getByLabel('Add a theme').fill('Social value')
	await page.getByRole('button', { name: 'Add theme' }).click()
	await expect(page.getByText('Theme saved.')).toBeVisible()
	await page.getByRole('link', { name: 'Change or delete theme Social value' }).click()
	await expectNoAxeViolations(page)
	await page.getByLabel('Theme name').fill('Social value for residents')
	await page.getByRole('button', { name: 'Save theme' }).click()
	await expect(page.getByRole('heading', { name: 'Social value for residents' })).toBeVisible()
	await page.getByRole('link', { name: 'Add an outcome to Social value for residents' }).click()
	await expectNoAxeViolations(page)
	await page.getByLabel('Outcome').fill('People are better off')
	await page.getByRole('button', { name: 'Save outcome' }).click()
	await expect(page.getByText('Outcome saved.')).toBeVisible()
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await expect(page.getByRole('heading', { level: 2, name: 'This edition cannot be published yet' })).toBeVisible()
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Outcome ‘People are better off’ has no measures' }),
	).toBeVisible()
	await expect(page.getByRole('button', { name: 'Publish edition' })).toHaveCount(0)
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: 'Go back to the edition to put these right' }).click()

	await page.getByRole('link', { name: 'Add a measure to People are better off' }).click()
	await page.getByLabel('Code').fill('SV-1')
	await page.getByLabel('Title').fill('Volunteering hours')
	await page.getByLabel('Unit', { exact: true }).selectOption('hours')
	await page.getByLabel('Proxy value per unit (optional)').fill('16.93')
	await page.getByRole('button', { name: 'Save measure' }).click()
	await expect(page.getByText('Measure saved.')).toBeVisible()
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await expect(page.getByText('Edition published.')).toBeVisible()
})

test('a refused import moves focus to the error summary each time; without JavaScript the summary leads the page', async ({
	page,
	browser,
}) => {
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	await page.goto('/admin/toms/new')
	await page.getByLabel('Name').fill(`Import refused ${Date.now()}`)
	await page.getByLabel('An empty edition').check()
	await page.getByRole('button', { name: 'Create edition' }).click()
	await expect(page.getByText('Edition created as a draft.')).toBeVisible()
	const importPath = `${new URL(page.url()).pathname}/import`
	const picture = {
		name: 'picture.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
	}

	await page.goto(importPath)
	// The same file twice: the same errors, and focus goes back to them.
	for (let attempt = 0; attempt < 2; attempt++) {
		await page.getByLabel('Upload a file').setInputFiles(picture)
		const answered = page.waitForResponse((response) => response.request().method() === 'POST')
		await page.getByRole('button', { name: 'Import file' }).click()
		await answered
		await expect(page.getByRole('alert')).toContainText('picture.csv was not imported')
		await expectErrorSummaryFocused(page)
	}
	// The field says what became of the file, and each problem in the summary leads to it.
	await expect(page.getByLabel('Upload a file')).toHaveAccessibleDescription('Error: The file was not imported')
	await page.getByRole('alert').getByRole('link').first().click()
	await expect(page.getByLabel('Upload a file')).toBeFocused()

	const withoutJavaScript = await browser.newContext({ javaScriptEnabled: false })
	const plain = await withoutJavaScript.newPage()
	await signInAs(plain, admin)
	await plain.goto(importPath)
	await plain.getByLabel('Upload a file').setInputFiles(picture)
	await plain.getByRole('button', { name: 'Import file' }).click()
	await expect(plain.getByRole('alert')).toContainText('picture.csv was not imported')
	await expectErrorSummaryFocused(plain)
	await withoutJavaScript.close()
})

test('the theme and outcome pages say what to put right, keep what they show, and refuse a button they do not have', async ({
	page,
	browser,
}) => {
	const admin = await insertUser({ role: 'admin' })
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const created = createEdition(
		session(admin),
		{ name: `Buttons ${Date.now()}`, description: '', copyFromId: null },
		ctx,
	)
	if (!created.ok) throw new Error(created.message)
	replaceEditionContent(session(admin), created.editionId, sampleContent, ctx)
	const before = loadEditionTree(created.editionId)
	const theme = before.themes[0]!
	const themePath = `/admin/toms/${created.editionId}/themes/${theme.id}`
	const outcomePath = `/admin/toms/${created.editionId}/outcomes/${theme.outcomes[0]!.id}`
	await signInAs(page, admin)

	// A form sent with a button neither page has changes nothing, whatever else it holds.
	const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
	const version = String(getEdition(created.editionId)!.version)
	for (const [url, form] of [
		[themePath, { intent: 'drop-everything', version, name: 'Renamed' }],
		[themePath, { version, name: 'Renamed' }],
		[outcomePath, { intent: 'drop-everything', version, themeId: String(theme.id), name: 'Renamed' }],
	] as const) {
		const response = await page.request.post(url, {
			form,
			headers: { Cookie: cookies, Origin: appOrigin },
			maxRedirects: 0,
		})
		expect(response.status(), JSON.stringify(form)).toBe(400)
		expect(await response.text()).toContain('Reload the page and try again')
	}
	expect(loadEditionTree(created.editionId)).toEqual(before)

	await page.goto(themePath)
	await page.getByLabel('Theme name').fill(' ')
	await page.getByRole('button', { name: 'Save theme' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter a name for the theme')
	await expectErrorSummaryFocused(page)
	await expectNoAxeViolations(page)

	await page.goto(`/admin/toms/${created.editionId}/outcomes/new`)
	await page.getByRole('button', { name: 'Save outcome' }).click()
	await expect(page.getByRole('alert')).toContainText('Select a theme')
	await expect(page.getByRole('alert')).toContainText('Enter a name for the outcome')
	await expectNoAxeViolations(page)
	await page.getByRole('alert').getByRole('link', { name: 'Select a theme' }).click()
	await expect(page.getByLabel('Theme', { exact: true })).toBeFocused()

	// Without JavaScript, a delete refused because the draft changed still shows the theme's name, as it now is.
	const plainContext = await browser.newContext({ javaScriptEnabled: false })
	const plain = await plainContext.newPage()
	await signInAs(plain, admin)
	await plain.goto(themePath)
	const other = await plainContext.newPage()
	await signInAs(other, admin)
	await other.goto(themePath)
	await other.getByLabel('Theme name').fill('Jobs, skills and training')
	await other.getByRole('button', { name: 'Save theme' }).click()
	await expect(other.getByText('Theme saved.')).toBeVisible()
	await plain.getByRole('button', { name: 'Delete theme' }).click()
	await expect(plain.getByRole('alert')).toContainText(STALE_EDITION)
	await expect(plain.getByLabel('Theme name')).toHaveValue('Jobs, skills and training')
	await plain.goto(outcomePath)
	await plain.getByLabel('Outcome').fill('')
	await plain.getByRole('button', { name: 'Save outcome' }).click()
	await expect(plain.getByRole('alert')).toContainText('Enter a name for the outcome')
	await expect(plain.getByLabel('Theme', { exact: true })).toHaveValue(String(theme.id))
	await plainContext.close()
	expect(loadEditionTree(created.editionId).themes.map((t) => t.name)).toEqual([
		'Jobs, skills and training',
		...before.themes.slice(1).map((t) => t.name),
	])
})

test('the server refuses any change to a published edition, even from a crafted POST', async ({ page }) => {
	const edition = await insertPublishedEdition(sampleContent)
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	const tree = loadEditionTree(edition.id)
	const measure = tree.themes[0]!.outcomes[0]!.measures[0]!
	const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
	const headers = { Cookie: cookies, Origin: appOrigin }
	const version = String(edition.version)

	const attempts: Array<{ url: string; form: Record<string, string> }> = [
		{ url: `/admin/toms/${edition.id}`, form: { intent: 'add-theme', version, name: 'Sneaky' } },
		{ url: `/admin/toms/${edition.id}`, form: { intent: 'delete', version } },
		{
			url: `/admin/toms/${edition.id}/measures/${measure.id}`,
			form: {
				version,
				outcomeId: String(tree.themes[0]!.outcomes[0]!.id),
				code: 'JOB-1',
				title: 'Changed',
				unit: 'hours',
			},
		},
		{ url: `/admin/toms/${edition.id}/measures/${measure.id}`, form: { intent: 'delete', version } },
		{ url: `/admin/toms/${edition.id}/themes/${tree.themes[0]!.id}`, form: { version, name: 'Renamed' } },
	]
	for (const attempt of attempts) {
		const response = await page.request.post(attempt.url, { form: attempt.form, headers, maxRedirects: 0 })
		expect([400, 404], attempt.url).toContain(response.status())
	}
	const upload = await page.request.post(`/admin/toms/${edition.id}/import`, {
		multipart: {
			file: {
				name: 'x.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(
					'theme,outcome,code,title,unit,proxy_value_gbp,guidance,evidence_guidance,priorities\nA,B,C-1,T,hours,,,,',
				),
			},
		},
		headers,
		maxRedirects: 0,
	})
	expect(upload.status()).toBe(404)
	expect(loadEditionTree(edition.id)).toEqual(tree)
	expect(db.select().from(tomsEditions).where(eq(tomsEditions.id, edition.id)).get()?.status).toBe('published')
})

test('suppliers and contract managers cannot reach the editing pages', async ({ page }) => {
	const edition = await insertPublishedEdition(sampleContent)
	const supplier = await insertUser({ role: 'supplier' })
	const manager = await insertUser({ role: 'contract_manager' })
	for (const user of [supplier, manager]) {
		await page.context().clearCookies()
		await signInAs(page, user)
		for (const path of [
			'/admin/toms',
			'/admin/toms/new',
			`/admin/toms/${edition.id}`,
			`/admin/toms/${edition.id}/import`,
			`/admin/toms/${edition.id}/export/csv`,
			'/admin/priorities',
			'/admin/toms/template/csv',
		]) {
			const response = await page.goto(path)
			expect(response?.status(), `${user.role} ${path}`).toBe(403)
		}
		const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
		const response = await page.request.post('/admin/toms/new', {
			form: { name: 'Hijack', startFrom: 'blank' },
			headers: { Cookie: cookies, Origin: appOrigin },
			maxRedirects: 0,
		})
		expect(response.status()).toBe(403)
	}
	expect(db.select().from(tomsEditions).where(eq(tomsEditions.name, 'Hijack')).get()).toBeUndefined()
})

test('an administrator keeps the council priorities', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	await page.goto('/admin/priorities')
	await expectNoAxeViolations(page)
	const code = `P${Date.now() % 100000}`
	await page.getByLabel('Code').fill(code)
	await page.getByLabel('Priority', { exact: true }).fill('Homes people can afford')
	await page.getByRole('button', { name: 'Add priority' }).click()
	await expect(page.getByText('Council priority saved.')).toBeVisible()
	await expect(page.getByRole('row', { name: new RegExp(code) })).toContainText('Homes people can afford')
	await page.getByLabel('Code').fill(code)
	await page.getByLabel('Priority', { exact: true }).fill('Duplicate')
	await page.getByRole('button', { name: 'Add priority' }).click()
	await expect(page.getByRole('alert')).toContainText(`Code ${code} is already used`)
	await expectNoAxeViolations(page)
})

import type { Page } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { tomsEditions } from '#db/schema.ts'
import { TOMS_COLUMNS } from '#app/domain/toms/spreadsheet-rows.ts'
import { createEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { session } from '#tests/tender-fixture.ts'
import { xlsxWithFormulas } from '#tests/xlsx-fixture.ts'
import {
	appOrigin,
	expect,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	sampleContent,
	signInAs,
	test,
	type TestUser,
} from './fixtures.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A draft edition holding `sampleContent` (2 themes, 2 outcomes, 5 measures), or nothing. */
function insertDraft(admin: TestUser, { empty = false } = {}) {
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const name = `Draft ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
	const created = createEdition(session(admin), { name, description: '', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	if (!empty) replaceEditionContent(session(admin), created.editionId, sampleContent, ctx)
	return { id: created.editionId, name }
}

const editionRow = (id: number) => db.select().from(tomsEditions).where(eq(tomsEditions.id, id)).get()!

/** Chooses the file and imports it, as a person would. */
async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await page.getByLabel('Upload a file').setInputFiles(file)
	await page.getByRole('button', { name: 'Import file' }).click()
}

async function withoutJavaScript(page: Page, admin: TestUser, run: (page: Page) => Promise<void>) {
	const context = await page.context().browser()!.newContext({ javaScriptEnabled: false })
	const plain = await context.newPage()
	await signInAs(plain, admin)
	await run(plain)
	await context.close()
}

test('publishing an edition first says what it will do, and only the Publish button on that page does it', async ({
	page,
}) => {
	const admin = await insertUser({ role: 'admin' })
	const current = await insertPublishedEdition(sampleContent)
	const draft = insertDraft(admin)
	await signInAs(page, admin)

	await page.goto(`/admin/toms/${draft.id}`)
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await expect(page.getByRole('heading', { level: 1, name: `Publish ${draft.name}` })).toBeVisible()
	const main = page.getByRole('main')
	await expect(main).toContainText(`${draft.name} has 2 themes, 2 outcomes and 5 measures.`)
	await expect(main).toContainText('freezes it for good: nobody can change it afterwards')
	await expect(main).toContainText(
		'makes it the current edition: the one every supplier and the public read on the TOMs pages',
	)
	await expect(main).toContainText(`replaces ${current.name} as the current edition`)
	await expect(main).toContainText('You cannot undo publishing.')
	await expectNoAxeViolations(page)
	expect(editionRow(draft.id).status).toBe('draft')

	// Cancelling changes nothing.
	await page.getByRole('link', { name: 'Cancel' }).click()
	await expect(page.getByRole('heading', { level: 1, name: draft.name })).toBeVisible()
	expect(editionRow(draft.id).status).toBe('draft')

	// The edition page no longer publishes in one click, even when asked to by a crafted form.
	const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
	const oneClick = await page.request.post(`/admin/toms/${draft.id}`, {
		form: { intent: 'publish', version: String(editionRow(draft.id).version) },
		headers: { Cookie: cookies, Origin: appOrigin },
		maxRedirects: 0,
	})
	expect(oneClick.status()).toBe(400)
	expect(editionRow(draft.id).status).toBe('draft')

	await withoutJavaScript(page, admin, async (plain) => {
		await plain.goto(`/admin/toms/${draft.id}/publish`)
		await plain.getByRole('button', { name: 'Publish edition' }).click()
		await expect(plain.getByText('Edition published. It is now the current edition, shown to everyone.')).toBeVisible()
	})
	expect(editionRow(draft.id)).toMatchObject({ status: 'published', isCurrent: true })
	expect(editionRow(current.id)).toMatchObject({ status: 'published', isCurrent: false })

	// There is nothing left to publish.
	expect((await page.goto(`/admin/toms/${draft.id}/publish`))?.status()).toBe(404)
})

test('importing into a draft that has content says, once the file is previewed, that it replaces everything, hand edits included, and asks first', async ({
	page,
}) => {
	const admin = await insertUser({ role: 'admin' })
	const draft = insertDraft(admin)
	const before = loadEditionTree(draft.id)
	const csv = `${TOMS_COLUMNS.join(',')}\nJobs,Work,NEW-1,Apprentices,weeks,250.50,,,\n`
	await signInAs(page, admin)

	await page.goto(`/admin/toms/${draft.id}/import`)
	await importFile(page, { name: 'new.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
	await expect(page.getByRole('heading', { level: 1, name: 'Check what the import will change' })).toBeVisible()
	await expect(page.locator('.govuk-warning-text').last()).toContainText(
		'This draft already has 2 themes, 2 outcomes and 5 measures. Importing a file replaces all of them, including any changes made by hand.',
	)
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	const summary = page.getByRole('alert')
	await expect(summary).toContainText('Confirm that the file replaces everything in this draft')
	await expect(page).toHaveTitle(/^Error: /)
	await expectNoAxeViolations(page)
	expect(loadEditionTree(draft.id)).toEqual(before)

	await summary.getByRole('link', { name: 'Confirm that the file replaces everything in this draft' }).click()
	await expect(page.getByLabel('Replace everything in this draft with the file')).toBeFocused()
	await page.keyboard.press('Space')
	await expect(page.getByLabel('Replace everything in this draft with the file')).toBeChecked()
	// The button ignores a second press within a second of the first, as GOV.UK's guard against
	// double clicks does; a person takes longer than that to read the error and tick the box.
	await page.waitForTimeout(1_000)
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	await expect(page.getByText('Spreadsheet imported.')).toBeVisible()
	await expect(page.getByText('1 measure in 1 theme.')).toBeVisible()
})

test('the replacing confirmation works without JavaScript, and an empty draft needs none', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const draft = insertDraft(admin)
	const empty = insertDraft(admin, { empty: true })
	const csv = Buffer.from(`${TOMS_COLUMNS.join(',')}\nJobs,Work,NEW-1,Apprentices,weeks,250.50,,,\n`)
	await withoutJavaScript(page, admin, async (plain) => {
		await plain.goto(`/admin/toms/${draft.id}/import`)
		await importFile(plain, { name: 'new.csv', mimeType: 'text/csv', buffer: csv })
		await plain.getByRole('button', { name: 'Confirm and import' }).click()
		await expect(plain.getByRole('alert')).toContainText('Confirm that the file replaces everything in this draft')
		expect(loadEditionTree(draft.id).themes).toHaveLength(2)
		await plain.getByLabel('Replace everything in this draft with the file').check()
		await plain.getByRole('button', { name: 'Confirm and import' }).click()
		await expect(plain.getByText('Spreadsheet imported.')).toBeVisible()
		expect(loadEditionTree(draft.id).themes.map((theme) => theme.name)).toEqual(['Jobs'])

		await plain.goto(`/admin/toms/${empty.id}/import`)
		await importFile(plain, { name: 'new.csv', mimeType: 'text/csv', buffer: csv })
		await expect(plain.locator('.govuk-warning-text')).toHaveCount(0)
		await expect(plain.getByLabel('Replace everything in this draft with the file')).toHaveCount(0)
		await plain.getByRole('button', { name: 'Confirm and import' }).click()
		await expect(plain.getByText('Spreadsheet imported.')).toBeVisible()
	})
})

test('an Excel file with a title above the header and an uplift formula: the value read is shown, and rounding to the penny imports it', async ({
	page,
}) => {
	const admin = await insertUser({ role: 'admin' })
	const draft = insertDraft(admin, { empty: true })
	const header = [...TOMS_COLUMNS]
	const row = (code: string, title: string, proxy: number | { formula: string; value: number }) =>
		header.map(
			(column) =>
				({ theme: 'Community', outcome: 'Volunteering', code, title, unit: 'hours', proxy_value_gbp: proxy })[
					column as string
				] ?? null,
		)
	const workbook = await xlsxWithFormulas([
		['Northshire Council social value TOMs 2027/28'],
		[],
		header,
		row('VOL-1', 'Staff volunteering hours', 16.93),
		row('VOL-2', 'Staff volunteering hours, uplifted by 3.8%', { formula: '16.93*1.038', value: 16.93 * 1.038 }),
	])
	const file = { name: 'uplifted.xlsx', mimeType: XLSX, buffer: Buffer.from(workbook) }
	await signInAs(page, admin)

	await page.goto(`/admin/toms/${draft.id}/import`)
	await importFile(page, file)
	await expect(page.getByRole('alert')).toContainText(
		'Row 5, proxy_value_gbp: Proxy value is £17.57334, which has fractions of a penny: round it to £17.57, or choose ‘Round values to the nearest penny’ when you upload the file',
	)
	await expect(page.getByRole('table', { name: 'Problems in the file' })).toContainText('£17.57334')
	await expectNoAxeViolations(page)
	expect(loadEditionTree(draft.id).themes).toEqual([])

	await page.getByLabel('Round values to the nearest penny').check()
	await page.getByRole('button', { name: 'Import file' }).click()
	await expect(page.getByText('The header row was row 3: the rows above it were skipped.')).toBeVisible()
	await expect(
		page.getByRole('table', { name: 'Proxy values rounded to the penny' }).getByRole('row', { name: /VOL-2/ }),
	).toContainText('£17.57334')
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	await expect(
		page.getByText(
			'Spreadsheet imported. The header row was row 3: the rows above it were skipped. 1 proxy value with fractions of a penny was rounded to the nearest penny.',
			{ exact: true },
		),
	).toBeVisible()
	await expect(page.getByRole('row', { name: /VOL-1/ })).toContainText('£16.93 per hour')
	await expect(page.getByRole('row', { name: /VOL-2/ })).toContainText('£17.57 per hour')
	await expectNoAxeViolations(page)
	expect(loadEditionTree(draft.id).themes[0]!.outcomes[0]!.measures.map((measure) => measure.proxyValuePence)).toEqual([
		1693, 1757,
	])
})

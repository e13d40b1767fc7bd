import type { Page } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { tomsImports } from '#db/schema.ts'
import type { EditionContent } from '#app/domain/toms/content.ts'
import { contentToRows } from '#app/domain/toms/spreadsheet-rows.ts'
import { csvText } from '#app/infra/csv.server.ts'
import { createEdition } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree, toContent } from '#app/lib/toms-queries.server.ts'
import { session } from '#tests/tender-fixture.ts'
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

const HAND_TITLE = 'Expert advice hours, retitled by hand'
const FILE_TITLE = 'Expert advice hours for local charities and social enterprises'

/**
 * The published content with: JOB-2 retitled (the measure edited by hand in the draft), ENV-1's
 * proxy value changed, ENV-3 removed, and NEW-1 added with a value of fractions of a penny.
 */
function fileContent(): EditionContent {
	const content = structuredClone(sampleContent)
	const [jobs, netZero] = content.themes
	jobs!.outcomes[0]!.measures[1]!.title = FILE_TITLE
	const carbon = netZero!.outcomes[0]!
	carbon.measures[0]!.proxyValuePence = 25000
	carbon.measures = carbon.measures.filter((measure) => measure.code !== 'ENV-3')
	jobs!.outcomes[0]!.measures.push({
		code: 'NEW-1',
		title: 'Apprenticeship weeks',
		unit: 'weeks',
		proxyValuePence: 1235,
		guidance: '',
		evidenceGuidance: '',
		priorityCodes: [],
	})
	return content
}

/** The file as typed: NEW-1's value has fractions of a penny, which rounds to £12.35. */
function fileCsv(): Buffer {
	const rows = contentToRows(fileContent())
	const proxyColumn = rows[0]!.indexOf('proxy_value_gbp')
	rows.find((row) => row.includes('NEW-1'))![proxyColumn] = '12.345'
	return Buffer.from(csvText(rows))
}

const file = () => ({ name: 'next-year.csv', mimeType: 'text/csv', buffer: fileCsv() })

/** A draft copied from a published edition holding `sampleContent`. */
async function copiedDraft(admin: TestUser) {
	const source = await insertPublishedEdition(sampleContent)
	const name = `Copied ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
	const created = createEdition(
		session(admin),
		{ name, description: '', copyFromId: source.id },
		{
			ip: '127.0.0.1',
			now: Date.now(),
		},
	)
	if (!created.ok) throw new Error(created.message)
	return { id: created.editionId, name, source }
}

async function upload(page: Page, editionId: number) {
	await page.goto(`/admin/toms/${editionId}/import`)
	await page.getByLabel('Upload a file').setInputFiles(file())
	await page.getByLabel('Round values to the nearest penny').check()
	await page.getByRole('button', { name: 'Import file' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Check what the import will change' })).toBeVisible()
}

/** A table's body rows as the text of their cells. */
async function rowsOf(page: Page, caption: string): Promise<string[][]> {
	const rows = page.getByRole('table', { name: caption }).locator('tbody tr')
	return rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim())),
	)
}

const pendingImports = (editionId: number) =>
	db.select().from(tomsImports).where(eq(tomsImports.editionId, editionId)).all()

test('a copied draft with a hand edit: the preview shows exactly what the file changes, warns of the hand edit, and only confirming imports it', async ({
	page,
}) => {
	test.setTimeout(60_000)
	const admin = await insertUser({ role: 'admin' })
	const draft = await copiedDraft(admin)
	await signInAs(page, admin)

	// Retitle JOB-2 by hand.
	await page.goto(`/admin/toms/${draft.id}`)
	await page.getByRole('link', { name: 'Change JOB-2', exact: true }).click()
	await page.getByLabel('Title').fill(HAND_TITLE)
	await page.getByRole('button', { name: 'Save measure' }).click()
	await expect(page.getByText('Measure saved.')).toBeVisible()
	const edited = toContent(loadEditionTree(draft.id))
	const versionBefore = getEdition(draft.id)!.version

	await upload(page, draft.id)
	const summary = page.getByRole('main').locator('.govuk-summary-list')
	await expect(summary).toContainText('Themes')
	await expect(summary.locator('.govuk-summary-list__row').filter({ hasText: 'Measures' })).toContainText(
		'1 added, 1 removed, 2 changed',
	)
	await expect(
		summary.locator('.govuk-summary-list__row').filter({ hasText: 'Changes made by hand that are overwritten' }),
	).toContainText('1')
	await expect(
		summary.locator('.govuk-summary-list__row').filter({ hasText: 'Proxy values rounded to the penny' }),
	).toContainText('1')
	await expect(page.locator('.govuk-warning-text').first()).toContainText(
		`Importing this file overwrites changes made by hand to 1 measure. The changes were made since the draft was copied from ${draft.source.name}.`,
	)
	expect(await rowsOf(page, 'Changes made by hand that the import overwrites')).toEqual([
		['JOB-2', 'Title', HAND_TITLE, FILE_TITLE],
	])
	expect(await rowsOf(page, 'Measures added')).toEqual([
		['NEW-1', 'Apprenticeship weeks', 'Jobs and skills: Local people in good work', 'Weeks', '£12.35'],
	])
	expect(await rowsOf(page, 'Measures removed')).toEqual([
		['ENV-3', 'Electric vehicles in the fleet', 'Net zero: Less carbon', '%', 'None (record only)'],
	])
	expect(await rowsOf(page, 'Measures changed')).toEqual([
		['JOB-2', 'Title', HAND_TITLE, FILE_TITLE],
		['ENV-1', 'Proxy value', '£244.63', '£250.00'],
	])
	expect(await rowsOf(page, 'Proxy values rounded to the penny')).toEqual([['NEW-1', '£12.345', '£12.35']])
	await expect(page.getByRole('table', { name: 'Themes added and removed' })).toHaveCount(0)
	await expect(page.getByRole('table', { name: 'Outcomes added and removed' })).toHaveCount(0)
	await expectNoAxeViolations(page)
	const previewUrl = new URL(page.url()).pathname

	// Another edition's address for the same held file finds nothing.
	const other = await copiedDraft(admin)
	const importId = previewUrl.split('/').at(-1)!
	expect((await page.request.get(`/admin/toms/${other.id}/import/${importId}`)).status()).toBe(404)

	// Going back forgets the file and changes nothing.
	await page.getByRole('button', { name: 'Go back' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Import measures from a spreadsheet' })).toBeVisible()
	await expectNoAxeViolations(page)
	expect(toContent(loadEditionTree(draft.id))).toEqual(edited)
	expect(getEdition(draft.id)!.version).toBe(versionBefore)
	expect(pendingImports(draft.id)).toEqual([])
	expect((await page.request.get(previewUrl)).status()).toBe(404)

	// Upload again and confirm: the draft now holds the file's content.
	await upload(page, draft.id)
	await page.getByLabel('Replace everything in this draft with the file').check()
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	await expect(
		page.getByText('Spreadsheet imported. 1 proxy value with fractions of a penny was rounded to the nearest penny.', {
			exact: true,
		}),
	).toBeVisible()
	await expectNoAxeViolations(page)
	expect(toContent(loadEditionTree(draft.id))).toEqual(fileContent())
	expect(pendingImports(draft.id).map((row) => row.status)).toEqual(['imported'])

	// Imported once: its preview is gone.
	const confirmedUrl = `/admin/toms/${draft.id}/import/${pendingImports(draft.id)[0]!.id}`
	expect((await page.request.get(confirmedUrl)).status()).toBe(404)

	// The next file is told against this import: the same file again changes nothing.
	await upload(page, draft.id)
	await expect(
		page.getByText('The file holds exactly what the draft holds: importing it changes nothing.'),
	).toBeVisible()
	await expect(page.getByRole('table', { name: 'Changes made by hand that the import overwrites' })).toHaveCount(0)
})

test('a draft changed after its file was read is not imported: the preview is to be made again', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const draft = await copiedDraft(admin)
	await signInAs(page, admin)
	await upload(page, draft.id)

	// Someone changes the draft meanwhile.
	const other = await page.context().newPage()
	await other.goto(`/admin/toms/${draft.id}`)
	await other.getByRole('link', { name: 'Change JOB-1', exact: true }).click()
	await other.getByLabel('Title').fill('Changed meanwhile')
	await other.getByRole('button', { name: 'Save measure' }).click()
	await expect(other.getByText('Measure saved.')).toBeVisible()
	await other.close()
	const meanwhile = toContent(loadEditionTree(draft.id))

	await page.getByLabel('Replace everything in this draft with the file').check()
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	const summary = page.getByRole('alert')
	await expect(summary).toContainText('This draft has changed since the file was read')
	await expect(page.locator('.govuk-error-summary')).toBeFocused()
	await expectNoAxeViolations(page)
	expect(toContent(loadEditionTree(draft.id))).toEqual(meanwhile)
})

test('without JavaScript: upload, preview, confirm', async ({ browser }) => {
	const admin = await insertUser({ role: 'admin' })
	const draft = await copiedDraft(admin)
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await signInAs(page, admin)
	await upload(page, draft.id)
	expect(await rowsOf(page, 'Proxy values rounded to the penny')).toEqual([['NEW-1', '£12.345', '£12.35']])
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	await expect(page.getByRole('alert')).toContainText('Confirm that the file replaces everything in this draft')
	await page.getByLabel('Replace everything in this draft with the file').check()
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	await expect(page.getByText('Spreadsheet imported.')).toBeVisible()
	expect(toContent(loadEditionTree(draft.id))).toEqual(fileContent())
	await context.close()
})

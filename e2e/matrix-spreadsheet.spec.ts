import type { Page } from '@playwright/test'
import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node'
import { expect, expectNoAxeViolations, insertOpenTender, insertUser, signInAs, test } from './fixtures.ts'

type Rows = Array<Array<string | number | boolean | Date | null>>

async function startMatrix(page: Page, tenderId: number) {
	await page.goto(`/opportunities/${tenderId}`)
	await page.getByRole('button', { name: 'Start your social value matrix' }).click()
	await expect(page.getByRole('heading', { name: 'Your social value matrix' })).toBeVisible()
}

/** Clicks the download link as a person would and reads the file the browser saved. */
async function downloadMatrix(page: Page) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: /download your matrix as a spreadsheet/i }).click(),
	])
	expect(download.suggestedFilename()).toMatch(/^E2E-.+-social-value-matrix\.xlsx$/)
	const sheets = await readXlsxFile(await download.path())
	return Object.fromEntries(sheets.map((sheet) => [sheet.sheet, sheet.data as unknown as Rows]))
}

/** Saves the sheets again as a real .xlsx, as Excel would after the supplier typed in it. */
async function saveWorkbook(path: string, sheets: Record<string, Rows>) {
	await writeXlsxFile(
		Object.entries(sheets).map(([sheet, rows]) => ({
			sheet,
			data: rows.map((row) =>
				row.map((cell): Cell => (cell instanceof Date ? { value: cell, type: Date, format: 'dd/mm/yyyy' } : cell)),
			) as SheetData,
		})),
	).toFile(path)
	return path
}

function rowOf(rows: Rows, code: string) {
	const row = rows.find((cells) => cells[0] === code)
	if (!row) throw new Error(`No row for ${code}`)
	return row
}

test('a supplier downloads the matrix as a spreadsheet, fills it in and uploads it', async ({ page }, testInfo) => {
	test.setTimeout(60_000)
	const tender = await insertOpenTender()
	const supplier = await insertUser({ role: 'supplier' })
	await signInAs(page, supplier)
	await startMatrix(page, tender.tenderId)

	const { Commitments, Milestones } = await downloadMatrix(page)
	expect(Commitments![0]![0]).toBe('Social value matrix: spreadsheet template version 1')
	const hours = rowOf(Commitments!, 'JOB-2')
	const plan = rowOf(Commitments!, 'ENV-2')
	expect(hours.slice(1, 5)).toEqual(['Jobs and skills', 'Expert advice hours for local charities', 'Expert hours', 101])
	hours.splice(
		5,
		8,
		200,
		null,
		'No',
		null,
		'Jo Baker',
		'Community lead',
		'jo@brightstart.example',
		'Our accountants give two days a month to local charities.',
	)
	plan.splice(
		5,
		8,
		null,
		'A waste plan reviewed every quarter',
		'No',
		null,
		'Jo Baker',
		'Operations manager',
		'jo@brightstart.example',
		'We will separate waste on every site.',
	)
	const milestones: Rows = [
		Milestones![0]!,
		['JOB-2', '', new Date(Date.UTC(2028, 2, 31)), 100],
		['JOB-2', '', '2029-03-31', 200],
	]
	const file = await saveWorkbook(testInfo.outputPath('filled.xlsx'), {
		Commitments: Commitments!,
		Milestones: milestones,
	})

	await page.getByRole('link', { name: 'upload the spreadsheet' }).click()
	await expect(page.getByRole('heading', { name: 'Upload your matrix from a spreadsheet' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Upload a file').setInputFiles(file)
	await page.getByRole('button', { name: 'Upload spreadsheet' }).click()

	await expect(page.getByText('Spreadsheet uploaded.')).toBeVisible()
	await expect(page.getByText('You have completed 2 of 2 measures.')).toBeVisible()
	// 200 expert hours × £101.00
	await expect(page.getByRole('table', { name: 'Social value offered' })).toContainText('£20,200.00')
	await expectNoAxeViolations(page)

	// What was uploaded is what the next download holds.
	const again = await downloadMatrix(page)
	expect(rowOf(again.Commitments!, 'JOB-2').slice(5, 10)).toEqual([200, null, 'No', null, 'Jo Baker'])
	expect(again.Milestones!.slice(1)).toEqual([
		['JOB-2', 'Expert advice hours for local charities', new Date(Date.UTC(2028, 2, 31)), 100],
		['JOB-2', 'Expert advice hours for local charities', new Date(Date.UTC(2029, 2, 31)), 200],
	])
})

/** The matrix's spreadsheet fetched with the page's session, as its rows by sheet. */
async function fetchMatrix(page: Page, matrixUrl: string) {
	const response = await page.request.get(`${matrixUrl}/spreadsheet`)
	expect(response.status()).toBe(200)
	const sheets = await readXlsxFile(Buffer.from(await response.body()))
	const rows = (name: string) => sheets.find((sheet) => sheet.sheet === name)!.data as unknown as Rows
	return { Commitments: rows('Commitments'), Milestones: rows('Milestones') }
}

test('a file with mistakes is refused, every problem listed by row and column, and nothing changes', async ({
	page,
}, testInfo) => {
	const tender = await insertOpenTender()
	const supplier = await insertUser({ role: 'supplier' })
	await signInAs(page, supplier)
	await startMatrix(page, tender.tenderId)
	const matrixUrl = page.url().split('?')[0]!
	const { Commitments, Milestones } = await fetchMatrix(page, matrixUrl)
	const hours = rowOf(Commitments, 'JOB-2')
	hours[5] = 'lots'
	hours[11] = 'jo at brightstart'
	const milestones: Rows = [Milestones[0]!, ['JOB-2', '', '31/02/2028', 100]]
	const file = await saveWorkbook(testInfo.outputPath('mistakes.xlsx'), { Commitments, Milestones: milestones })

	await page.goto(`${matrixUrl}/upload`)
	await page.getByLabel('Upload a file').setInputFiles(file)
	await page.getByRole('button', { name: 'Upload spreadsheet' }).click()

	await expect(page.locator('.govuk-error-summary')).toBeFocused()
	const summary = page.getByRole('alert')
	await expect(summary).toContainText('mistakes.xlsx was not uploaded: nothing in your matrix has changed.')
	await expect(summary).toContainText(
		'Commitments, row 5, column F (Quantity): Quantity must be a number, like 250 or 12.5',
	)
	await expect(summary).toContainText(
		'Commitments, row 5, column L (Responsible person: email): Enter an email address in the correct format',
	)
	await expect(summary).toContainText(
		'Milestones, row 2, column C (Milestone date): Enter a real date for milestone 1, like 31/03/2028',
	)
	await expect(page).toHaveTitle(/^Error: Upload your matrix from a spreadsheet/)
	await expect(page.getByRole('table', { name: 'Problems in the file' })).toContainText('Quantity must be a number')
	await expectNoAxeViolations(page)

	await page.goto(matrixUrl)
	await expect(page.getByText('You have completed 0 of 2 measures.')).toBeVisible()
	await expect(page.getByText('Not started')).toHaveCount(2)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('the upload is a plain form', async ({ page }, testInfo) => {
		const tender = await insertOpenTender()
		const supplier = await insertUser({ role: 'supplier' })
		await signInAs(page, supplier)
		await startMatrix(page, tender.tenderId)
		const matrixUrl = page.url().split('?')[0]!
		const { Commitments, Milestones } = await fetchMatrix(page, matrixUrl)
		rowOf(Commitments, 'ENV-2')[6] = 'A waste plan'
		const file = await saveWorkbook(testInfo.outputPath('half-filled.xlsx'), { Commitments, Milestones })

		await page.getByRole('link', { name: 'upload the spreadsheet' }).click()
		await page.getByRole('button', { name: 'Upload spreadsheet' }).click()
		await expect(page.getByRole('alert')).toContainText('Select the spreadsheet to upload')
		await page.getByLabel('Upload a file').setInputFiles(file)
		await page.getByRole('button', { name: 'Upload spreadsheet' }).click()
		await expect(page.getByText('Spreadsheet uploaded.')).toBeVisible()
		await expect(page.getByText('In progress')).toBeVisible()
	})
})

test('another organisation’s supplier can neither download nor upload it', async ({ page }) => {
	const tender = await insertOpenTender()
	const owner = await insertUser({ role: 'supplier' })
	const outsider = await insertUser({ role: 'supplier' })
	await signInAs(page, owner)
	await startMatrix(page, tender.tenderId)
	const matrixUrl = page.url().split('?')[0]!
	expect((await page.request.get(`${matrixUrl}/spreadsheet`)).status()).toBe(200)

	await page.context().clearCookies()
	await signInAs(page, outsider)
	expect((await page.request.get(`${matrixUrl}/spreadsheet`)).status()).toBe(404)
	expect((await page.goto(`${matrixUrl}/upload`))?.status()).toBe(404)
	const post = await page.request.post(`${matrixUrl}/upload`, {
		multipart: {
			version: '1',
			file: {
				name: 'x.xlsx',
				mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				buffer: Buffer.from('PK'),
			},
		},
		headers: { Origin: new URL(matrixUrl).origin },
		maxRedirects: 0,
	})
	expect(post.status()).toBe(404)
})

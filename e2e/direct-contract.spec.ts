import type { Locator, Page } from '@playwright/test'
import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node'
import {
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	openRegisterListing,
	sampleContent,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'

type Rows = Array<Array<string | number | boolean | Date | null>>

async function typeDate(group: Locator, day: string, month: string, year: string) {
	await group.getByLabel('Day').fill(day)
	await group.getByLabel('Month').fill(month)
	await group.getByLabel('Year').fill(year)
}

/** The draft's spreadsheet fetched with the page's session, as its rows by sheet. */
async function fetchCommitments(page: Page, draftUrl: string) {
	const response = await page.request.get(`${draftUrl}/spreadsheet`)
	expect(response.status()).toBe(200)
	const sheets = await readXlsxFile(Buffer.from(await response.body()))
	const rows = (name: string) => sheets.find((sheet) => sheet.sheet === name)!.data as unknown as Rows
	return { Commitments: rows('Commitments'), Milestones: rows('Milestones') }
}

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

test('a manager records a contract for a new supplier, types and uploads its commitments, and confirms it', async ({
	page,
}, testInfo) => {
	test.setTimeout(90_000)
	await insertPublishedEdition(sampleContent)
	const manager = await insertUser({ role: 'contract_manager' })
	const unique = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`
	const reference = `DC/${unique}`
	const title = `Parks maintenance ${unique}`
	const contactEmail = `sam.${unique}@greenways.example`
	await signInAs(page, manager)

	await page.goto('/manage')
	await page.getByRole('button', { name: 'Record a contract' }).click()
	await expect(page.getByRole('heading', { name: 'Record a contract' })).toBeVisible()
	await expect(page.getByText('Financial years start in April (council setting).')).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByLabel('Contract reference').fill(reference)
	await page.getByLabel('Contract title').fill(title)
	await page.getByLabel('Supplier', { exact: true }).selectOption({ label: 'A new supplier (enter its details below)' })
	await page.getByLabel('Organisation name').fill(`Greenways ${unique}`)
	await page.getByLabel('Type of organisation').selectOption({ label: 'Small or medium-sized enterprise (SME)' })
	await page.getByLabel('Contact’s full name').fill('Sam Green')
	await page.getByLabel('Contact’s email address').fill(contactEmail)
	await page.getByLabel('Contract value').fill('250000')
	await typeDate(page.getByRole('group', { name: 'Contract start' }), '1', '4', '2027')
	await typeDate(page.getByRole('group', { name: 'Contract end' }), '31', '3', '2029')
	await page.getByRole('checkbox', { name: /^JOB-2:/ }).check()
	await page.getByRole('checkbox', { name: /^ENV-2:/ }).check()
	await page.getByRole('button', { name: 'Save and enter the commitments' }).click()

	await expect(page.getByText('Contract details saved.')).toBeVisible()
	await expect(page.getByRole('heading', { name: `Record a contract: ${title}` })).toBeVisible()
	await expect(page.getByText('You have completed 0 of 2 commitments.')).toBeVisible()
	await expectNoAxeViolations(page)
	const draftUrl = page.url().split('?')[0]!

	// One commitment typed on screen.
	await page.getByRole('link', { name: /^JOB-2:/ }).click()
	await expectNoAxeViolations(page)
	await page.getByLabel('Quantity the supplier commits to over the contract').fill('200')
	await typeDate(page.getByRole('group', { name: 'Milestone 1 date' }), '31', '3', '2028')
	await page.getByLabel('Milestone 1 running total').fill('100')
	await typeDate(page.getByRole('group', { name: 'Milestone 2 date' }), '31', '3', '2029')
	await page.getByLabel('Milestone 2 running total').fill('200')
	await page.getByLabel('Full name', { exact: true }).fill('Jo Baker')
	await page.getByLabel('Role', { exact: true }).fill('Community lead')
	await page.getByLabel('Email address', { exact: true }).fill('jo@greenways.example')
	await page.getByLabel('Method statement').fill('Our gardeners give two days a month to local charities.')
	await page.getByRole('button', { name: 'Save and return to the contract' }).click()
	await expect(page.getByText('You have completed 1 of 2 commitments.')).toBeVisible()

	// The other from the supplier's matrix spreadsheet: first with a mistake, then fixed.
	const { Commitments, Milestones } = await fetchCommitments(page, draftUrl)
	const plan = rowOf(Commitments, 'ENV-2')
	plan.splice(
		5,
		8,
		null,
		'A waste plan reviewed every quarter',
		'No',
		null,
		'Jo Baker',
		'Operations manager',
		'jo at greenways',
		'We will separate waste on every site.',
	)
	const mistakes = await saveWorkbook(testInfo.outputPath('mistakes.xlsx'), { Commitments, Milestones })
	await page.getByRole('link', { name: 'upload commitments from a spreadsheet' }).click()
	await expect(page.getByRole('heading', { name: 'Upload commitments from a spreadsheet' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Upload a file').setInputFiles(mistakes)
	await page.getByRole('button', { name: 'Upload spreadsheet' }).click()
	await expectErrorSummaryFocused(page)
	await expect(page.getByRole('alert')).toContainText('nothing in the contract’s commitments has changed')
	const problems = page.getByRole('table', { name: 'Problems in the file' })
	await expect(problems).toContainText('Commitments')
	await expect(problems).toContainText('email')
	await expectNoAxeViolations(page)

	plan[11] = 'jo@greenways.example'
	const fixed = await saveWorkbook(testInfo.outputPath('fixed.xlsx'), { Commitments, Milestones })
	await page.getByLabel('Upload a file').setInputFiles(fixed)
	await page.getByRole('button', { name: 'Upload spreadsheet' }).click()
	await expect(page.getByText('Spreadsheet uploaded.')).toBeVisible()
	await expect(page.getByText('You have completed 2 of 2 commitments.')).toBeVisible()
	// 200 expert hours × £101.00
	await expect(page.getByRole('table', { name: 'Social value committed' })).toContainText('£20,200.00')

	await page.getByRole('button', { name: 'Check and confirm' }).click()
	await expect(page.getByRole('heading', { name: 'Check the contract before confirming it' })).toBeVisible()
	await expect(page.getByText(`${contactEmail} is invited to claim the organisation.`)).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Confirm contract' }).click()

	await expect(page.getByText('Contract recorded.')).toBeVisible()
	await expect(page).toHaveURL(/\/contracts\/\d+/)
	await expect(page.getByRole('heading', { name: title })).toBeVisible()
	await expect(page.getByText('Expert advice hours for local charities').first()).toBeVisible()
	await expect(page.getByText('A waste plan reviewed every quarter').first()).toBeVisible()
	expect(await openRegisterListing(page, title)).toBe(true)

	const invitation = await waitForEmail(contactEmail, { subject: /invited/ })
	expect(invitation.text).toContain('accept-invitation')
})

test('recording a contract works without JavaScript, and the draft is nobody else’s to see', async ({ browser }) => {
	await insertPublishedEdition(sampleContent)
	const manager = await insertUser({ role: 'contract_manager' })
	const other = await insertUser({ role: 'contract_manager' })
	const supplier = await insertUser({ role: 'supplier' })
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await signInAs(page, manager)
	const unique = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`

	await page.goto('/manage/contracts/new')
	await page.getByRole('button', { name: 'Save and enter the commitments' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter a reference')
	await expect(page.getByRole('alert')).toContainText('Select the supplier')

	await page.getByLabel('Contract reference').fill(`DCN/${unique}`)
	await page.getByLabel('Contract title').fill(`No script ${unique}`)
	await page.getByLabel('Supplier', { exact: true }).selectOption({ value: String(supplier.organisationId) })
	await page.getByLabel('Contract value').fill('1000')
	await typeDate(page.getByRole('group', { name: 'Contract start' }), '1', '4', '2027')
	await typeDate(page.getByRole('group', { name: 'Contract end' }), '31', '3', '2028')
	await page.getByRole('checkbox', { name: /^ENV-2:/ }).check()
	await page.getByRole('button', { name: 'Save and enter the commitments' }).click()
	await expect(page.getByText('You have completed 0 of 1 commitment.')).toBeVisible()
	const draftUrl = page.url().split('?')[0]!

	await page.getByRole('link', { name: /^ENV-2:/ }).click()
	await page.getByLabel('What the supplier commits to').fill('Recycle everything')
	await page.getByRole('button', { name: 'Save and return to the contract' }).click()
	await expect(page.getByText('Saved.')).toBeVisible()

	// The manager finds it again from their home page, and nobody else sees it anywhere.
	await page.goto('/manage')
	await page
		.getByRole('table', { name: 'Contracts being recorded' })
		.getByRole('link', { name: `DCN/${unique}: No script ${unique}` })
		.click()
	await expect(page.getByRole('heading', { name: `Record a contract: No script ${unique}` })).toBeVisible()
	for (const stranger of [other, supplier]) {
		const strangerContext = await browser.newContext()
		const strangerPage = await strangerContext.newPage()
		await signInAs(strangerPage, stranger)
		const response = await strangerPage.goto(draftUrl)
		expect(response?.status()).toBe(403)
		await strangerContext.close()
	}

	await page.getByRole('button', { name: 'Discard this contract' }).click()
	await expect(page.getByText('The contract you were recording has been discarded.')).toBeVisible()
	await context.close()
})

import fs from 'node:fs'
import { like } from 'drizzle-orm'
import readXlsxFile from 'read-excel-file/node'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { contracts, organisations } from '#db/schema.ts'
import { runReminders } from '#app/lib/reminders.server.ts'
import { importWorkbook, sampleImport } from '#tests/contract-import-fixture.ts'
import {
	expect,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	openRegisterListing,
	sampleContent,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'

test('an administrator imports live contracts: mistakes refused whole, then previewed and confirmed', async ({
	page,
}, testInfo) => {
	test.setTimeout(90_000)
	const admin = await insertUser({ role: 'admin' })
	const edition = await insertPublishedEdition(sampleContent)
	const prefix = `E2E${Date.now().toString(36).toUpperCase()}`
	const registrationNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999))
	const known = createOrganisation(db, { kind: 'supplier', name: `${prefix} Known Ltd`, registrationNumber })
	const file = sampleImport(
		{ editionName: edition.name, managerEmail: admin.email, hoursCode: 'JOB-2', textCode: 'ENV-2', prefix },
		{ name: known.name, registrationNumber },
	)
	await signInAs(page, admin)

	await page.goto('/manage')
	await page.getByRole('link', { name: 'Import contracts from a spreadsheet' }).click()
	await expect(page.getByRole('heading', { name: 'Import contracts from a spreadsheet' })).toBeVisible()
	await expectNoAxeViolations(page)
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'an Excel workbook' }).click(),
	])
	expect(download.suggestedFilename()).toBe('contracts-import-template.xlsx')
	const template = await readXlsxFile(await download.path())
	expect(template.map((sheet) => sheet.sheet)).toEqual(['Contracts', 'Commitments', 'Milestones', 'Delivery'])
	expect(template[1]!.data[0]!.slice(0, 3)).toEqual(['Contract reference', 'Measure code', 'Quantity'])
	expect(template[1]!.data).toHaveLength(2)

	// A quantity in words and a milestone after the contract ends.
	const mistakes = structuredClone(file)
	mistakes.Commitments![3]![2] = 'two hundred'
	mistakes.Milestones![2]![2] = '31/03/2028'
	const mistakesPath = testInfo.outputPath('mistakes.xlsx')
	fs.writeFileSync(mistakesPath, await importWorkbook(mistakes))
	await page.getByLabel('Upload the workbook').setInputFiles(mistakesPath)
	await page.getByRole('button', { name: 'Upload and check' }).click()
	const summary = page.getByRole('alert')
	await expect(summary).toContainText('mistakes.xlsx was not imported: nothing has been created.')
	await expect(summary).toContainText(
		'Commitments, row 4, column C (Quantity): Quantity must be a number, like 250 or 12.5',
	)
	await expect(summary).toContainText(
		'Milestones, row 3, column C (Milestone date): Milestone date must be within the contract, from 1 April 2025 to 31 March 2027',
	)
	const problems = page.getByRole('table', { name: 'Problems in the file' })
	await expect(problems.getByRole('row')).toHaveCount(3)
	await expectNoAxeViolations(page)
	expect(
		db
			.select()
			.from(contracts)
			.where(like(contracts.reference, `${prefix}-%`))
			.all(),
	).toEqual([])
	expect(
		db
			.select()
			.from(organisations)
			.where(like(organisations.name, `${prefix} Fresh%`))
			.all(),
	).toEqual([])

	const fixedPath = testInfo.outputPath('contracts.xlsx')
	fs.writeFileSync(fixedPath, await importWorkbook(file))
	await page.getByLabel('Upload the workbook').setInputFiles(fixedPath)
	await page.getByRole('button', { name: 'Upload and check' }).click()
	await expect(page.getByRole('heading', { name: 'Check what the import will create' })).toBeVisible()
	await expect(page.locator('.govuk-summary-list')).toContainText('Contracts3')
	const suppliers = page.getByRole('table', { name: 'Supplier organisations' })
	await expect(suppliers).toContainText(`Matched to ${known.name} by registration number`)
	await expect(suppliers).toContainText(
		`New: Ada Lovelace (ada@${prefix.toLowerCase()}-fresh.example) is invited to claim it`,
	)
	await expect(page.getByRole('table', { name: 'Contracts' })).toContainText(`${prefix}-3`)
	await expectNoAxeViolations(page)
	expect(
		db
			.select()
			.from(contracts)
			.where(like(contracts.reference, `${prefix}-%`))
			.all(),
	).toEqual([])

	await page.getByRole('button', { name: 'Import 3 contracts' }).click()
	await expect(page.getByText('Contracts imported.')).toBeVisible()
	expect(
		db
			.select()
			.from(contracts)
			.where(like(contracts.reference, `${prefix}-%`))
			.all(),
	).toHaveLength(3)
	expect(await openRegisterListing(page, `${prefix} contract 1`)).toBe(true)
	await page.getByRole('link', { name: `${prefix} contract 1`, exact: true }).click()
	await expect(page.getByRole('heading', { name: `${prefix} contract 1` })).toBeVisible()
	// Its past delivery is shown as imported, and its history says how it came in.
	const periods = page.getByRole('table', { name: 'Reporting periods' })
	await expect(periods.getByRole('row', { name: /H1 2025\/26/ })).toContainText('Approved Imported')
	await expect(periods.getByRole('row', { name: /H1 2026\/27/ })).not.toContainText('Imported')
	await expect(page.getByRole('table', { name: 'History' })).toContainText('Imported from contracts.xlsx')
	await expectNoAxeViolations(page)
})

test('the sheets can be uploaded as CSV files instead of a workbook', async ({ page }, testInfo) => {
	const admin = await insertUser({ role: 'admin' })
	const edition = await insertPublishedEdition(sampleContent)
	const prefix = `CSV${Date.now().toString(36).toUpperCase()}`
	const registrationNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999))
	const known = createOrganisation(db, { kind: 'supplier', name: `${prefix} Known Ltd`, registrationNumber })
	const file = sampleImport(
		{ editionName: edition.name, managerEmail: admin.email, hoursCode: 'JOB-2', textCode: 'ENV-2', prefix },
		{ name: known.name, registrationNumber },
	)
	const saved = (sheet: keyof typeof file) => {
		const csvPath = testInfo.outputPath(`${sheet}.csv`)
		const cell = (value: unknown) =>
			value instanceof Date ? value.toISOString().slice(0, 10) : `"${String(value ?? '').replace(/"/g, '""')}"`
		fs.writeFileSync(csvPath, file[sheet]!.map((row) => row.map(cell).join(',')).join('\r\n'))
		return csvPath
	}
	await signInAs(page, admin)
	await page.goto('/admin/contracts/import')
	await page.getByText('Upload CSV files instead').click()
	await page.getByLabel('Contracts', { exact: true }).setInputFiles(saved('Contracts'))
	await page.getByLabel('Commitments', { exact: true }).setInputFiles(saved('Commitments'))
	await page.getByLabel('Milestones', { exact: true }).setInputFiles(saved('Milestones'))
	await page.getByLabel('Delivery (optional)').setInputFiles(saved('Delivery'))
	await page.getByRole('button', { name: 'Upload and check' }).click()
	await expect(page.getByRole('heading', { name: 'Check what the import will create' })).toBeVisible()
	await expect(page.locator('.govuk-summary-list')).toContainText('Past returns, approved and marked imported6')
	await page.getByRole('button', { name: 'Discard the file' }).click()
	await expect(page.getByRole('heading', { name: 'Import contracts from a spreadsheet' })).toBeVisible()
	expect(
		db
			.select()
			.from(contracts)
			.where(like(contracts.reference, `${prefix}-%`))
			.all(),
	).toEqual([])
})

test('imported contracts get their reminders and take their next returns like any other', async ({
	page,
}, testInfo) => {
	test.setTimeout(90_000)
	const admin = await insertUser({ role: 'admin' })
	const edition = await insertPublishedEdition(sampleContent)
	const prefix = `E2R${Date.now().toString(36).toUpperCase()}`
	const registrationNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999))
	const known = createOrganisation(db, { kind: 'supplier', name: `${prefix} Known Ltd`, registrationNumber })
	const supplier = await insertUser({ role: 'supplier', organisationId: known.id })
	const file = sampleImport(
		{ editionName: edition.name, managerEmail: admin.email, hoursCode: 'JOB-2', textCode: 'ENV-2', prefix },
		{ name: known.name, registrationNumber },
	)
	const filePath = testInfo.outputPath('contracts.xlsx')
	fs.writeFileSync(filePath, await importWorkbook(file))
	await signInAs(page, admin)
	await page.goto('/admin/contracts/import')
	await page.getByLabel('Upload the workbook').setInputFiles(filePath)
	await page.getByRole('button', { name: 'Upload and check' }).click()
	await page.getByRole('button', { name: 'Import 3 contracts' }).click()
	await expect(page.getByText('Contracts imported.')).toBeVisible()

	// The half-year after the imported delivery is overdue: its supplier is reminded, and so is
	// the invited contact of the new organisation nobody has claimed yet.
	const since = Date.now()
	runReminders(Date.now())
	await waitForEmail(supplier.email, {
		subject: new RegExp(`^Progress return overdue by \\d+ days: ${prefix}-3, H1 2026/27$`),
		since,
	})
	await waitForEmail(`ada@${prefix.toLowerCase()}-fresh.example`, {
		subject: new RegExp(`^Progress return overdue by \\d+ days: ${prefix}-1, H1 2026/27$`),
		since,
	})

	await signInAs(page, supplier)
	await page.goto('/your-contracts')
	await page.getByRole('link', { name: `${prefix} contract 3` }).click()
	await page.getByRole('button', { name: 'Start the H1 2026/27 return' }).click()
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2026/27' })).toBeVisible()
	await page.getByLabel('Nothing to report for this period').check()
	await page.getByLabel('Why there is nothing to report').fill('The library was closed for repairs.')
	await page.getByRole('button', { name: 'Save' }).click()
	await expect(page.getByText('Saved.')).toBeVisible()
	await page.getByRole('button', { name: 'Check your answers and submit' }).click()
	await page.getByRole('button', { name: 'Submit return' }).click()
	await expect(page.getByText('Return submitted.')).toBeVisible()
	await expectNoAxeViolations(page)
})

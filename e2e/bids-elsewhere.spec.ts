import type { Page } from '@playwright/test'
import { and, eq } from 'drizzle-orm'
import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { matrices, organisations, tenders } from '#db/schema.ts'
import { fillDate } from './date-input.ts'
import {
	expect,
	expectNoAxeViolations,
	firstLink,
	insertOpenTender,
	insertPublishedEdition,
	insertUser,
	openOpportunitiesListing,
	openRegisterListing,
	sampleContent,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'

/** A tender run in the council's e-tendering suite: its manager enters each bidder's matrix, then decides and awards. */

type Rows = Array<Array<string | number | boolean | Date | null>>

function isoDate(daysFromNow: number) {
	return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10)
}

function rowOf(rows: Rows, code: string) {
	const row = rows.find((cells) => cells[0] === code)
	if (!row) throw new Error(`No row for ${code}`)
	return row
}

/** The blank workbook filled in as a bidder would, saved as a real .xlsx; `quantity` may be a mistake. */
async function bidderFile(path: string, blank: Record<string, Rows>, quantity: number | string, who: string) {
	const commitments = blank.Commitments!.map((row) => [...row])
	rowOf(commitments, 'JOB-2').splice(
		5,
		8,
		quantity,
		null,
		'No',
		null,
		who,
		'Community lead',
		'lead@bidder.example',
		`${who} gives expert hours to local charities.`,
	)
	rowOf(commitments, 'ENV-2').splice(
		5,
		8,
		null,
		'A waste plan reviewed every quarter',
		'No',
		null,
		who,
		'Operations manager',
		'lead@bidder.example',
		'We will separate waste on every site.',
	)
	const total = typeof quantity === 'number' ? quantity : 200
	const milestones: Rows = [
		blank.Milestones![0]!,
		['JOB-2', '', new Date(`${isoDate(400)}T00:00:00Z`), total / 2],
		['JOB-2', '', new Date(`${isoDate(800)}T00:00:00Z`), total],
	]
	await writeXlsxFile(
		Object.entries({ Commitments: commitments, Milestones: milestones }).map(([sheet, rows]) => ({
			sheet,
			data: rows.map((row) =>
				row.map((cell): Cell => (cell instanceof Date ? { value: cell, type: Date, format: 'dd/mm/yyyy' } : cell)),
			) as SheetData,
		})),
	).toFile(path)
	return path
}

async function chooseFileAndDeclare(page: Page, file: string) {
	await page.getByLabel('The bidder made the ethical sourcing declarations in their tender response').check()
	await page.getByLabel('The bidder’s matrix spreadsheet').setInputFiles(file)
}

test('a tender run elsewhere: the manager enters each bidder’s matrix, reviews, scores, approves and awards', async ({
	page,
	browser,
}, testInfo) => {
	test.setTimeout(150_000)
	await insertPublishedEdition(sampleContent)
	const manager = await insertUser({ role: 'contract_manager', name: 'Robin Officer' })
	const known = createOrganisation(db, { kind: 'supplier', name: `Established Bidder Ltd ${Date.now()}` })
	const newcomer = `Newcomer Community Interest Company ${Date.now()}`
	const contactEmail = `sam.${Date.now()}@newcomer.example`
	const reference = `ELSE/${Date.now()}`
	const title = `Street cleaning ${Date.now()}`
	await signInAs(page, manager)

	// The tender says its bids go to another system.
	await page.goto('/manage/tenders/new')
	await page.getByLabel('Reference').fill(reference)
	await page.getByLabel('Title').fill(title)
	await page.getByLabel('Estimated contract value').fill('250000')
	await fillDate(page, 'Expected contract start', isoDate(90))
	await fillDate(page, 'Expected contract end', isoDate(900))
	await fillDate(page, 'Submission deadline date', isoDate(30))
	await page.getByLabel('Submission deadline time').fill('12:00')
	await page.getByLabel('Received in another system').check()
	await page.getByLabel('JOB-2: Expert advice hours for local charities').check()
	await page.getByLabel('ENV-2: How you will cut waste').check()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Save tender' }).click()
	await expect(page.getByText('Tender saved.')).toBeVisible()
	await page.getByRole('button', { name: 'Publish tender' }).click()
	await expect(page.getByText('Tender published.')).toBeVisible()
	await expect(
		page.getByText('Bids received elsewhere: the contract manager enters each bidder’s matrix'),
	).toBeVisible()
	await expect(page.getByText('No bids have been entered yet.')).toBeVisible()
	await expectNoAxeViolations(page)
	const tenderPage = page.url().split('?')[0]!
	const tenderId = Number(tenderPage.match(/tenders\/(\d+)/)![1])

	// It is not an opportunity: not listed, and its page says where bids go.
	const visitorContext = await browser.newContext()
	const visitor = await visitorContext.newPage()
	expect(await openOpportunitiesListing(visitor, title)).toBe(false)
	await visitor.goto(`/opportunities/${tenderId}`)
	await expect(visitor.getByText(/Bids for this tender are not made in this portal/)).toBeVisible()
	await expectNoAxeViolations(visitor)
	await visitorContext.close()

	// The blank workbook to send to bidders.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'download the blank matrix spreadsheet' }).click(),
	])
	expect(download.suggestedFilename()).toMatch(/^ELSE-.+-social-value-matrix\.xlsx$/)
	const sheets = await readXlsxFile(await download.path())
	const blank = Object.fromEntries(sheets.map((sheet) => [sheet.sheet, sheet.data as unknown as Rows]))
	// No answers: the quantity, the responsible person and the method statement are empty.
	const blankRow = rowOf(blank.Commitments!, 'JOB-2')
	expect([blankRow[5], blankRow[9], blankRow[12]]).toEqual([null, null, null])

	// A file with a mistake is refused cell by cell, and nothing is entered.
	await page.getByRole('button', { name: 'Add a bidder’s matrix' }).click()
	await expect(page.getByRole('heading', { name: 'Add a bidder’s matrix' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('A supplier already in the portal').check()
	await page.getByLabel('The bidder’s organisation').selectOption({ label: known.name })
	await chooseFileAndDeclare(page, await bidderFile(testInfo.outputPath('mistake.xlsx'), blank, 'lots', 'Jo Baker'))
	await page.getByRole('button', { name: 'Add matrix' }).click()
	await expect(page.locator('.govuk-error-summary')).toBeFocused()
	await expect(page.getByRole('alert')).toContainText('mistake.xlsx was not entered: nothing has changed.')
	const problems = page.getByRole('table', { name: 'Problems in the file' })
	await expect(problems).toContainText('Commitments')
	await expect(problems).toContainText('Quantity must be a number')
	await expectNoAxeViolations(page)
	expect(db.select().from(matrices).where(eq(matrices.tenderId, tenderId)).all()).toHaveLength(0)

	// Fixed, it is entered as submitted, in the manager's name.
	await page.getByLabel('A supplier already in the portal').check()
	await page.getByLabel('The bidder’s organisation').selectOption({ label: known.name })
	await chooseFileAndDeclare(page, await bidderFile(testInfo.outputPath('fixed.xlsx'), blank, 200, 'Jo Baker'))
	await page.getByRole('button', { name: 'Add matrix' }).click()
	await expect(page.getByText('Bidder’s matrix entered as submitted, in your name.')).toBeVisible()
	const entered = page.getByRole('table', { name: 'Bids entered' })
	await expect(entered).toContainText(known.name)
	await expect(entered).toContainText('Robin Officer')

	// A second bidder, new to the portal.
	await page.getByRole('button', { name: 'Add a bidder’s matrix' }).click()
	await page.getByLabel('A supplier new to the portal').check()
	await page.getByLabel('Organisation name').fill(newcomer)
	await page.getByLabel('Small or medium-sized enterprise (SME)').check()
	await page.getByLabel('Companies House or charity number (optional)').fill('CE123456')
	await page.getByLabel('Contact name').fill('Sam Newcomer')
	await page.getByLabel('Contact email address').fill(contactEmail)
	await chooseFileAndDeclare(page, await bidderFile(testInfo.outputPath('second.xlsx'), blank, 150, 'Sam Newcomer'))
	await page.getByRole('button', { name: 'Add matrix' }).click()
	await expect(page.getByText('Bidder’s matrix entered as submitted, in your name.')).toBeVisible()
	await expect(entered).toContainText(newcomer)
	await expectNoAxeViolations(page)

	// The new bidder's contact claims the organisation and sees who entered its matrix, which it cannot withdraw.
	const invitation = await waitForEmail(contactEmail, { subject: /invited/ })
	const bidderContext = await browser.newContext()
	const bidder = await bidderContext.newPage()
	await bidder.goto(firstLink(invitation.text))
	await bidder.getByLabel('New password', { exact: true }).fill('sam bids through the suite')
	await bidder.getByLabel('Confirm new password').fill('sam bids through the suite')
	await bidder.getByRole('button', { name: 'Create account' }).click()
	await expect(bidder.getByText('Your account is set up')).toBeVisible()
	const newcomerMatrix = db
		.select({ id: matrices.id })
		.from(matrices)
		.innerJoin(organisations, eq(organisations.id, matrices.organisationId))
		.where(and(eq(matrices.tenderId, tenderId), eq(organisations.name, newcomer)))
		.get()!
	await bidder.goto(`/matrices/${newcomerMatrix.id}`)
	await expect(bidder.getByText(`Entered by Robin Officer for ${newcomer}, from the bid`)).toBeVisible()
	await expect(bidder.getByRole('button', { name: /Withdraw/ })).toHaveCount(0)
	await expectNoAxeViolations(bidder)
	await bidderContext.close()

	// The deadline passes: the bids are reviewed, scored, approved and awarded as any others.
	db.update(tenders)
		.set({ deadlineAt: Date.now() - 1000 })
		.where(eq(tenders.id, tenderId))
		.run()
	await page.goto(tenderPage)
	await page.getByRole('link', { name: 'Review and compare the matrices' }).click()
	const comparison = page.getByRole('table', { name: 'Comparison' })
	await expect(comparison).toContainText(known.name)
	await expect(comparison).toContainText(newcomer)
	await page.getByRole('link', { name: known.name }).click()
	await expect(page.getByText(`Entered by Robin Officer for ${known.name}, from the bid`)).toBeVisible()
	await expect(page.getByRole('table', { name: 'History' })).toContainText(`Entered by Robin Officer for ${known.name}`)
	await expectNoAxeViolations(page)
	await page.getByLabel('Quality of the method statements, from 0 to 100').fill('80')
	await page.getByRole('button', { name: 'Save score' }).click()
	await expect(page.getByText('Quality score saved.')).toBeVisible()
	await page.getByRole('button', { name: 'Approve matrix' }).click()
	await expect(page.getByText('Status: Approved')).toBeVisible()
	await page.getByRole('button', { name: `Award the contract to ${known.name}` }).click()
	await fillDate(page, 'Contract end', isoDate(900))
	await page.getByLabel('Contract value').fill('240000')
	await page.getByLabel('Contract reference').fill(`${reference}-C`)
	await page.getByRole('button', { name: 'Award contract' }).click()
	await expect(page.getByText('Contract awarded.')).toBeVisible()

	// Once awarded, no more bids can be entered.
	await page.goto(tenderPage)
	await expect(page.getByRole('button', { name: 'Add a bidder’s matrix' })).toHaveCount(0)

	const publicContext = await browser.newContext()
	const reader = await publicContext.newPage()
	expect(await openRegisterListing(reader, title)).toBe(true)
	await publicContext.close()
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a bidder’s matrix is entered with a plain HTML form, and a file with a mistake changes nothing', async ({
		page,
	}, testInfo) => {
		const tender = await insertOpenTender(`Grounds care ${Date.now()}`)
		db.update(tenders).set({ bidding: 'elsewhere' }).where(eq(tenders.id, tender.tenderId)).run()
		await signInAs(page, tender.manager)
		const template = await page.request.get(`/manage/tenders/${tender.tenderId}/matrix-template`)
		expect(template.status()).toBe(200)
		const sheets = await readXlsxFile(Buffer.from(await template.body()))
		const blank = Object.fromEntries(sheets.map((sheet) => [sheet.sheet, sheet.data as unknown as Rows]))

		await page.goto(`/manage/tenders/${tender.tenderId}/bids/new`)
		const bidderName = `Plain Form Bidder ${Date.now()}`
		const fill = async (file: string) => {
			await page.getByLabel('A supplier new to the portal').check()
			await page.getByLabel('Organisation name').fill(bidderName)
			await page.getByLabel('Micro business').check()
			await page.getByLabel('Contact name').fill('Pat Plain')
			await page.getByLabel('Contact email address').fill(`pat.${Date.now()}@plain.example`)
			await chooseFileAndDeclare(page, file)
			await page.getByRole('button', { name: 'Add matrix' }).click()
		}
		await fill(await bidderFile(testInfo.outputPath('mistake.xlsx'), blank, -5, 'Pat Plain'))
		await expect(page.getByRole('alert')).toContainText('mistake.xlsx was not entered: nothing has changed.')
		await expect(page.getByRole('table', { name: 'Problems in the file' })).toBeVisible()
		expect(db.select().from(organisations).where(eq(organisations.name, bidderName)).all()).toHaveLength(0)
		await fill(await bidderFile(testInfo.outputPath('fixed.xlsx'), blank, 120, 'Pat Plain'))
		await expect(page.getByText('Bidder’s matrix entered as submitted, in your name.')).toBeVisible()
		await expect(page.getByRole('table', { name: 'Bids entered' })).toContainText(bidderName)

		// The same organisation is never added twice: the manager is told to choose it instead.
		await page.goto(`/manage/tenders/${tender.tenderId}/bids/new`)
		await fill(await bidderFile(testInfo.outputPath('again.xlsx'), blank, 120, 'Pat Plain'))
		await expect(page.getByRole('alert')).toContainText(`${bidderName} is already a supplier here: choose it instead`)
		expect(db.select().from(organisations).where(eq(organisations.name, bidderName)).all()).toHaveLength(1)
	})
})

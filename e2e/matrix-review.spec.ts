import { eq } from 'drizzle-orm'
import { db as database } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { matrices, matrixEvents, matrixLines, tenderMeasures, tenders } from '#db/schema.ts'
import { loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { fillDate } from './date-input.ts'
import {
	expect,
	expectNoAxeViolations,
	insertOpenTender,
	insertPublishedEdition,
	insertUser,
	openRegisterListing,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'
import { confirmAndSubmit, startFillAndSubmit } from './matrix-journey.ts'

/** The council's side of a matrix: comparing, scoring, commenting, deciding and awarding. */

test('from an open tender to an award: compare, score, comment, ask for changes, approve the resubmission, award', async ({
	page,
	browser,
}) => {
	test.setTimeout(150_000)
	const tender = await insertOpenTender()
	const organisation = createOrganisation(database, { kind: 'supplier', name: `Reviewed Ltd ${Date.now()}` })
	const supplier = await insertUser({ role: 'supplier', organisationId: organisation.id })
	await signInAs(page, supplier)
	await startFillAndSubmit(page, tender.tenderId)
	const rivalContext = await browser.newContext()
	const rival = await rivalContext.newPage()
	const rivalOrganisation = createOrganisation(database, { kind: 'supplier', name: `Rival Co ${Date.now()}` })
	const rivalSupplier = await insertUser({ role: 'supplier', organisationId: rivalOrganisation.id })
	await signInAs(rival, rivalSupplier)
	await startFillAndSubmit(rival, tender.tenderId)

	// The deadline passes.
	database
		.update(tenders)
		.set({ deadlineAt: Date.now() - 1000 })
		.where(eq(tenders.id, tender.tenderId))
		.run()

	const managerContext = await browser.newContext()
	const manager = await managerContext.newPage()
	await signInAs(manager, tender.manager)
	await manager.goto(`/manage/tenders/${tender.tenderId}`)
	await manager.getByRole('link', { name: 'Review and compare the matrices' }).click()
	await expect(manager.getByRole('table', { name: 'Comparison' })).toContainText('£20,200.00')
	await expect(manager.getByText('The highest total social value offered gets full marks')).toBeVisible()
	await expectNoAxeViolations(manager)
	const csv = await manager.request.get(`/manage/tenders/${tender.tenderId}/matrices/export/csv`)
	expect(csv.status()).toBe(200)
	expect(await csv.text()).toContain(`${organisation.name},Submitted,20200`)
	await manager.getByRole('link', { name: organisation.name }).click()
	await expect(manager.getByText('Our accountants give two days a month to local charities.')).toBeVisible()
	await expectNoAxeViolations(manager)

	// Each line's button says which line it comments on.
	await expect(manager.getByRole('button', { name: 'Add comment on ENV-2', exact: true })).toBeVisible()
	await manager.getByRole('button', { name: 'Add comment on JOB-2', exact: true }).click()
	await expect(manager.getByRole('alert')).toContainText('Enter your comment')
	await expectNoAxeViolations(manager)
	await manager.getByLabel('Comment on JOB-2').fill('The first milestone is late in the contract.')
	await manager.getByRole('button', { name: 'Add comment on JOB-2', exact: true }).click()
	await expect(manager.getByText('Comment added.')).toBeVisible()
	await expect(manager.getByText('The first milestone is late in the contract.')).toBeVisible()

	await manager.getByLabel('Quality of the method statements, from 0 to 100').fill('150')
	await manager.getByRole('button', { name: 'Save score' }).click()
	await expect(manager.getByRole('alert')).toContainText('Enter a quality score from 0 to 100')
	await manager.getByLabel('Quality of the method statements, from 0 to 100').fill('80')
	await manager.getByRole('button', { name: 'Save score' }).click()
	await expect(manager.getByText('Quality score saved.')).toBeVisible()

	await manager.getByRole('button', { name: 'Request changes' }).click()
	await expect(manager.getByRole('alert')).toContainText('Enter the reason')
	await manager.getByLabel('What needs to change').fill('Add a milestone for each year of the contract.')
	await fillDate(manager, 'Changes due by', '2020-01-01')
	await manager.getByRole('button', { name: 'Request changes' }).click()
	await expect(manager.getByRole('alert')).toContainText('The date changes are due by must be today or in the future')
	await expect(manager.getByLabel('What needs to change')).toHaveValue('Add a milestone for each year of the contract.')
	const dueBy = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
	await fillDate(manager, 'Changes due by', dueBy)
	await manager.getByRole('button', { name: 'Request changes' }).click()
	await expect(manager.getByText('Decision saved.')).toBeVisible()
	await expect(manager.getByText(/The supplier can make changes and resubmit until/)).toBeVisible()
	await expect(manager.getByRole('button', { name: 'Approve matrix' })).toHaveCount(0)
	await expect(manager.getByRole('table', { name: 'History' })).toContainText('Changes requested')

	await waitForEmail(supplier.email, { subject: /asked for changes/ })
	await page.goto(page.url().replace(/\/submitted$/, ''))
	await expect(
		page.getByText('The council asked for changes: Add a milestone for each year of the contract.'),
	).toBeVisible()
	await expect(page.getByText(/Make your changes and resubmit by/)).toBeVisible()
	await expect(page.getByText('The first milestone is late in the contract.')).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: /JOB-2/ }).click()
	await expect(page.getByText('The first milestone is late in the contract.')).toBeVisible()
	await page.getByLabel('Milestone 1 running total').fill('50')
	await fillDate(page, 'Milestone 3 date', '2027-09-30')
	await page.getByLabel('Milestone 3 running total').fill('20')
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await confirmAndSubmit(page)

	await manager.reload()
	await manager.getByRole('button', { name: 'Approve matrix' }).click()
	await expect(manager.getByText('Decision saved.')).toBeVisible()
	await expect(manager.getByText('Status: Approved')).toBeVisible()
	await expect(manager.getByRole('table', { name: 'History' })).toContainText('Resubmitted')

	// The rival's matrix is approved too; the contract goes to the first supplier.
	await manager.goto(`/manage/tenders/${tender.tenderId}/matrices`)
	await manager.getByRole('link', { name: rivalOrganisation.name }).click()
	await manager.getByRole('button', { name: 'Approve matrix' }).click()
	await expect(manager.getByText('Status: Approved')).toBeVisible()
	await manager.goto(`/manage/tenders/${tender.tenderId}/matrices`)
	await manager.getByRole('link', { name: organisation.name }).click()
	await manager.getByRole('button', { name: `Award the contract to ${organisation.name}` }).click()
	await expect(manager.getByRole('heading', { name: `Award the contract to ${organisation.name}` })).toBeVisible()
	await expect(
		manager.getByText(
			/Their matrix’s 2 commitments, worth £[\d,.]+ of social value, become the contract’s commitments, with their milestones\./,
		),
	).toBeVisible()
	await expectNoAxeViolations(manager)
	await fillDate(manager, 'Contract end', '2020-01-01')
	await manager.getByLabel('Contract value').fill('lots')
	await manager.getByRole('button', { name: 'Award contract' }).click()
	await expect(manager.getByRole('alert')).toContainText('Contract value must be an amount in pounds')
	await expect(manager.getByRole('alert')).toContainText('Contract end must be after the contract start')
	await expectNoAxeViolations(manager)
	await fillDate(manager, 'Contract end', '2030-03-31')
	await manager.getByLabel('Contract value').fill('480000')
	await manager.getByLabel('Contract reference').fill(`${tender.reference}-C`)
	await manager.getByRole('button', { name: 'Award contract' }).click()
	await expect(manager.getByText('Contract awarded.')).toBeVisible()
	await expect(manager.getByRole('heading', { level: 1 })).toHaveText(tender.title)
	await expect(manager.getByText('£480,000.00')).toBeVisible()
	await expect(manager.getByText('Our accountants give two days a month to local charities.')).toBeVisible()
	await expect(manager.getByRole('table', { name: 'History' })).toContainText('Awarded')
	await expectNoAxeViolations(manager)
	const contractUrl = manager.url().replace(/\?.*$/, '')

	await waitForEmail(supplier.email, { subject: /^Contract awarded:/ })
	await waitForEmail(rivalSupplier.email, { subject: /^Contract not awarded to you:/ })
	await rival.goto(rival.url().replace(/\/submitted$/, ''))
	await expect(rival.locator('.govuk-tag', { hasText: 'Not awarded' })).toBeVisible()
	// The losing bidder sees only what the public sees of the winner's contract.
	await rival.goto(contractUrl)
	await expect(rival.getByRole('heading', { level: 1 })).toHaveText(tender.title)
	await expect(rival.getByText('jo@brightstart.example')).toHaveCount(0)
	await expect(rival.getByText('Our accountants give two days a month')).toHaveCount(0)
	await expect(rival.getByRole('table', { name: 'History' })).toHaveCount(0)
	await page.goto(page.url().replace(/\/submitted$/, ''))
	await expect(page.getByText('Your organisation won this contract.')).toBeVisible()
	await page.getByRole('link', { name: 'See the contract and its commitments' }).click()
	await expect(page.getByText('Jo Baker, Community lead, jo@brightstart.example')).toBeVisible()

	// Commitments are published on award, without who delivers them or how.
	const publicContext = await browser.newContext()
	const reader = await publicContext.newPage()
	expect(await openRegisterListing(reader, tender.title)).toBe(true)
	await reader.getByRole('link', { name: tender.title }).first().click()
	await expect(reader.getByText(organisation.name)).toBeVisible()
	await expect(reader.getByText('JOB-2', { exact: false }).first()).toBeVisible()
	await expect(reader.getByText('jo@brightstart.example')).toHaveCount(0)
	await expect(reader.getByText('Our accountants give two days a month')).toHaveCount(0)
	await expectNoAxeViolations(reader)
	expect(reader.url()).toBe(contractUrl)
	await publicContext.close()
	await rivalContext.close()
	await managerContext.close()
})

test('a matrix with many lines is reviewed a page of lines at a time; a comment comes back to its page', async ({
	page,
}) => {
	const measures = Array.from({ length: 26 }, (_, i) => ({
		code: `MANY-${i + 1}`,
		title: `Hours of help number ${i + 1}`,
		unit: 'hours' as const,
		proxyValuePence: 1693,
		guidance: '',
		evidenceGuidance: '',
		priorityCodes: [],
	}))
	const edition = await insertPublishedEdition({
		themes: [{ name: 'Communities', outcomes: [{ name: 'Help', measures }] }],
	})
	const measureIds = loadEditionTree(edition.id).themes[0]!.outcomes[0]!.measures.map((m) => m.id)
	const manager = await insertUser({ role: 'contract_manager' })
	const organisation = createOrganisation(database, { kind: 'supplier', name: `Many Lines Ltd ${Date.now()}` })
	const supplier = await insertUser({ role: 'supplier', organisationId: organisation.id })
	const now = Date.now()
	const tender = database
		.insert(tenders)
		.values({
			councilId: manager.organisationId,
			reference: `MANY/${now}`,
			title: 'Community support',
			estimatedValuePence: 100_000_00,
			contractStart: '2027-04-01',
			contractEnd: '2029-03-31',
			deadlineAt: now - 1000,
			weightingPercent: 10,
			editionId: edition.id,
			contractManagerId: manager.id,
			status: 'published',
			publishedAt: now,
			createdAt: now,
			updatedAt: now,
		})
		.returning()
		.get()
	database
		.insert(tenderMeasures)
		.values(measureIds.map((measureId) => ({ tenderId: tender.id, measureId })))
		.run()
	const matrix = database
		.insert(matrices)
		.values({
			tenderId: tender.id,
			organisationId: organisation.id,
			status: 'submitted',
			submittedAt: now - 2000,
			createdAt: now,
			updatedAt: now,
		})
		.returning()
		.get()
	database
		.insert(matrixEvents)
		.values({ matrixId: matrix.id, at: now - 2000, byUserId: supplier.id, fromStatus: 'draft', toStatus: 'submitted' })
		.run()
	database
		.insert(matrixLines)
		.values(
			measureIds.map((measureId, i) => ({
				matrixId: matrix.id,
				measureId,
				quantityHundredths: (i + 1) * 100,
				responsibleName: 'Jo Baker',
				responsibleRole: 'Lead',
				responsibleEmail: 'jo@example.com',
				methodStatement: `Method for line ${i + 1}`,
				updatedAt: now,
			})),
		)
		.run()

	await signInAs(page, manager)
	await page.goto(`/manage/matrices/${matrix.id}`)
	await expect(page.getByText('Showing 1 to 25 of 26 lines.')).toBeVisible()
	await expect(page.getByRole('heading', { level: 2, name: /^MANY-\d+:/ })).toHaveCount(25)
	await expect(page.getByRole('button', { name: /^Add comment on MANY-\d+$/ })).toHaveCount(25)
	await expect(page.getByRole('button', { name: 'Add comment', exact: true })).toHaveCount(0)
	// The totals are the whole matrix's: 351 hours at £16.93.
	await expect(page.getByText('£5,942.43').first()).toBeVisible()
	await page.getByRole('navigation', { name: 'Pages of lines' }).getByRole('link', { name: 'Next' }).click()
	await expect(page.getByRole('heading', { level: 2, name: /^MANY-\d+:/ })).toHaveCount(1)
	await expect(page.getByText('Method for line 26')).toBeVisible()
	await page.getByLabel('Comment on MANY-26').fill('Say who the mentors are.')
	await page.getByRole('button', { name: 'Add comment on MANY-26', exact: true }).click()
	await expect(page.getByText('Comment added.')).toBeVisible()
	await expect(page.getByText('Say who the mentors are.')).toBeVisible()
	expect(new URL(page.url()).searchParams.get('lines-page')).toBe('2')
	await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a refused decision or comment keeps what the contract manager typed', async ({ page }) => {
		const tender = await insertOpenTender()
		const supplier = await insertUser({ role: 'supplier' })
		await signInAs(page, supplier)
		await startFillAndSubmit(page, tender.tenderId)
		const matrix = database
			.select({ id: matrices.id })
			.from(matrices)
			.where(eq(matrices.tenderId, tender.tenderId))
			.get()!
		database
			.update(tenders)
			.set({ deadlineAt: Date.now() - 1000 })
			.where(eq(tenders.id, tender.tenderId))
			.run()

		await signInAs(page, tender.manager)
		await page.goto(`/manage/matrices/${matrix.id}`)
		const reason = 'Add a milestone for each year of the contract.'
		await page.getByLabel('What needs to change').fill(reason)
		await fillDate(page, 'Changes due by', '2020-01-01')
		await page.getByRole('button', { name: 'Request changes' }).click()
		await expect(page.getByRole('alert')).toContainText('The date changes are due by must be today or in the future')
		await expect(page.getByLabel('What needs to change')).toHaveValue(reason)

		const tooLong = 'A comment far too long. '.repeat(100)
		await page.getByLabel('Comment on JOB-2').fill(tooLong)
		await page.getByRole('button', { name: 'Add comment on JOB-2', exact: true }).click()
		await expect(page.getByRole('alert')).toContainText('Comment must be 2,000 characters or fewer')
		await expect(page.getByLabel('Comment on JOB-2')).toHaveValue(tooLong)

		// A reason is sent to the supplier whole: one too long is refused, not cut short.
		const longReason = 'The method statements do not say who does the work. '.repeat(40)
		await page.getByLabel('Why it is rejected').fill(longReason)
		await page.getByRole('button', { name: 'Reject matrix' }).click()
		await expect(page.getByRole('alert')).toContainText('Reason must be 2,000 characters or fewer')
		await expect(page.getByLabel('Why it is rejected')).toHaveValue(longReason)
		await expect(page.getByText('Status: Submitted')).toBeVisible()
		await page.getByRole('alert').getByRole('link', { name: 'Reason must be 2,000 characters or fewer' }).click()
		await expect(page).toHaveURL(/#reject-\d+-rejectReason$/)
	})
})

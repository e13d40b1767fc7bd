import type { APIResponse } from '@playwright/test'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { contracts } from '#db/schema.ts'
import { decideReturn } from '#app/lib/return-review.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { saveReturnLine } from '#app/lib/return-lines.server.ts'
import { submitReturn } from '#app/lib/return-submission.server.ts'
import { insertAwardedContract } from './contract-fixture.ts'
import {
	appOrigin,
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertUser,
	openRegisterListing,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'
import { fillDate } from './date-input.ts'

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n`)

test('a supplier files a return with evidence; the manager returns it with a comment; it is fixed, resubmitted and approved; progress updates', async ({
	page,
	browser,
}) => {
	test.setTimeout(120_000)
	const contract = await insertAwardedContract()
	await signInAs(page, contract.supplier)

	await page.goto('/your-contracts')
	await expect(page.getByRole('heading', { name: 'Your contracts' })).toBeVisible()
	await expect(page.getByText('Overdue').first()).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Start the H1 2025/26 return' }).click()
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: /JOB-2/ }).click()
	await page.getByLabel('Quantity delivered in this period').fill('sixty')
	await page.getByRole('button', { name: 'Save and return to the return' }).click()
	await expect(page.getByRole('alert')).toContainText('Quantity delivered must be a number')
	await expectNoAxeViolations(page)
	await page.getByLabel('Quantity delivered in this period').fill('60')
	await page.getByLabel('On track').check()
	await page.getByLabel('What happened', { exact: true }).fill('Our accountants advised three local charities.')
	await page.getByLabel('The council may publish what happened').check()
	await page.getByRole('button', { name: 'Save and return to the return' }).click()
	await expect(page.getByText('Saved.')).toBeVisible()

	// Evidence: checked by content, not by name.
	await page.getByRole('link', { name: /JOB-2/ }).click()
	await expectNoAxeViolations(page)
	const upload = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
		await page.getByLabel('Add a file').setInputFiles(file)
		await page.getByRole('button', { name: 'Upload file' }).click()
	}
	await upload({
		name: 'report.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('MZ\x90\x00 this is really a program'),
	})
	await expect(page.getByRole('alert')).toContainText('The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or CSV')
	await upload({ name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) })
	await expect(page.getByRole('alert')).toContainText('The selected file is empty')
	await upload({
		name: 'huge.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.concat([pdf('big'), Buffer.alloc(10 * 1024 * 1024)]),
	})
	await expect(page.getByRole('alert')).toContainText('The selected file must be smaller than 10 MB')
	await upload({ name: '../../etc/timesheets.pdf', mimeType: 'application/pdf', buffer: pdf('timesheets') })
	await expect(page.getByText('File added.')).toBeVisible()
	const evidenceLink = page.getByRole('link', { name: 'timesheets.pdf' })
	await expect(evidenceLink).toBeVisible()
	const evidenceUrl = new URL((await evidenceLink.getAttribute('href'))!, page.url()).toString()
	const download = await page.request.get(evidenceUrl)
	expect(download.status()).toBe(200)
	expect(download.headers()['content-type']).toBe('application/pdf')
	expect(download.headers()['content-disposition']).toContain('attachment; filename="timesheets.pdf"')
	expect((await download.body()).toString()).toContain('% timesheets')

	await page.getByRole('link', { name: 'Back to the return' }).click()
	await page.getByRole('link', { name: /ENV-2/ }).click()
	await page.getByLabel('What you delivered in this period').fill('Waste plan agreed and in use on every site')
	await page.getByLabel('Met').check()
	await page.getByRole('button', { name: 'Save and return to the return' }).click()
	await page.getByRole('button', { name: 'Check your answers and submit' }).click()
	await expect(page.getByText('Our accountants advised three local charities.')).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Submit return' }).click()
	await expect(page.getByText('Return submitted.')).toBeVisible()
	const returnUrl = page.url().replace(/\?.*$/, '')
	await waitForEmail(contract.manager.email, { subject: /^Progress return submitted:/ })

	// Another supplier can neither open the return nor download its evidence.
	const strangerContext = await browser.newContext()
	const stranger = await strangerContext.newPage()
	await signInAs(stranger, await insertUser({ role: 'supplier' }))
	expect((await stranger.request.get(returnUrl)).status()).toBe(404)
	expect((await stranger.request.get(evidenceUrl)).status()).toBe(404)
	const crafted = await stranger.request.post(`${returnUrl}/check`, {
		form: { version: '1' },
		headers: { Origin: appOrigin },
	})
	expect(crafted.status()).toBe(404)
	await strangerContext.close()

	const managerContext = await browser.newContext()
	const manager = await managerContext.newPage()
	await signInAs(manager, contract.manager)
	await manager.goto('/manage/returns')
	await expect(manager.getByText('Late')).toBeVisible()
	await expectNoAxeViolations(manager)
	await manager.getByRole('link', { name: `${contract.title}: H1 2025/26` }).click()
	await expect(manager.getByText('Delivered in this return')).toBeVisible()
	await expect(manager.getByRole('link', { name: 'timesheets.pdf' })).toBeVisible()
	await expectNoAxeViolations(manager)
	await manager.getByLabel('Comment on JOB-2').fill('The timesheets add up to 55 hours.')
	await manager.getByRole('button', { name: 'Add comment on JOB-2', exact: true }).click()
	await expect(manager.getByText('Comment added.')).toBeVisible()
	await manager.getByRole('button', { name: 'Return for changes' }).click()
	await expect(manager.getByRole('alert')).toContainText('Enter the reason')
	await expectNoAxeViolations(manager)
	await manager.getByLabel('What needs to change').fill('Match the hours to the timesheets.')
	await manager.getByRole('button', { name: 'Return for changes' }).click()
	await expect(manager.getByText('Decision saved.')).toBeVisible()

	await waitForEmail(contract.supplier.email, { subject: /^Your progress return needs changes/ })
	await page.goto(returnUrl)
	await expect(page.getByText('The council asked for changes: Match the hours to the timesheets.')).toBeVisible()
	await page.getByRole('link', { name: /JOB-2/ }).click()
	await expect(page.getByText('The timesheets add up to 55 hours.')).toBeVisible()
	await page.getByLabel('Quantity delivered in this period').fill('55')
	await page.getByRole('button', { name: 'Save and return to the return' }).click()
	await page.getByRole('button', { name: 'Check your answers and submit' }).click()
	await page.getByRole('button', { name: 'Submit return' }).click()
	await expect(page.getByText('Return submitted.')).toBeVisible()

	await manager.reload()
	await manager.getByRole('button', { name: 'Approve return' }).click()
	await expect(manager.getByText('Decision saved.')).toBeVisible()
	await expect(manager.getByRole('table', { name: 'History' })).toContainText('Approved')

	await manager.goto(`/contracts/${contract.contractId}`)
	const progress = manager.getByRole('table', { name: 'Progress' })
	await expect(progress.getByRole('row', { name: /JOB-2/ })).toContainText('55')
	await expect(manager.getByText('Social value delivered so far: £5,555.00')).toBeVisible()
	await expect(manager.getByRole('table', { name: 'Reporting periods' })).toContainText('Approved')
	await expectNoAxeViolations(manager)
	await managerContext.close()

	// The supplier's dashboard shows each commitment's progress and what is due next.
	await page.goto('/your-contracts')
	await expect(page.getByRole('table', { name: 'Progress' }).getByRole('row', { name: /JOB-2/ })).toContainText('55')
	await expect(page.getByText('Next return')).toBeVisible()
	await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a nil return is filed from the contract page with plain HTML forms', async ({ page }) => {
		const contract = await insertAwardedContract()
		await signInAs(page, contract.supplier)
		await page.goto(`/contracts/${contract.contractId}`)
		await page.getByRole('button', { name: 'Start the H1 2025/26 return' }).click()
		await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
		await page.getByLabel('Nothing to report for this period').check()
		await page.getByRole('button', { name: 'Save' }).click()
		await expect(page.getByRole('alert')).toContainText('Enter why there is nothing to report for this period')
		await expectErrorSummaryFocused(page)
		await page.getByLabel('Nothing to report for this period').check()
		await page.getByLabel('Why there is nothing to report').fill('The centre was closed for refurbishment.')
		await page.getByRole('button', { name: 'Save' }).click()
		await expect(page.getByText('Saved.')).toBeVisible()
		await page.getByRole('button', { name: 'Check your answers and submit' }).click()
		await expect(page.getByText('Nil return: The centre was closed for refurbishment.')).toBeVisible()
		await page.getByRole('button', { name: 'Submit return' }).click()
		await expect(page.getByText('Return submitted.')).toBeVisible()
	})
})

test('the contract manager changes the contract’s dates with a reason; the periods follow and the history says why', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	await signInAs(page, contract.manager)
	await page.goto(`/contracts/${contract.contractId}`)
	await page.getByRole('link', { name: 'Change contract details' }).click()
	await expectNoAxeViolations(page)
	await fillDate(page, 'Contract end', '2026-03-31')
	await page.getByRole('button', { name: 'Save changes' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter the reason for the change')
	await expectNoAxeViolations(page)
	await fillDate(page, 'Contract end', '2026-03-31')
	await page.getByLabel('Reason for the change').fill('The second year was not taken up.')
	await page.getByRole('button', { name: 'Save changes' }).click()
	await expect(page.getByText('Contract details changed.')).toBeVisible()
	await expect(page.getByRole('table', { name: 'History' })).toContainText('The second year was not taken up.')
	await expect(page.getByRole('table', { name: 'History' })).toContainText(
		'Contract end changed from 31 March 2027 to 31 March 2026',
	)
	const periods = page.getByRole('table', { name: 'Reporting periods' })
	await expect(periods.getByRole('row')).toHaveCount(3) // the heading row and the two half-years of 2025/26
	await waitForEmail(contract.supplier.email, { subject: /^Contract details changed:/ })
	// Suppliers cannot reach the change page.
	await signInAs(page, contract.supplier)
	expect((await page.request.get(`/manage/contracts/${contract.contractId}/edit`)).status()).toBe(403)
})

test('a commercially sensitive contract is on the public register without its figures', async ({ page, browser }) => {
	const contract = await insertAwardedContract()
	await signInAs(page, contract.manager)
	await page.goto(`/manage/contracts/${contract.contractId}/edit`)
	await page.getByLabel('Commercially sensitive').check()
	await page.getByLabel('Reason for the change').fill('Pricing is confidential until the next procurement.')
	await page.getByRole('button', { name: 'Save changes' }).click()
	await expect(page.getByText('Contract details changed.')).toBeVisible()
	// The council still sees everything.
	await expect(page.getByText('£100,000.00')).toBeVisible()

	const publicContext = await browser.newContext()
	const reader = await publicContext.newPage()
	expect(await openRegisterListing(reader, contract.title)).toBe(true)
	const row = reader.getByRole('row', { name: new RegExp(contract.title) })
	await expect(row).toContainText('Not published')
	await expect(row).not.toContainText('£')
	await row.getByRole('link', { name: contract.title }).click()
	await expect(reader.getByRole('heading', { level: 1 })).toHaveText(contract.title)
	await expect(reader.getByText('Not published: commercially sensitive')).toBeVisible()
	await expect(reader.locator('main')).not.toContainText('£')
	await expect(reader.locator('main')).not.toContainText('200 expert hours')
	await expect(reader.getByText('JOB-2', { exact: false }).first()).toBeVisible()
	await expectNoAxeViolations(reader)
	const register = await reader.request.get('/contracts/register/csv')
	expect(register.headers()['content-disposition']).toContain('contracts-register.csv')
	const registerRow = (await register.text()).split('\r\n').find((line) => line.includes(contract.title))!
	expect(registerRow).toContain('Not published')
	expect(registerRow).not.toMatch(/100000|3386/)
	// Council exports are for the council only.
	const signedOut = await reader.request.get('/manage/exports/commitments/csv', { maxRedirects: 0 })
	expect(signedOut.status()).toBe(302)
	await publicContext.close()

	const commitments = await page.request.get('/manage/exports/commitments/csv')
	expect(commitments.status()).toBe(200)
	expect(await commitments.text()).toContain(`${contract.title},${contract.organisation.name}`)
	const delivery = await page.request.get('/manage/exports/delivery/csv')
	expect(delivery.status()).toBe(200)
	expect(delivery.headers()['content-disposition']).toContain('delivery.csv')
	const deliveryLines = (await delivery.text()).split('\r\n')
	expect(deliveryLines[0]).toMatch(/^\ufeff?Contract reference,Supplier,Period/)
	expect(deliveryLines.filter((line) => line.includes(`,${contract.organisation.name},`)).length).toBeGreaterThan(0)
	await signInAs(page, contract.supplier)
	expect((await page.request.get('/manage/exports/delivery/xlsx')).status()).toBe(403)
})

test('a commercially sensitive contract’s figures reach its own contract manager, not another', async ({
	page,
	browser,
}) => {
	const contract = await insertAwardedContract()
	fileApprovedReturn(contract, `Advice for the library ${Date.now()}`)
	db.update(contracts).set({ commerciallySensitive: true }).where(eq(contracts.id, contract.contractId)).run()
	const lineOf = async (response: APIResponse) =>
		(await response.text()).split('\r\n').find((line) => line.includes(contract.title)) ?? ''

	// Its own contract manager sees them everywhere: the list, the page and the exports.
	await signInAs(page, contract.manager)
	expect(await openRegisterListing(page, contract.title)).toBe(true)
	const ownRow = page.getByRole('row', { name: new RegExp(contract.title) })
	await expect(ownRow).toContainText('£100,000.00')
	await ownRow.getByRole('link', { name: contract.title }).click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(contract.title)
	await expect(page.getByText('£100,000.00')).toBeVisible()
	expect(await lineOf(await page.request.get('/manage/exports/contracts/csv?year=2025-26'))).toMatch(/,4040$/)
	expect(await lineOf(await page.request.get('/manage/exports/case-studies/csv?year=2025-26'))).toContain(',4040,')

	// Another contract manager reads it as the public does.
	const otherContext = await browser.newContext()
	const other = await otherContext.newPage()
	await signInAs(other, await insertUser({ role: 'contract_manager' }))
	expect(await openRegisterListing(other, contract.title)).toBe(true)
	const otherRow = other.getByRole('row', { name: new RegExp(contract.title) })
	await expect(otherRow).toContainText('Not published')
	await expect(otherRow).not.toContainText('£')
	await expectNoAxeViolations(other)
	await otherRow.getByRole('link', { name: contract.title }).click()
	await expect(other.getByText('Not published: commercially sensitive')).toBeVisible()
	await expect(other.locator('main')).not.toContainText('£')
	await expectNoAxeViolations(other)
	const totals = await lineOf(await other.request.get('/manage/exports/contracts/csv?year=2025-26'))
	expect(totals).toMatch(/,Not published,Not published$/)
	const story = await lineOf(await other.request.get('/manage/exports/case-studies/csv?year=2025-26'))
	expect(story).toContain(',Not published,')
	expect(story).not.toContain('4040')
	expect(await lineOf(await other.request.get('/contracts/register/csv'))).toMatch(
		/Not published,Not published,Not published$/,
	)
	await otherContext.close()
})

const priorityNote =
	'A measure that serves more than one council priority is counted under each of them, so these rows can add up to more than the total.'

test('a contract manager’s dashboard shows committed against delivered and who is behind; suppliers cannot see it', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	await signInAs(page, contract.manager)
	await page.goto('/manage/dashboard')
	await expect(page.getByRole('heading', { name: 'Social value dashboard' })).toBeVisible()
	await expect(page.getByText('The contracts you manage, for all time.')).toBeVisible()
	// 200 expert hours at £101 each, nothing delivered yet, and every period so far unfiled.
	await expect(page.getByRole('table', { name: 'By contract' })).toContainText('£20,200.00')
	await expect(page.getByText(/\d+ overdue/)).toBeVisible()
	const needsHelp = page.getByRole('table', {
		name: 'Contracts with commitments behind their milestones, most red first',
	})
	await expect(needsHelp).toContainText(contract.title)
	await expect(needsHelp).toContainText('JOB-2')
	await expect(page.getByRole('table', { name: 'By council priority' })).toHaveAccessibleDescription(priorityNote)
	await expect(page.getByText(priorityNote)).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Financial year').selectOption({ label: '2025/26' })
	await page.getByRole('button', { name: 'Show' }).click()
	await expect(page.getByText('The contracts you manage, for 2025/26.')).toBeVisible()
	await expect(page.getByRole('table', { name: 'By contract' })).toContainText('£10,100.00')

	await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Net zero' })
	await page.getByRole('button', { name: 'Show' }).click()
	await expect(page.getByText('No commitment is behind its milestones.')).toBeVisible()

	await signInAs(page, contract.supplier)
	expect((await page.request.get('/manage/dashboard')).status()).toBe(403)
	expect((await page.request.get('/manage/report')).status()).toBe(403)
	await page.context().clearCookies()
	for (const path of ['/manage/dashboard', '/manage/report']) {
		const signedOut = await page.request.get(path, { maxRedirects: 0 })
		expect(signedOut.status()).toBe(302)
		expect(signedOut.headers()['location']).toContain('/sign-in')
	}
})

test('long dashboard lists are paged, keeping the filters, without JavaScript', async ({
	browser,
	page: withScripts,
}) => {
	test.setTimeout(90_000)
	const first = await insertAwardedContract()
	for (let i = 0; i < 21; i++) await insertAwardedContract({ manager: first.manager })
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await signInAs(page, first.manager)
	await page.goto('/manage/dashboard?year=2025-26')
	const needsHelp = page.getByRole('table', {
		name: 'Contracts with commitments behind their milestones, most red first',
	})
	await expect(needsHelp.locator('tbody tr')).toHaveCount(20)
	await expect(page.getByText('Showing 1 to 20 of 22').first()).toBeVisible()
	await page
		.getByRole('navigation', { name: 'Pages of suppliers who may need help' })
		.getByRole('link', { name: 'Next' })
		.click()
	await expect(needsHelp.locator('tbody tr')).toHaveCount(2)
	await expect(page.getByText('Showing 21 to 22 of 22')).toBeVisible()
	// The other lists, and the chosen year, are as they were.
	expect(new URL(page.url()).searchParams.get('year')).toBe('2025-26')
	await expect(page.getByRole('table', { name: 'By contract' }).locator('tbody tr')).toHaveCount(20)
	await page.getByRole('navigation', { name: 'Pages of contracts' }).getByRole('link', { name: 'Page 2' }).click()
	await expect(page.getByRole('table', { name: 'By contract' }).locator('tbody tr')).toHaveCount(2)
	await expect(
		page.getByRole('navigation', { name: 'Pages of contracts' }).getByRole('link', { name: 'Page 2' }),
	).toHaveAttribute('aria-current', 'page')
	// A page number that does not exist shows the nearest page.
	await page.goto('/manage/dashboard?needs-help-page=99')
	await expect(page.getByText('Showing 21 to 22 of 22')).toBeVisible()
	await context.close()

	await signInAs(withScripts, first.manager)
	await withScripts.goto('/manage/dashboard?needs-help-page=2&contracts-page=2')
	await expect(withScripts.getByText('Showing 21 to 22 of 22').first()).toBeVisible()
	await expectNoAxeViolations(withScripts)
})

/** Files H1 2025/26's return through the services, 40 expert hours (or `hundredths`) with `story` for publication, and approves it. */
function fileApprovedReturn(
	contract: Awaited<ReturnType<typeof insertAwardedContract>>,
	story: string,
	hundredths = 40_00,
) {
	const supplier = {
		id: contract.supplier.id,
		email: contract.supplier.email,
		name: contract.supplier.name,
		role: contract.supplier.role,
		organisationId: contract.supplier.organisationId,
	}
	const manager = {
		id: contract.manager.id,
		email: contract.manager.email,
		name: contract.manager.name,
		role: contract.manager.role,
		organisationId: contract.manager.organisationId,
	}
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const opened = openReturn(supplier, contract.periods.find((p) => p.key === '2025-26-H1')!.id, ctx)
	if (!opened.ok) throw new Error(opened.message)
	const loaded = loadReturn(opened.returnId)!
	for (const commitment of loaded.commitments) {
		const entry = commitment.qualitative
			? {
					deliveredHundredths: null,
					deliveredText: 'Plan agreed',
					milestoneStatus: 'met' as const,
					narrative: '',
					mayPublish: false,
				}
			: {
					deliveredHundredths: hundredths,
					deliveredText: '',
					milestoneStatus: 'on_track' as const,
					narrative: story,
					mayPublish: true,
				}
		saveReturnLine(
			supplier,
			{
				returnId: opened.returnId,
				commitmentId: commitment.id,
				version: loadReturn(opened.returnId)!.progressReturn.version,
				entry,
			},
			ctx,
		)
	}
	expect(
		submitReturn(
			supplier,
			{ returnId: opened.returnId, version: loadReturn(opened.returnId)!.progressReturn.version },
			ctx,
		),
	).toEqual({ ok: true })
	expect(
		decideReturn(
			manager,
			{
				returnId: opened.returnId,
				decision: 'approve',
				reason: '',
				version: loadReturn(opened.returnId)!.progressReturn.version,
			},
			ctx,
		),
	).toEqual({ ok: true })
	return opened.returnId
}

test('every table of Red, Amber and Green tags says what they mean, from the council’s thresholds', async ({
	page,
	browser,
}) => {
	const contract = await insertAwardedContract()
	const returnId = fileApprovedReturn(contract, 'Advice for the credit union')
	const rule = 'Green means delivered 90% or more of what the milestones expect'
	const expectRuleBeside = async (viewer: typeof page, table: string) => {
		const described = viewer.getByRole('table', { name: table }).first()
		await expect(described).toHaveAccessibleDescription(
			/Green means delivered 90% or more of what the milestones expect\. Amber means delivered 60% or more, but under 90%\. Red means delivered under 60%\./,
		)
		await expect(viewer.getByText(rule).first()).toBeVisible()
	}
	await signInAs(page, contract.manager)
	await page.goto(`/contracts/${contract.contractId}`)
	await expectRuleBeside(page, 'Progress')
	await page.goto('/manage/dashboard')
	await expectRuleBeside(page, 'Contracts with commitments behind their milestones, most red first')
	await page.goto(`/manage/returns/${returnId}`)
	await expect(page.getByText(rule)).toBeVisible()
	await expect(page.getByText('Red means delivered under 60%')).toBeVisible()
	await expectNoAxeViolations(page)

	const supplierContext = await browser.newContext()
	const supplier = await supplierContext.newPage()
	await signInAs(supplier, contract.supplier)
	await supplier.goto('/your-contracts')
	await expectRuleBeside(supplier, 'Progress')
	await expectNoAxeViolations(supplier)
	await supplierContext.close()
})

test('the public register shows each contract’s social value delivered to date, as its contract page and the download do', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	fileApprovedReturn(contract, 'Advice for the food bank')
	// 40 expert hours at £101 each.
	expect(await openRegisterListing(page, contract.title)).toBe(true)
	const table = page.getByRole('table', { name: 'Awarded contracts' })
	await expect(table.getByRole('columnheader', { name: 'Social value delivered' })).toBeVisible()
	const row = table.getByRole('row', { name: new RegExp(contract.title) })
	await expect(row.getByRole('cell').last()).toHaveText('£4,040.00')
	await expectNoAxeViolations(page)
	await row.getByRole('link', { name: contract.title }).click()
	await expect(page.getByText('Social value delivered so far: £4,040.00 of £20,200.00 committed.')).toBeVisible()
	const register = await page.request.get('/contracts/register/csv')
	const registerRow = (await register.text()).split('\r\n').find((line) => line.includes(contract.title))!
	expect(registerRow).toMatch(/,20200,4040$/)
})

test('the annual Social Value Report shows the year’s figures and published case studies, and prints to PDF', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	const story = `Our accountants helped the Riverside food bank ${Date.now()}`
	fileApprovedReturn(contract, story)

	await signInAs(page, contract.manager)
	await page.goto('/manage/dashboard')
	await page.getByRole('link', { name: 'The annual Social Value Report' }).click()
	await page.getByLabel('Financial year').selectOption({ label: '2025/26' })
	await page.getByRole('button', { name: 'Show' }).click()
	await expect(page.getByRole('heading', { name: 'Social Value Report 2025/26' })).toBeVisible()
	await expect(page.getByRole('table', { name: 'Headline figures' })).toContainText('2024/25')
	await expect(page.getByRole('table', { name: 'Delivery by council priority' })).toHaveAccessibleDescription(
		priorityNote,
	)
	await expect(
		page.getByText(
			/^Progress returns for periods in 2025\/26, as at \d{1,2} \w+ \d{4}: \d+ due so far, of which \d+ received on time, \d+ late and \d+ not received\.$/,
		),
	).toBeVisible()
	await expect(page.getByText(story)).toBeVisible()
	await expectNoAxeViolations(page)
	const stories = await page.request.get('/manage/exports/case-studies/csv?year=2025-26')
	expect(stories.headers()['content-disposition']).toContain('case-studies-2025-26.csv')
	expect(await stories.text()).toContain(`${contract.title},${contract.organisation.name},JOB-2`)
	// Long lists of contracts are in the download; the report lists the biggest.
	const contractTotals = await page.request.get('/manage/exports/contracts/csv?year=2025-26')
	expect(contractTotals.headers()['content-disposition']).toContain('contracts-2025-26.csv')
	expect(await contractTotals.text()).toContain(` · ${contract.title},${contract.organisation.name},`)

	await page.emulateMedia({ media: 'print' })
	await expect(page.getByRole('navigation').first()).toBeHidden()
	await expect(page.getByLabel('Financial year')).toBeHidden()
	const pdf = await page.pdf({ format: 'A4' })
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
	expect(pdf.byteLength).toBeGreaterThan(10_000)
})

test('a commercially sensitive contract’s figures on the dashboard and the annual report reach its own contract manager, not another', async ({
	page,
	browser,
}) => {
	test.setTimeout(90_000)
	const contract = await insertAwardedContract()
	const stamp = Date.now()
	// 37.13 expert hours at £101 each, and a contract value, that no other contract has.
	fileApprovedReturn(contract, `Advice for the allotments ${stamp}`, 37_13)
	const delivered = { shown: '£3,750.13', figures: /3,?750\.13|375013/ }
	const value = /123,?456\.78|12345678/
	// Its reference sorts it first among contracts committing as much, so the report features it.
	const reference = `0-SENSITIVE-${stamp}`
	db.update(contracts)
		.set({ commerciallySensitive: true, reference, valuePence: 123_456_78 })
		.where(eq(contracts.id, contract.contractId))
		.run()
	const other = await insertAwardedContract()
	fileApprovedReturn(other, `Advice for the orchard ${stamp}`)
	const report = '/manage/report?year=2025-26'
	const ourRow = (viewer: typeof page, table: string) =>
		viewer.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(reference) })

	// Its own contract manager sees its figures, on the dashboard and in the report.
	await signInAs(page, contract.manager)
	await page.goto('/manage/dashboard')
	await expect(ourRow(page, 'By contract')).toContainText(delivered.shown)
	await page.goto(report)
	await expect(ourRow(page, 'Delivery by contract')).toContainText(delivered.shown)

	// Another contract manager reads the same kept report, without them.
	const otherContext = await browser.newContext()
	const reader = await otherContext.newPage()
	await signInAs(reader, other.manager)
	await reader.goto(report)
	await expect(ourRow(reader, 'Delivery by contract')).toHaveText(/Not published\s*Not published\s*Not published$/)
	await expectNoAxeViolations(reader)
	await reader.goto('/manage/dashboard')
	await expect(reader.getByRole('table', { name: 'By contract' })).toContainText(other.title)
	for (const path of [report, '/manage/report.data?year=2025-26', '/manage/dashboard', '/manage/dashboard.data']) {
		const html = await (await reader.request.get(path)).text()
		expect(html, path).toContain(path.startsWith('/manage/report') ? reference : other.title)
		expect(html, path).not.toMatch(delivered.figures)
		expect(html, path).not.toMatch(value)
	}
	await otherContext.close()
})

import { db as database } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { dateGroup, fillDate, fillDateParts } from './date-input.ts'
import {
	appOrigin,
	expect,
	expectNoAxeViolations,
	insertOpenTender,
	insertUser,
	signInAs,
	test,
	waitForEmail,
} from './fixtures.ts'
import { confirmAndSubmit, fillHoursLine, fillTextLine, startFillAndSubmit } from './matrix-journey.ts'

test('a supplier starts a matrix, fills it in, checks and submits it, and may withdraw it before the deadline', async ({
	page,
}) => {
	test.setTimeout(90_000)
	const tender = await insertOpenTender()
	const organisation = createOrganisation(database, { kind: 'supplier', name: `Brightstart ${Date.now()}` })
	const supplier = await insertUser({ role: 'supplier', organisationId: organisation.id })
	const colleague = await insertUser({ role: 'supplier', organisationId: organisation.id })
	await signInAs(page, supplier)

	await page.goto(`/opportunities/${tender.tenderId}`)
	await page.getByRole('button', { name: 'Start your social value matrix' }).click()
	await expect(page.getByRole('heading', { name: 'Your social value matrix' })).toBeVisible()
	await expect(page.getByText('You have completed 0 of 2 measures.')).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: 'JOB-2: Expert advice hours for local charities' }).click()
	await expectNoAxeViolations(page)
	await page.getByLabel('Quantity you commit to over the contract').fill('lots')
	await fillDate(page, 'Milestone 1 date', '2028-03-31')
	await page.getByLabel('Milestone 1 running total').fill('-3')
	await fillDateParts(page, 'Milestone 2 date', { day: '31', month: '', year: '2029' })
	await page.getByLabel('Milestone 2 running total').fill('200')
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await expect(page.getByRole('alert')).toContainText('Quantity must be a number, like 250 or 12.5')
	await expect(page.getByRole('alert')).toContainText('Running total for milestone 1 must be 0 or more')
	// A date's error is listed once, linked to the field to fill in, and what was typed stays.
	await expect(
		page.getByRole('alert').getByRole('link', { name: 'Milestone 2 date must include a month' }),
	).toHaveCount(1)
	await expect(dateGroup(page, 'Milestone 2 date').getByLabel('Day')).toHaveValue('31')
	await expect(dateGroup(page, 'Milestone 2 date').getByLabel('Month')).toHaveClass(/govuk-input--error/)
	await expect(dateGroup(page, 'Milestone 2 date').getByLabel('Day')).not.toHaveClass(/govuk-input--error/)
	await expect(dateGroup(page, 'Milestone 1 date').getByLabel('Month')).toHaveValue('3')
	await expectNoAxeViolations(page)
	await page.getByRole('alert').getByRole('link', { name: 'Milestone 2 date must include a month' }).click()
	await expect(dateGroup(page, 'Milestone 2 date').getByLabel('Month')).toBeFocused()
	// Following the link keeps the errors on the page.
	await expect(dateGroup(page, 'Milestone 2 date')).toContainText('Milestone 2 date must include a month')
	await expect(page.getByRole('alert')).toContainText('Quantity must be a number, like 250 or 12.5')

	await fillHoursLine(page)
	// The method statement counts what is typed against its limit as it is typed.
	await expect(page.getByText('You have 4,943 characters remaining')).toBeVisible()
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await expect(page.getByText('You have completed 1 of 2 measures.')).toBeVisible()
	// Each task is described by its hint and status.
	await expect(
		page.getByRole('link', { name: 'JOB-2: Expert advice hours for local charities' }),
	).toHaveAccessibleDescription(/ · £20,200\.00 Completed$/)
	// 200 expert hours × £101.00
	await expect(page.getByRole('table', { name: 'Social value offered' })).toContainText('£20,200.00')
	await expect(page.getByRole('table', { name: 'Social value offered' })).toContainText('20.20%')

	// Half-filled is fine as a draft.
	await page.getByRole('link', { name: 'ENV-2: How you will cut waste' }).click()
	await page.getByLabel('What you commit to').fill('A waste plan')
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await expect(page.getByText('You have completed 1 of 2 measures.')).toBeVisible()
	await expect(page.getByText('In progress')).toBeVisible()

	// Submitting with an incomplete line or without the declarations is refused.
	await page.getByRole('button', { name: 'Check your answers and submit' }).click()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Submit matrix' }).click()
	await expect(page.getByRole('alert')).toContainText('Complete ENV-2: How you will cut waste')
	await expect(page.getByRole('alert')).toContainText('Confirm the ethical sourcing declarations')
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: 'Change (ENV-2: How you will cut waste)' }).click()
	await fillTextLine(page)
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await expect(page.getByText('You have completed 2 of 2 measures.')).toBeVisible()
	await confirmAndSubmit(page)
	await expectNoAxeViolations(page)
	const mail = await waitForEmail(colleague.email, { subject: /Social value matrix submitted/ })
	expect(mail.text).toContain(tender.title)

	// Sealed: the contract manager sees how many, not what.
	const managerPage = await page
		.context()
		.browser()!
		.newContext()
		.then((c) => c.newPage())
	await signInAs(managerPage, tender.manager)
	await managerPage.goto(`/manage/tenders/${tender.tenderId}`)
	await expect(managerPage.getByText('1 matrix has been submitted. Bids are sealed')).toBeVisible()
	await expect(managerPage.getByText('Our accountants give two days')).toHaveCount(0)
	expect((await managerPage.request.get(`/manage/tenders/${tender.tenderId}/matrices/export/csv`)).status()).toBe(403)

	await page.getByRole('link', { name: 'Go to your matrix' }).click()
	await page.getByRole('button', { name: 'Withdraw to change it' }).click()
	await expect(page.getByText('Matrix withdrawn to draft.')).toBeVisible()
	await expect(page.getByRole('button', { name: 'Check your answers and submit' })).toBeVisible()
})

test('supplier B can neither read nor change supplier A’s matrix', async ({ page }) => {
	const tender = await insertOpenTender()
	const a = await insertUser({ role: 'supplier' })
	const b = await insertUser({ role: 'supplier' })
	await signInAs(page, a)
	await page.goto(`/opportunities/${tender.tenderId}`)
	await page.getByRole('button', { name: 'Start your social value matrix' }).click()
	await page.getByRole('link', { name: /JOB-2/ }).click()
	await fillHoursLine(page)
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await expect(page.getByText('You have completed 1 of 2 measures.')).toBeVisible()
	const matrixUrl = page.url().split('?')[0]!
	expect(matrixUrl).toMatch(/\/matrices\/\d+$/)
	const measureId = tender.measures.find((m) => m.code === 'JOB-2')!.id

	await page.context().clearCookies()
	await signInAs(page, b)
	for (const path of [matrixUrl, `${matrixUrl}/lines/${measureId}`, `${matrixUrl}/check`]) {
		expect((await page.goto(path))?.status(), path).toBe(404)
	}
	const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
	const headers = { Cookie: cookies, Origin: appOrigin }
	const post = await page.request.post(`${matrixUrl}/lines/${measureId}`, {
		form: { version: '1', quantity: '1', methodStatement: 'hijacked' },
		headers,
		maxRedirects: 0,
	})
	expect(post.status()).toBe(404)
	const submit = await page.request.post(`${matrixUrl}/check`, { form: { version: '1' }, headers, maxRedirects: 0 })
	expect(submit.status()).toBe(404)

	await page.context().clearCookies()
	await signInAs(page, a)
	await page.goto(`${matrixUrl}/check`)
	await expect(page.getByText('Our accountants give two days a month to local charities.')).toBeVisible()
	await expect(page.getByText('hijacked')).toHaveCount(0)
})

test('two people editing at once: the later save is refused and says so', async ({ page, browser }) => {
	const tender = await insertOpenTender()
	const organisation = createOrganisation(database, { kind: 'supplier' })
	const first = await insertUser({ role: 'supplier', organisationId: organisation.id })
	const second = await insertUser({ role: 'supplier', organisationId: organisation.id })
	await signInAs(page, first)
	await page.goto(`/opportunities/${tender.tenderId}`)
	await page.getByRole('button', { name: 'Start your social value matrix' }).click()
	await page.getByRole('link', { name: /JOB-2/ }).click()

	const otherContext = await browser.newContext()
	const other = await otherContext.newPage()
	await signInAs(other, second)
	await other.goto(page.url())

	await fillHoursLine(page)
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await expect(page.getByText('You have completed 1 of 2 measures.')).toBeVisible()

	await other.getByLabel('Quantity you commit to over the contract').fill('999')
	await other.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await expect(other.getByRole('alert')).toContainText('Someone else in your organisation saved this matrix')
	// What the second person typed is still in front of them.
	await expect(other.getByLabel('Quantity you commit to over the contract')).toHaveValue('999')
	await otherContext.close()
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('the method statement says its limit, with no live count', async ({ page }) => {
		const tender = await insertOpenTender()
		const supplier = await insertUser({ role: 'supplier' })
		await signInAs(page, supplier)
		await page.goto(`/opportunities/${tender.tenderId}`)
		await page.getByRole('button', { name: 'Start your social value matrix' }).click()
		await page.getByRole('link', { name: /JOB-2/ }).click()
		await expect(page.getByRole('heading', { level: 2, name: 'Method statement' })).toBeVisible()
		await expect(page.getByLabel('Method statement')).toHaveAccessibleDescription(
			'You can enter up to 5,000 characters How you will deliver this',
		)
		await expect(page.getByText('You can enter up to 5,000 characters')).toBeVisible()
		await expect(page.getByText(/characters remaining/)).toHaveCount(0)
	})

	test('the whole submission works as plain HTML forms', async ({ page }) => {
		const tender = await insertOpenTender()
		const supplier = await insertUser({ role: 'supplier' })
		await signInAs(page, supplier)
		await startFillAndSubmit(page, tender.tenderId)
	})
})

import { loadReturn } from '#app/lib/return-contents.server.ts'
import { setNilReturn } from '#app/lib/return-lines.server.ts'
import { submitReturn } from '#app/lib/return-submission.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { approveBid, insertAwardedContract, insertClosedTenderWithBid } from './contract-fixture.ts'
import { expect, expectNoAxeViolations, insertUser, signInAs, test } from './fixtures.ts'

type Contract = Awaited<ReturnType<typeof insertAwardedContract>>

/** The supplier files a nil return for the contract's first half-year: it waits for the contract manager. */
function submitNilReturn(contract: Contract) {
	const { id, email, name, role, organisationId } = contract.supplier
	const supplier = { id, email, name, role, organisationId }
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const opened = openReturn(supplier, contract.periods.find((p) => p.key === '2025-26-H1')!.id, ctx)
	if (!opened.ok) throw new Error(opened.message)
	const version = () => loadReturn(opened.returnId)!.progressReturn.version
	setNilReturn(supplier, { returnId: opened.returnId, version: version(), nil: true, reason: 'Not started' }, ctx)
	const submitted = submitReturn(supplier, { returnId: opened.returnId, version: version() }, ctx)
	if (!submitted.ok) throw new Error(submitted.message)
}

test('each contract manager’s home lists the work on their own contracts and tenders, and none of another’s', async ({
	page,
}) => {
	test.setTimeout(90_000)
	const mine = await insertAwardedContract()
	const theirs = await insertAwardedContract()
	submitNilReturn(mine)
	const toEvaluate = await insertClosedTenderWithBid({ manager: mine.manager })
	const toAward = await insertClosedTenderWithBid({ manager: mine.manager })
	approveBid(toAward)

	await signInAs(page, mine.manager)
	await page.goto('/manage')
	await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
	await expect(page.getByText('On your contracts and tenders, the longest waiting first.')).toBeVisible()

	const returns = page.getByRole('table', { name: 'Returns waiting for review (1)' })
	await expect(returns).toContainText(`${mine.title}: H1 2025/26`)
	await expect(returns).toContainText('Waiting since today')
	const matrices = page.getByRole('table', { name: 'Matrices waiting for a decision (1)' })
	await expect(matrices).toContainText(`${toEvaluate.organisation.name}: ${toEvaluate.form.title}`)
	await expect(matrices).toContainText(/Waiting \d+ days/)
	await expect(page.getByRole('table', { name: 'Tenders ready to evaluate (1)' })).toContainText(toEvaluate.form.title)
	const awards = page.getByRole('table', { name: 'Contracts to award (1)' })
	await expect(awards.getByRole('link', { name: toAward.form.title })).toHaveAttribute(
		'href',
		`/manage/matrices/${toAward.matrixId}/award`,
	)
	// The first half-year's return is in; every later one that has fallen due is not.
	const overdue = page.getByRole('table', { name: /^Overdue returns \(\d+\)$/ })
	await expect(overdue).toContainText(`${mine.title}: H2 2025/26`)
	await expect(overdue).not.toContainText(`${mine.title}: H1 2025/26`)
	await expect(overdue).toContainText(/\d+ days late/)
	await expect(page.getByRole('table', { name: 'Contracts with commitments behind plan (1)' })).toContainText(
		mine.title,
	)

	await expect(page.getByRole('heading', { name: 'Your contracts at a glance' })).toBeVisible()
	await expect(page.getByText('1 red, 0 amber, 0 green, 1 with nothing due yet')).toBeVisible()
	await expect(page.getByRole('table', { name: 'By contract' })).toContainText('£20,200.00')
	await expect(page.getByRole('main')).not.toContainText(theirs.title)
	await expect(page.getByRole('heading', { name: 'Setting up' })).toHaveCount(0)
	await expectNoAxeViolations(page)

	// Each item leads to where the work is done.
	await returns.getByRole('link', { name: `${mine.title}: H1 2025/26` }).click()
	await expect(page.getByRole('heading', { level: 1 })).toContainText('H1 2025/26')

	await signInAs(page, theirs.manager)
	await page.goto('/manage')
	await expect(page.getByRole('table', { name: /^Overdue returns/ })).toContainText(`${theirs.title}: H1 2025/26`)
	await expect(page.getByRole('table', { name: /^Returns waiting for review/ })).toHaveCount(0)
	await expect(page.getByRole('table', { name: /^Contracts to award/ })).toHaveCount(0)
	await expect(page.getByRole('main')).not.toContainText(mine.title)
})

test('a contract manager with nothing to do is told so plainly', async ({ page }) => {
	await signInAs(page, await insertUser({ role: 'contract_manager' }))
	await page.goto('/manage')
	await expect(page.getByText('There is nothing to do now.')).toBeVisible()
	await expect(page.getByText('You do not manage any contracts yet.')).toBeVisible()
	await expect(page.getByRole('table')).toHaveCount(0)
	await expectNoAxeViolations(page)
})

test('an administrator sees the council’s work and the set-up checklist, each step linked to where it is done', async ({
	page,
}) => {
	await insertAwardedContract()
	await signInAs(page, await insertUser({ role: 'admin' }))
	await page.goto('/manage')
	await expect(page.getByText('On every contract and tender in the council, the longest waiting first.')).toBeVisible()
	await expect(page.getByRole('heading', { name: 'The council’s contracts at a glance' })).toBeVisible()
	await expect(page.getByRole('table', { name: /^Overdue returns \(\d+\)$/ })).toBeVisible()

	const checklist = page.locator('.govuk-task-list')
	for (const [step, path] of [
		['Save the council’s name and settings', '/admin/settings'],
		['Publish a TOMs edition', '/admin/toms'],
		['Set the council’s priorities', '/admin/priorities'],
		['Invite contract managers', '/admin/users/invite'],
		['Configure email', '/admin/outbox'],
		['Run the reminders', '/admin/settings'],
	] as const)
		await expect(checklist.getByRole('link', { name: step })).toHaveAttribute('href', path)
	// Contract managers exist and editions are published by the journeys above.
	await expect(checklist.getByRole('link', { name: 'Invite contract managers' })).toHaveAccessibleDescription(
		/contract managers? invited Completed/,
	)
	await expectNoAxeViolations(page)
	await checklist.getByRole('link', { name: 'Set the council’s priorities' }).click()
	await expect(page).toHaveURL(/\/admin\/priorities$/)
})

test('a contract manager signing in lands on their home, which works without JavaScript', async ({ browser }) => {
	const contract = await insertAwardedContract()
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(contract.manager.email)
	await page.getByLabel('Password', { exact: true }).fill(contract.manager.password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page).toHaveURL(/\/manage$/)
	await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link').first()).toHaveText('Home')
	const overdue = page.getByRole('table', { name: /^Overdue returns/ })
	await overdue.getByRole('link', { name: `${contract.title}: H1 2025/26` }).click()
	await expect(page.getByRole('heading', { level: 1 })).toContainText(contract.title)
	await context.close()
})

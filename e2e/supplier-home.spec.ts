import { db } from '#db/client.server.ts'
import { createUser } from '#db/factories.ts'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { daysToGoInWords } from '#app/domain/days-to-go.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { decideReturn } from '#app/lib/return-review.server.ts'
import { setNilReturn } from '#app/lib/return-lines.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { submitReturn } from '#app/lib/return-submission.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { session } from '#tests/tender-fixture.ts'
import { insertAwardedContract } from './contract-fixture.ts'
import { expect, expectNoAxeViolations, insertOpenTender, insertUser, signInAs, test } from './fixtures.ts'

const ctx = () => ({ ip: '127.0.0.1', now: Date.now() })

/**
 * Supplier A has a contract whose first three returns are overdue, a draft matrix and a
 * colleague who has not accepted an invitation; supplier B, another organisation, has only a
 * draft of its own.
 */
async function twoSuppliers() {
	const contract = await insertAwardedContract()
	const tenderA = await insertOpenTender(`Park wardens ${Date.now()}`)
	const tenderB = await insertOpenTender(`Only B bids ${Date.now()}`)
	const supplierA = contract.supplier
	const supplierB = await insertUser({ role: 'supplier' })
	const draftA = startMatrix(session(supplierA), tenderA.tenderId, ctx())
	const draftB = startMatrix(session(supplierB), tenderB.tenderId, ctx())
	if (!draftA.ok || !draftB.ok) throw new Error('matrices not started')
	const invited = await createUser(db, {
		organisationId: supplierA.organisationId,
		role: 'supplier',
		status: 'invited',
		name: 'Ira Invited',
		passwordHash: null,
	})
	return { contract, tenderA, tenderB, supplierA, supplierB, draftA, draftB, invited }
}

const overdue = (periods: Array<{ id: number; label: string; dueDate: string }>) =>
	periods
		.filter((period) => period.dueDate < new Date().toISOString().slice(0, 10))
		.sort((a, b) => a.dueDate.localeCompare(b.dueDate))

test('signing in lands a supplier on their home: what to do now, their bids and contracts, and nothing of another organisation', async ({
	page,
	browser,
}) => {
	const world = await twoSuppliers()
	await page.goto('/sign-in')
	await page.getByLabel('Email address').fill(world.supplierA.email)
	await page.getByLabel('Password', { exact: true }).fill(world.supplierA.password)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page).toHaveURL(/\/home$/)
	await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
	await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Home' })).toHaveAttribute(
		'href',
		'/home',
	)

	const toDo = page.getByRole('table', { name: 'To do now, most urgent first' }).getByRole('row')
	const late = overdue(world.contract.periods)
	expect(late.length).toBeGreaterThan(0)
	await expect(toDo).toHaveCount(1 + late.length + 2)
	for (const [index, period] of late.entries()) {
		const row = toDo.nth(1 + index)
		await expect(row).toContainText(world.contract.title)
		await expect(row).toContainText('Overdue')
		await expect(row).toContainText(
			`${formatCalendarDate(period.dueDate)}: ${daysToGoInWords(period.dueDate, Date.now())}`,
		)
		await expect(
			row.getByRole('link', { name: `Start the ${period.label} return for ${world.contract.title}` }),
		).toHaveAttribute('href', `/returns/start/${period.id}`)
	}
	const draftRow = toDo.nth(1 + late.length)
	await expect(draftRow).toContainText('Draft')
	await expect(draftRow).toContainText('Tender closes')
	await expect(draftRow).toContainText('10 days to go')
	await expect(draftRow.getByRole('link', { name: `Continue your matrix for ${world.tenderA.title}` })).toHaveAttribute(
		'href',
		`/matrices/${world.draftA.matrixId}`,
	)
	const invitationRow = toDo.nth(2 + late.length)
	await expect(invitationRow.getByRole('link', { name: /Ask Ira Invited to accept your invitation/ })).toHaveAttribute(
		'href',
		'/organisation',
	)

	const bids = page.getByRole('table', { name: 'Your bids, by state' }).getByRole('row')
	await expect(bids).toHaveCount(3)
	await expect(bids.nth(1)).toContainText(world.tenderA.title)
	await expect(bids.nth(1)).toContainText('Draft')
	await expect(bids.nth(2)).toContainText(world.contract.title)
	await expect(bids.nth(2)).toContainText('Awarded')

	const contracts = page.getByRole('table', { name: 'Your contracts' }).getByRole('row')
	await expect(contracts).toHaveCount(2)
	await expect(contracts.nth(1).getByRole('link', { name: world.contract.title, exact: true })).toHaveAttribute(
		'href',
		`/contracts/${world.contract.contractId}`,
	)
	await expect(contracts.nth(1)).toContainText('£0.00')
	await expect(contracts.nth(1)).toContainText(`${late[0]!.label}, due ${formatCalendarDate(late[0]!.dueDate)}`)

	await expect(page.getByText(world.tenderB.title)).toHaveCount(0)
	await expectNoAxeViolations(page)

	await toDo
		.nth(1)
		.getByRole('link', { name: new RegExp(`Start the ${late[0]!.label} return`) })
		.click()
	await expect(page.getByRole('heading', { name: `Start the ${late[0]!.label} progress return` })).toBeVisible()

	const contextB = await browser.newContext()
	const pageB = await contextB.newPage()
	await signInAs(pageB, world.supplierB)
	await pageB.goto('/home')
	const toDoB = pageB.getByRole('table', { name: 'To do now, most urgent first' }).getByRole('row')
	await expect(toDoB).toHaveCount(2)
	await expect(toDoB.getByRole('link', { name: `Continue your matrix for ${world.tenderB.title}` })).toHaveAttribute(
		'href',
		`/matrices/${world.draftB.matrixId}`,
	)
	await expect(pageB.getByText(world.contract.title)).toHaveCount(0)
	await expect(pageB.getByText(world.tenderA.title)).toHaveCount(0)
	await expect(pageB.getByText('Ira Invited')).toHaveCount(0)
	await expect(pageB.getByText('Your organisation has no contracts yet.')).toBeVisible()
	await contextB.close()
})

test('a return the council sent back comes after the overdue ones, linked to where the changes are made', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	const [first, ...rest] = overdue(contract.periods)
	const version = (returnId: number) => loadReturn(returnId)!.progressReturn.version
	const opened = openReturn(session(contract.supplier), first!.id, ctx())
	if (!opened.ok) throw new Error(opened.message)
	const { returnId } = opened
	const steps = [
		() =>
			setNilReturn(
				session(contract.supplier),
				{ returnId, version: version(returnId), nil: true, reason: 'Work had not started' },
				ctx(),
			),
		() => submitReturn(session(contract.supplier), { returnId, version: version(returnId) }, ctx()),
		() =>
			decideReturn(
				session(contract.manager),
				{ returnId, decision: 'return', reason: 'Work started in May', version: version(returnId) },
				ctx(),
			),
	]
	for (const step of steps) expect(step()).toEqual({ ok: true })

	await signInAs(page, contract.supplier)
	await page.goto('/home')
	const toDo = page.getByRole('table', { name: 'To do now, most urgent first' }).getByRole('row')
	await expect(toDo).toHaveCount(1 + rest.length + 1)
	const sentBack = toDo.last()
	await expect(sentBack).toContainText('Needs changes')
	await expect(sentBack).toContainText('Sent back by the council')
	await sentBack
		.getByRole('link', { name: `Make the changes to the ${first!.label} return for ${contract.title}` })
		.click()
	await expect(page).toHaveURL(new RegExp(`/returns/${returnId}$`))
	await expect(page.getByText('Work started in May').first()).toBeVisible()
})

test('with nothing to do the home says so plainly and points to the opportunities and the TOMs', async ({ page }) => {
	await signInAs(page, await insertUser({ role: 'supplier' }))
	await page.goto('/home')
	await expect(page.getByText('You have nothing to do now.')).toBeVisible()
	await expect(
		page.getByText('Your organisation has not started a social value matrix for any tender yet.'),
	).toBeVisible()
	await expect(page.getByText('Your organisation has no contracts yet.')).toBeVisible()
	await expect(page.getByRole('table')).toHaveCount(0)
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: 'the TOMs' }).click()
	await expect(page).toHaveURL(/\/toms$/)
	await page.goBack()
	await page.getByRole('link', { name: 'opportunities open for bids' }).click()
	await expect(page.getByRole('heading', { name: 'Opportunities' })).toBeVisible()
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('the home lists what to do and its links lead to where it is done', async ({ page }) => {
		const world = await twoSuppliers()
		await signInAs(page, world.supplierA)
		await page.goto('/home')
		const draftLink = page.getByRole('link', { name: `Continue your matrix for ${world.tenderA.title}` })
		await expect(draftLink).toBeVisible()
		await draftLink.click()
		await expect(page.getByRole('heading', { name: 'Your social value matrix' })).toBeVisible()
		await page.goto('/home')
		await page.getByRole('link', { name: /Ask Ira Invited to accept your invitation/ }).click()
		await expect(page.getByRole('row', { name: /Ira Invited/ })).toContainText('Invited')
	})
})

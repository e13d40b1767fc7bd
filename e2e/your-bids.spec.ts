import { session } from '#tests/tender-fixture.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { insertAwardedContract } from './contract-fixture.ts'
import { expect, expectNoAxeViolations, insertOpenTender, insertUser, signInAs, test } from './fixtures.ts'

const ctx = () => ({ ip: '127.0.0.1', now: Date.now() })

test('each supplier lists its own bids with their state and next step, and never another organisation’s', async ({
	page,
	browser,
}) => {
	const shared = await insertOpenTender(`Shared bid ${Date.now()}`)
	const onlyB = await insertOpenTender(`Only B bids ${Date.now()}`)
	const supplierA = await insertUser({ role: 'supplier' })
	const supplierB = await insertUser({ role: 'supplier' })
	const matrixA = startMatrix(session(supplierA), shared.tenderId, ctx())
	const matrixB = startMatrix(session(supplierB), shared.tenderId, ctx())
	startMatrix(session(supplierB), onlyB.tenderId, ctx())
	if (!matrixA.ok || !matrixB.ok) throw new Error('matrices not started')

	await signInAs(page, supplierA)
	await page.goto('/account')
	await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your bids' }).click()
	await expect(page.getByRole('heading', { name: 'Your bids' })).toBeVisible()
	const rowsA = page.getByRole('table', { name: 'Your organisation’s social value matrices' }).getByRole('row')
	await expect(rowsA).toHaveCount(2)
	const sharedRow = rowsA.filter({ hasText: shared.title })
	await expect(sharedRow).toContainText(shared.reference)
	await expect(sharedRow).toContainText('Draft')
	await expect(sharedRow.getByRole('link', { name: `Continue your matrix for ${shared.title}` })).toHaveAttribute(
		'href',
		`/matrices/${matrixA.matrixId}`,
	)
	await expect(page.getByText(onlyB.title)).toHaveCount(0)
	await expectNoAxeViolations(page)
	await sharedRow.getByRole('link', { name: /Continue your matrix/ }).click()
	await expect(page.getByRole('heading', { name: 'Your social value matrix' })).toBeVisible()

	const contextB = await browser.newContext()
	const pageB = await contextB.newPage()
	await signInAs(pageB, supplierB)
	await pageB.goto('/bids')
	const rowsB = pageB.getByRole('table', { name: 'Your organisation’s social value matrices' }).getByRole('row')
	await expect(rowsB).toHaveCount(3)
	await expect(
		rowsB.filter({ hasText: shared.title }).getByRole('link', { name: /Continue your matrix/ }),
	).toHaveAttribute('href', `/matrices/${matrixB.matrixId}`)
	await expect(rowsB.filter({ hasText: onlyB.title })).toHaveCount(1)
	await contextB.close()
})

test('an awarded bid leads to its contract; an organisation with no bids is sent to the opportunities', async ({
	page,
}) => {
	const contract = await insertAwardedContract()
	await signInAs(page, contract.supplier)
	await page.goto('/bids')
	const row = page.getByRole('row').filter({ hasText: contract.title })
	await expect(row).toContainText('Awarded')
	await expect(row).toContainText('You won this contract')
	await row.getByRole('link', { name: /Go to your contract/ }).click()
	await expect(page.getByRole('heading', { name: contract.title })).toBeVisible()

	await signInAs(page, await insertUser({ role: 'supplier' }))
	await page.goto('/bids')
	await expect(
		page.getByText('Your organisation has not started a social value matrix for any tender yet.'),
	).toBeVisible()
	await expect(page.getByRole('table')).toHaveCount(0)
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: 'opportunities open for bids' }).click()
	await expect(page.getByRole('heading', { name: 'Opportunities' })).toBeVisible()
})

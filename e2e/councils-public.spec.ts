import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { councilById, firstCouncil } from '#app/lib/councils.server.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { setUpAwardedContract, setUpMatrixTender } from '#tests/matrix-fixture.ts'
import { expect, expectNoAxeViolations, signInAs, test } from './fixtures.ts'

/**
 * Two councils on one shared host: the first (the server's own) and Dale. Supplier X has a
 * contract and its winning bid with the first, and a draft bid for an open Dale tender; each
 * council has a tender open for bids.
 */
async function twoCouncils() {
	const run = Date.now().toString(36).toUpperCase()
	const first = firstCouncil()!
	const daleOrganisation = createOrganisation(db, { kind: 'council', name: `Dale ${run} District Council` })
	const dale = councilById(daleOrganisation.id)!
	const now = Date.now()
	const won = await setUpAwardedContract(`CP-A-${run}`, now)
	const firstOpen = await setUpMatrixTender(`CP-F-${run}`, now)
	const daleOpen = await setUpMatrixTender(`CP-D-${run}`, now, { councilId: dale.id })
	const supplier = won.supplierA
	const bid = startMatrix(supplier, daleOpen.tenderId, { ip: '127.0.0.1', now })
	if (!bid.ok) throw new Error(bid.message)
	return { run, first, dale, won, firstOpen, daleOpen, supplier, daleBid: bid.matrixId }
}

test('a council’s pages under its prefix show only its own; a supplier sees every council’s work grouped on their home', async ({
	page,
	browser,
}) => {
	// Eleven pages, each checked with axe, in one journey.
	test.slow()
	const world = await twoCouncils()
	const { first, dale, run } = world

	// The shared host opens on the list of councils, each leading to its own pages.
	await page.goto('/')
	await expect(page.getByRole('heading', { name: 'Get social value from council contracts' })).toBeVisible()
	await page.getByRole('link', { name: dale.name }).click()
	await expect(page).toHaveURL(new RegExp(`/c/${dale.slug}$`))
	await expect(page.getByRole('heading', { name: `Get social value from ${dale.name} contracts` })).toBeVisible()
	await expect(page.getByRole('banner').getByRole('link', { name: dale.name })).toHaveAttribute(
		'href',
		`/c/${dale.slug}`,
	)
	await expectNoAxeViolations(page)

	// Dale's opportunities are Dale's alone, and their links stay under Dale's prefix.
	await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Opportunities' }).click()
	await expect(page).toHaveURL(new RegExp(`/c/${dale.slug}/opportunities$`))
	const daleRows = page.getByRole('table', { name: 'Open tenders' })
	await expect(daleRows).toContainText(`CP-D-${run}`)
	await expect(daleRows).not.toContainText(`CP-F-${run}`)
	await expect(daleRows.getByRole('columnheader', { name: 'Council' })).toHaveCount(0)
	await expectNoAxeViolations(page)
	await daleRows.getByRole('link', { name: 'Library cleaning' }).first().click()
	await expect(page).toHaveURL(new RegExp(`/c/${dale.slug}/opportunities/${world.daleOpen.tenderId}$`))
	await expect(page.getByRole('link', { name: 'Back to opportunities' })).toHaveAttribute(
		'href',
		`/c/${dale.slug}/opportunities`,
	)
	await expectNoAxeViolations(page)

	// Another council's tender or contract does not exist under Dale's address; an unknown council is not found.
	for (const url of [
		`/c/${dale.slug}/opportunities/${world.firstOpen.tenderId}`,
		`/c/${dale.slug}/contracts/${world.won.contractId}`,
		'/c/no-such-council/opportunities',
	]) {
		const response = await page.goto(url)
		expect(response?.status(), url).toBe(404)
	}
	expect((await page.request.get('/c/no-such-council')).status()).toBe(404)

	// The first council's register holds its contract; Dale's does not.
	await page.goto(`/c/${first.slug}/contracts`)
	await expect(page.getByRole('table', { name: 'Awarded contracts' })).toContainText(`CP-A-${run}/C`)
	await expectNoAxeViolations(page)
	await page.goto(`/c/${dale.slug}/contracts`)
	await expect(page.getByText(`CP-A-${run}/C`)).toHaveCount(0)
	await expectNoAxeViolations(page)

	// On the shared host every council's tenders are listed together, each naming its council.
	await page.goto('/opportunities')
	await expect(page.getByRole('columnheader', { name: 'Council' })).toBeVisible()
	await expect(page.getByRole('row').filter({ hasText: `CP-D-${run}` })).toContainText(dale.name)
	await expectNoAxeViolations(page)

	// The supplier's home: a section per council, each with its own bids and contracts.
	await signInAs(page, world.supplier)
	await page.goto('/home')
	const firstSection = page.getByRole('region', { name: first.name })
	const daleSection = page.getByRole('region', { name: dale.name })
	await expect(
		firstSection.getByRole('table', { name: `Your contracts with ${first.name}` }).getByRole('row'),
	).toHaveCount(2)
	await expect(firstSection.getByRole('table', { name: `Your bids with ${first.name}, by state` })).toContainText(
		'Awarded',
	)
	await expect(daleSection.getByRole('table', { name: `Your bids with ${dale.name}, by state` })).toContainText('Draft')
	await expect(daleSection.getByText('No contracts with this council.')).toBeVisible()
	await expect(page.getByRole('table', { name: 'To do now, most urgent first' })).toContainText(dale.name)
	await expect(page.getByRole('link', { name: dale.name, exact: true })).toHaveAttribute(
		'href',
		`/c/${dale.slug}/opportunities`,
	)
	await expectNoAxeViolations(page)
	await page.goto('/bids')
	await expect(page.getByRole('row').filter({ hasText: `CP-D-${run}` })).toContainText(dale.name)
	await expectNoAxeViolations(page)

	// Without JavaScript (axe needs it, and checked these pages above): the council filter is a
	// plain form, and the pages read the same.
	const plain = await browser.newContext({ javaScriptEnabled: false })
	const plainPage = await plain.newPage()
	await plainPage.goto('/opportunities')
	await plainPage.getByLabel('Show the tenders of').selectOption({ label: dale.name })
	await plainPage.getByRole('button', { name: 'Show' }).click()
	await expect(plainPage).toHaveURL(new RegExp(`/opportunities\\?council=${dale.slug}$`))
	const filtered = plainPage.getByRole('table', { name: 'Open tenders' })
	await expect(filtered).toContainText(`CP-D-${run}`)
	await expect(filtered).not.toContainText(`CP-F-${run}`)
	await signInAs(plainPage, world.supplier)
	await plainPage.goto('/home')
	await expect(plainPage.getByRole('heading', { name: dale.name, level: 2 })).toBeVisible()
	await expect(plainPage.getByRole('heading', { name: first.name, level: 2 })).toBeVisible()
	await plain.close()
})

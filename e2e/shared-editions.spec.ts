import { createOrganisation } from '#db/factories.ts'
import { db } from '#db/client.server.ts'
import {
	expect,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	sampleContent,
	signInAs,
	test,
} from './fixtures.ts'

test('a council shares its published edition and another council’s administrator adopts it as a draft', async ({
	page,
}) => {
	const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
	const edition = await insertPublishedEdition(sampleContent, `Shared ${suffix}`)
	const sharer = await insertUser({ role: 'admin' })

	// Council A shares the edition from its page.
	await signInAs(page, sharer)
	await page.goto(`/admin/toms/${edition.id}`)
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Share with other councils' }).click()
	await expect(page.getByText('Edition shared.')).toBeVisible()
	await expect(page.getByText(/Shared with other councils/)).toBeVisible()
	await expect(page.getByRole('button', { name: 'Share with other councils' })).toHaveCount(0)
	// Its own shared edition is not offered back to it.
	await page.goto('/admin/toms')
	await expect(page.getByRole('heading', { name: new RegExp(`Shared ${suffix}`) })).toHaveCount(0)
	await page.context().clearCookies()

	// Council B's administrator adopts it.
	const other = createOrganisation(db, { kind: 'council', name: `Adoptby ${suffix} Council` })
	const adopter = await insertUser({ role: 'admin', organisationId: other.id })
	await signInAs(page, adopter)
	await page.goto('/admin/toms')
	await expect(page.getByRole('heading', { name: 'Editions shared by other councils' })).toBeVisible()
	const shared = page.getByRole('listitem').filter({ hasText: `Shared ${suffix}` })
	await expectNoAxeViolations(page)
	await shared.getByRole('button', { name: 'Adopt as a draft' }).click()
	await expect(page.getByText('Edition adopted as a draft.')).toBeVisible()
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`Shared ${suffix} (from`)
	await expect(page.getByRole('button', { name: 'Publish edition' })).toBeVisible()
	await expectNoAxeViolations(page)

	// Adopting it again would make a second draft of the same name: refused with a message.
	await page.goto('/admin/toms')
	await page
		.getByRole('listitem')
		.filter({ hasText: `Shared ${suffix}` })
		.getByRole('button', { name: 'Adopt as a draft' })
		.click()
	await expect(page.getByRole('alert')).toContainText('You already have an edition called')
	await expect(page).toHaveTitle(/^Error: /)
	await expectNoAxeViolations(page)

	// Council A's edition page is not B's to see.
	const response = await page.goto(`/admin/toms/${edition.id}`)
	expect(response?.status()).toBe(404)
})

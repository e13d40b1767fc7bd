import { expect, expectNoAxeViolations, insertUser, signInAs, test } from './fixtures.ts'

test('an administrator changes the settings; bad values are refused with GOV.UK errors', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	await page.goto('/admin/settings')
	await expectNoAxeViolations(page)
	const originalName = await page.getByLabel('Council name').inputValue()
	const originalWeighting = await page.getByLabel('Default social value weighting').inputValue()

	await page.getByLabel('Default social value weighting').fill('150')
	await page.getByLabel('Amber when delivery is at least').fill('95')
	await page.getByRole('button', { name: 'Save settings' }).click()
	await expect(page.getByRole('alert')).toContainText('The default social value weighting must be between 0 and 100')
	await expect(page.getByRole('alert')).toContainText('The amber threshold must be lower than the green threshold')
	await expectNoAxeViolations(page)

	await page.getByLabel('Council name').fill('Riverside Borough Council')
	await page.getByLabel('Default social value weighting').fill('15')
	await page.getByLabel('Amber when delivery is at least').fill('60')
	await page.getByRole('button', { name: 'Save settings' }).click()
	await expect(page.getByText('Settings saved.')).toBeVisible()
	await expect(page.getByRole('link', { name: 'Riverside Borough Council' })).toBeVisible()
	await expect(page.getByLabel('Default social value weighting')).toHaveValue('15')

	// Put things back for the other tests.
	await page.getByLabel('Council name').fill(originalName)
	await page.getByLabel('Default social value weighting').fill(originalWeighting)
	await page.getByRole('button', { name: 'Save settings' }).click()
	await expect(page.getByText('Settings saved.')).toBeVisible()
})

test('only administrators reach the settings', async ({ page }) => {
	const manager = await insertUser({ role: 'contract_manager' })
	await signInAs(page, manager)
	expect((await page.goto('/admin/settings'))?.status()).toBe(403)
})

import { firstCouncil } from '#app/lib/councils.server.ts'
import { href } from 'react-router'
import { listUnits } from '#app/lib/units.server.ts'
import {
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	signInAs,
	test,
} from './fixtures.ts'

test('an administrator adds the council’s own unit, a published edition uses it, and it is renamed, retired and restored', async ({
	page,
}) => {
	test.setTimeout(60_000)
	const suffix = Date.now().toString(36)
	const name = `Weeks of apprenticeship ${suffix}`
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)

	await page.goto('/admin/toms')
	await page.getByRole('link', { name: 'Units', exact: true }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Units' })).toBeVisible()
	await expect(page.getByRole('row', { name: /Expert hours/ })).toContainText('1 expert hour, 2.5 expert hours')
	await expectNoAxeViolations(page)

	// Nothing filled in: every problem is told, and nothing is added.
	await page.getByRole('button', { name: 'Add a unit' }).click()
	await page.getByRole('button', { name: 'Add unit' }).click()
	await expectErrorSummaryFocused(page)
	const summary = page.getByRole('alert')
	await expect(summary).toContainText('Enter the name')
	await expect(summary).toContainText('Enter how one reads')
	await expect(summary).toContainText('Select what kind of figure it takes')
	await expectNoAxeViolations(page)

	await page.getByLabel('Name').fill(name)
	await page.getByLabel('How one reads').fill('week of apprenticeship')
	await page.getByLabel('How several read').fill('weeks of apprenticeship')
	await page.getByLabel('A number with decimal places').check()
	await page.getByRole('group', { name: 'Decimal places' }).getByLabel('1').check()
	await page.getByLabel('Code (optional)').fill(`NT${suffix}`)
	await page.getByRole('button', { name: 'Add unit' }).click()
	await expect(page.getByText('Unit saved.')).toBeVisible()
	const row = page.getByRole('row', { name: new RegExp(name) })
	await expect(row).toContainText('1 week of apprenticeship, 2.5 weeks of apprenticeship')
	await expect(row).toContainText('A number with decimal places (1)')
	await expect(row).toContainText('Nothing yet')

	// A name another unit has is refused, in any case.
	await page.getByRole('button', { name: 'Add a unit' }).click()
	await page.getByLabel('Name').fill('EXPERT HOURS')
	await page.getByLabel('How one reads').fill('hour')
	await page.getByLabel('How several read').fill('hours')
	await page.getByLabel('A whole number').check()
	await page.getByRole('button', { name: 'Add unit' }).click()
	await expectErrorSummaryFocused(page)
	await expect(page.getByRole('alert')).toContainText('There is already a unit called EXPERT HOURS')

	// A published edition values a measure in it.
	const key = listUnits(firstCouncil()!.id).find((unit) => unit.name === name)!.key
	const edition = await insertPublishedEdition({
		themes: [
			{
				name: 'Jobs',
				outcomes: [
					{
						name: 'Skills',
						measures: [
							{
								code: `AP-${suffix}`,
								title: 'Apprenticeships on the contract',
								unit: key,
								proxyValuePence: 17500,
								guidance: '',
								evidenceGuidance: '',
								priorityCodes: [],
							},
						],
					},
				],
			},
		],
	})

	// Renamed: the kind is settled now, the words are not, and every page reads the new ones.
	await page.goto('/admin/units')
	await page.getByRole('link', { name: `Change ${name}` }).click()
	await expect(page.getByText('Used by: 1 measure, 1 in published editions.')).toBeVisible()
	await expect(page.getByText('It cannot change: a published edition or a contract uses this unit')).toBeVisible()
	await expect(page.getByRole('button', { name: 'Delete unit' })).toHaveCount(0)
	await expectNoAxeViolations(page)
	await page.getByLabel('Name').fill(`Apprenticeship weeks ${suffix}`)
	await page.getByLabel('How one reads').fill('apprenticeship week')
	await page.getByRole('button', { name: 'Save unit' }).click()
	await expect(page.getByText('Unit saved.')).toBeVisible()
	await page.goto(href('/toms/editions/:editionId', { editionId: String(edition.id) }))
	await expect(page.getByText('£175.00 per apprenticeship week')).toBeVisible()

	// Retired: no longer offered for a new measure; restored: offered again.
	await page.goto('/admin/units')
	await page.getByRole('link', { name: `Change Apprenticeship weeks ${suffix}` }).click()
	await page.getByRole('button', { name: 'Retire unit' }).click()
	await expect(page.getByText('Unit retired. It is no longer offered for new measures.')).toBeVisible()
	await expect(page.getByRole('row', { name: new RegExp(`Apprenticeship weeks ${suffix}`) })).toContainText('Retired')
	await page.getByRole('link', { name: `Change Apprenticeship weeks ${suffix}` }).click()
	await page.getByRole('button', { name: 'Restore unit' }).click()
	await expect(page.getByText('Unit restored. It is offered for new measures again.')).toBeVisible()
})

test('a unit nothing uses can be deleted, and one whose kind is free can change it', async ({ page }) => {
	const suffix = Date.now().toString(36)
	const admin = await insertUser({ role: 'admin' })
	await signInAs(page, admin)
	await page.goto(href('/admin/units/:unitId', { unitId: 'new' }))
	await page.getByLabel('Name').fill(`Trees planted ${suffix}`)
	await page.getByLabel('How one reads').fill('tree')
	await page.getByLabel('How several read').fill('trees')
	await page.getByLabel('A whole number').check()
	await page.getByRole('button', { name: 'Add unit' }).click()
	await page.getByRole('link', { name: `Change Trees planted ${suffix}` }).click()
	await page.getByLabel('A number with decimal places').check()
	await page.getByRole('button', { name: 'Save unit' }).click()
	await expect(page.getByRole('row', { name: new RegExp(`Trees planted ${suffix}`) })).toContainText(
		'1 tree, 2.5 trees',
	)
	await page.getByRole('link', { name: `Change Trees planted ${suffix}` }).click()
	await page.getByRole('button', { name: 'Delete unit' }).click()
	await expect(page.getByText('Unit deleted.')).toBeVisible()
	await expect(page.getByRole('row', { name: new RegExp(`Trees planted ${suffix}`) })).toHaveCount(0)
})

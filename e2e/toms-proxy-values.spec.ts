import { and, desc, eq } from 'drizzle-orm'
import type { Page } from '@playwright/test'
import { db } from '#db/client.server.ts'
import { auditEvents } from '#db/schema.ts'
import { saveMeasure } from '#app/lib/toms-content.server.ts'
import { STALE_EDITION, createEdition } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { session } from '#tests/tender-fixture.ts'
import { proxyValuesByCode } from '#tests/toms-values.ts'
import {
	expect,
	expectErrorSummaryFocused,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	sampleContent,
	signInAs,
	test,
} from './fixtures.ts'

/** A new draft copied from a published edition of the sample content, as a council starts next year's. */
async function copiedDraft(admin: Awaited<ReturnType<typeof insertUser>>) {
	const published = await insertPublishedEdition(sampleContent)
	const created = createEdition(
		session(admin),
		{
			name: `Next year ${Date.now()} ${Math.random().toString(36).slice(2, 6)}`,
			description: '',
			copyFromId: published.id,
		},
		{ ip: '127.0.0.1', now: Date.now() },
	)
	if (!created.ok) throw new Error(created.message)
	return { draftId: created.editionId, publishedId: published.id }
}

function lastAudit(editionId: number) {
	return db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.subjectType, 'toms_edition'), eq(auditEvents.subjectId, String(editionId))))
		.orderBy(desc(auditEvents.id))
		.get()
}

function row(page: Page, code: string) {
	return page.getByRole('row', { name: new RegExp(`^${code} `) })
}

test('an administrator uplifts a copied draft by 3.5% for the ticked measures, then changes three values in one table', async ({
	page,
}) => {
	test.setTimeout(60_000)
	const admin = await insertUser({ role: 'admin' })
	const { draftId, publishedId } = await copiedDraft(admin)
	await signInAs(page, admin)
	await page.goto(`/admin/toms/${draftId}`)
	await page.getByRole('link', { name: 'Uplift proxy values by a percentage' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Uplift proxy values' })).toBeVisible()
	await expectNoAxeViolations(page)

	// Nothing typed, and nothing ticked when only some are to change.
	await page.getByRole('button', { name: 'Preview' }).click()
	await expect(page.getByRole('alert')).toContainText('Enter the percentage')
	await expectErrorSummaryFocused(page)
	await page.getByLabel('Percentage').fill('0')
	await page.getByLabel('Only the measures ticked below').check()
	await page.getByRole('button', { name: 'Preview' }).click()
	await expect(page.getByRole('alert')).toContainText('Percentage must not be 0')
	await expect(page.getByRole('alert')).toContainText('Select the measures to uplift')
	await expectNoAxeViolations(page)

	// Record-only and text measures are not offered.
	const choices = page.getByRole('group', { name: 'Measures to uplift' }).getByRole('checkbox')
	await expect(choices).toHaveCount(3)
	await page.getByLabel('Percentage').fill('3.5')
	await page.getByLabel('JOB-2: Expert advice hours for local charities').check()
	await page.getByLabel('ENV-1: Carbon emissions saved').check()
	await page.getByRole('button', { name: 'Preview' }).click()
	const heading = page.getByRole('heading', { level: 2, name: 'Preview: 3.5% on 2 measures' })
	await expect(heading).toBeFocused()
	await expect(page.getByText('Each new value is rounded to the nearest penny; half a penny rounds up.')).toBeVisible()
	const preview = page.getByRole('table', { name: 'New proxy values after a 3.5% uplift' })
	await expect(preview.getByRole('row')).toHaveCount(3)
	// £101.00 × 1.035 is £104.535: half a penny, so up. £244.63 × 1.035 is £253.19205.
	await expect(row(page, 'JOB-2')).toHaveText(
		/JOB-2\s*Expert advice hours for local charities\s*£101\.00\s*£104\.54\s*\+£3\.54/,
	)
	await expect(row(page, 'ENV-1')).toHaveText(/ENV-1\s*Carbon emissions saved\s*£244\.63\s*£253\.19\s*\+£8\.56/)
	expect(proxyValuesByCode(draftId)).toMatchObject({ 'JOB-2': 10100, 'ENV-1': 24463 })
	await expectNoAxeViolations(page)

	await page.getByRole('button', { name: 'Apply uplift' }).click()
	await expect(page.getByText('Proxy values uplifted. The draft now holds the new values.')).toBeVisible()
	await expect(page.getByRole('row', { name: /JOB-2/ })).toContainText('£104.54 per expert hour')
	await expect(page.getByRole('row', { name: /ENV-1/ })).toContainText('£253.19 per tonne CO2e')
	await expect(page.getByRole('row', { name: /JOB-1/ })).toContainText('£15,000.00 per person (FTE)')
	expect(proxyValuesByCode(draftId)).toEqual({
		'JOB-1': 1500000,
		'JOB-2': 10454,
		'ENV-1': 25319,
		'ENV-2': null,
		'ENV-3': null,
	})
	expect(proxyValuesByCode(publishedId)).toMatchObject({ 'JOB-2': 10100, 'ENV-1': 24463 })
	expect(lastAudit(draftId)).toMatchObject({
		action: 'toms_edition_changed',
		actorUserId: admin.id,
		detail: { change: 'uplifted 2 proxy values by 3.5%', upliftPercent: '3.5', measuresChanged: 2 },
	})
	await expectNoAxeViolations(page)

	// Three values in one table: one of them bad, so nothing is saved.
	await page.getByRole('link', { name: 'Change proxy values in one table' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Change proxy values' })).toBeVisible()
	await expect(page.getByRole('table', { name: 'Jobs and skills' })).toBeVisible()
	await expect(page.getByRole('table', { name: 'Net zero' })).toBeVisible()
	await expect(page.getByLabel('Proxy value of ENV-2, £ per unit')).toHaveCount(0)
	await expect(page.getByLabel('Proxy value of JOB-2, £ per unit')).toHaveValue('104.54')
	await expect(page.getByLabel('Proxy value of ENV-3, £ per unit')).toHaveValue('')
	await expectNoAxeViolations(page)
	const versionBefore = getEdition(draftId)!.version
	await page.getByLabel('Proxy value of JOB-1, £ per unit').fill('15,500')
	await page.getByLabel('Proxy value of ENV-3, £ per unit').fill('1.50')
	await page.getByLabel('Proxy value of ENV-1, £ per unit').fill('12.345')
	await page.getByRole('button', { name: 'Save proxy values' }).click()
	const summary = page.getByRole('alert')
	await expect(summary).toContainText(
		'ENV-1: Proxy value must not have fractions of a penny (at most 2 decimal places)',
	)
	await expect(summary.getByRole('link')).toHaveCount(1)
	await expectErrorSummaryFocused(page)
	await expect(page.getByLabel('Proxy value of ENV-1, £ per unit')).toHaveAccessibleDescription(
		'Error: Proxy value must not have fractions of a penny (at most 2 decimal places)',
	)
	await expect(page.getByLabel('Proxy value of JOB-1, £ per unit')).toHaveValue('15,500')
	await expectNoAxeViolations(page)
	await summary.getByRole('link').click()
	await expect(page.getByLabel('Proxy value of ENV-1, £ per unit')).toBeFocused()
	expect(getEdition(draftId)!.version).toBe(versionBefore)
	expect(proxyValuesByCode(draftId)).toMatchObject({ 'JOB-1': 1500000, 'ENV-1': 25319, 'ENV-3': null })

	await page.getByLabel('Proxy value of ENV-1, £ per unit').fill('250')
	await page.getByRole('button', { name: 'Save proxy values' }).click()
	await expect(page.getByText('Proxy values saved.')).toBeVisible()
	await expect(page.getByRole('row', { name: /JOB-1/ })).toContainText('£15,500.00 per person (FTE)')
	await expect(page.getByRole('row', { name: /ENV-3/ })).toContainText('£1.50 per percentage point')
	expect(proxyValuesByCode(draftId)).toEqual({
		'JOB-1': 1550000,
		'JOB-2': 10454,
		'ENV-1': 25000,
		'ENV-2': null,
		'ENV-3': 150,
	})
	expect(lastAudit(draftId)).toMatchObject({
		action: 'toms_edition_changed',
		detail: { change: 'changed 3 proxy values', measuresChanged: 3 },
	})
	expect(getEdition(draftId)!.version).toBe(versionBefore + 1)
})

test('an uplift previewed before someone else changed the draft is refused, and changes nothing', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const { draftId } = await copiedDraft(admin)
	await signInAs(page, admin)
	await page.goto(`/admin/toms/${draftId}/uplift`)
	await page.getByLabel('Percentage').fill('-2.5')
	await page.getByLabel(/^Every measure with a proxy value/).check()
	await page.getByRole('button', { name: 'Preview' }).click()
	await expect(page.getByRole('heading', { level: 2, name: 'Preview: -2.5% on 3 measures' })).toBeVisible()
	await expect(row(page, 'JOB-1')).toHaveText(/£15,000\.00\s*£14,625\.00\s*-£375\.00/)

	const tree = loadEditionTree(draftId)
	const outcome = tree.themes[0]!.outcomes[0]!
	const { id: measureId, ...measure } = outcome.measures[1]!
	const changed = saveMeasure(
		session(admin),
		{
			editionId: draftId,
			version: getEdition(draftId)!.version,
			measureId,
			outcomeId: outcome.id,
			measure: { ...measure, proxyValuePence: 9900 },
		},
		{ ip: '127.0.0.1', now: Date.now() },
	)
	expect(changed.ok).toBe(true)
	const before = proxyValuesByCode(draftId)
	await page.getByRole('button', { name: 'Apply uplift' }).click()
	await expect(page.getByRole('alert')).toContainText(STALE_EDITION)
	await expect(page.getByRole('button', { name: 'Apply uplift' })).toHaveCount(0)
	await expectNoAxeViolations(page)
	expect(proxyValuesByCode(draftId)).toEqual(before)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a bad value in the table is refused on its own row, keeps what was typed, and the uplift still previews and applies', async ({
		page,
	}) => {
		const admin = await insertUser({ role: 'admin' })
		const { draftId } = await copiedDraft(admin)
		await signInAs(page, admin)
		await page.goto(`/admin/toms/${draftId}/proxy-values`)
		await page.getByLabel('Proxy value of JOB-2, £ per unit').fill('lots')
		await page.getByLabel('Proxy value of ENV-3, £ per unit').fill('2')
		await page.getByLabel('Proxy value of ENV-1, £ per unit').fill('-1')
		await page.getByRole('button', { name: 'Save proxy values' }).click()
		const summary = page.getByRole('alert')
		await expect(summary).toContainText('Nothing has been saved.')
		await expect(summary.getByRole('link')).toHaveText([
			'JOB-2: Proxy value must be a number, like 16.93',
			'ENV-1: Proxy value must be £0 or more',
		])
		await expectErrorSummaryFocused(page)
		await expect(page.getByLabel('Proxy value of JOB-2, £ per unit')).toHaveAccessibleDescription(
			'Error: Proxy value must be a number, like 16.93',
		)
		await expect(page.getByLabel('Proxy value of JOB-2, £ per unit')).toHaveValue('lots')
		await expect(page.getByLabel('Proxy value of ENV-3, £ per unit')).toHaveValue('2')
		await expect(page).toHaveTitle(/^Error: Change proxy values/)
		expect(proxyValuesByCode(draftId)).toMatchObject({ 'JOB-2': 10100, 'ENV-1': 24463, 'ENV-3': null })

		await page.goto(`/admin/toms/${draftId}/uplift`)
		await page.getByLabel('Percentage').fill('3.5')
		await page.getByLabel(/^Every measure with a proxy value/).check()
		await page.getByRole('button', { name: 'Preview' }).click()
		await expect(row(page, 'JOB-1')).toHaveText(/£15,000\.00\s*£15,525\.00\s*\+£525\.00/)
		await page.getByRole('button', { name: 'Apply uplift' }).click()
		await expect(page.getByText('Proxy values uplifted.')).toBeVisible()
		expect(proxyValuesByCode(draftId)).toMatchObject({
			'JOB-1': 1552500,
			'JOB-2': 10454,
			'ENV-1': 25319,
			'ENV-3': null,
		})
	})
})

test('a published edition has no pages that change its values', async ({ page }) => {
	const admin = await insertUser({ role: 'admin' })
	const { publishedId } = await copiedDraft(admin)
	await signInAs(page, admin)
	for (const path of [`/admin/toms/${publishedId}/uplift`, `/admin/toms/${publishedId}/proxy-values`]) {
		expect((await page.goto(path))?.status(), path).toBe(404)
	}
	await page.goto(`/admin/toms/${publishedId}`)
	await expect(page.getByRole('link', { name: 'Uplift proxy values by a percentage' })).toHaveCount(0)
})

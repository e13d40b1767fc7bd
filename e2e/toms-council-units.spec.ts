import { firstCouncil } from '#app/lib/councils.server.ts'
import { href } from 'react-router'
import { createEdition } from '#app/lib/toms-editions.server.ts'
import { loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { listUnits } from '#app/lib/units.server.ts'
import { session } from '#tests/tender-fixture.ts'
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

/**
 * A council's own measures spreadsheet, in its own words for units: "Expert Hours" and
 * "people-(FTE)" are the council's units however they are written; "no. hrs x no. attendees"
 * and the apprenticeship weeks are not, until the officer says what they are.
 */
function councilCsv(suffix: string): Buffer {
	return Buffer.from(
		[
			'theme,outcome,code,title,unit,proxy_value_gbp,guidance,evidence_guidance,priorities',
			'Jobs and skills,Local people in good work,JOB-1,Local residents employed on the contract,people-(FTE),15000,Count full-time equivalents.,Payroll extract.,CP1',
			'Jobs and skills,Local people in good work,JOB-2,Expert advice hours for local charities,Expert Hours,101,Hours of professional advice.,Timesheets.,',
			`Jobs and skills,Local people in good work,JOB-7,Apprenticeship weeks,wks apprenticeship ${suffix},175.555,Weeks on the contract.,Contracts.,`,
			'Communities,Stronger communities,COM-1,Workshops for local groups,no. hrs x no. attendees,16.93,Hours times attendees.,Registers.,',
			'Communities,Stronger communities,COM-2,Community sessions,No Hrs X No Attendees,,Record only.,Registers.,',
		].join('\n'),
	)
}

test('a council’s spreadsheet in its own unit wording is resolved, previewed, imported, uplifted and compared', async ({
	page,
}) => {
	test.setTimeout(90_000)
	const suffix = Date.now().toString(36)
	const admin = await insertUser({ role: 'admin' })
	const source = await insertPublishedEdition(sampleContent)
	const name = `Council framework ${suffix}`
	const created = createEdition(
		session(admin),
		{ name, description: '', copyFromId: source.id },
		{
			ip: '127.0.0.1',
			now: Date.now(),
		},
	)
	if (!created.ok) throw new Error(created.message)
	const draftId = created.editionId
	await signInAs(page, admin)

	await page.goto(href('/admin/toms/:editionId/import', { editionId: String(draftId) }))
	await page
		.getByLabel('Upload a file')
		.setInputFiles({ name: 'council-measures.csv', mimeType: 'text/csv', buffer: councilCsv(suffix) })
	await page.getByLabel('Round values to the nearest penny').check()
	await page.getByRole('button', { name: 'Import file' }).click()

	// Each unit the council does not have is listed once, with the rows that use it.
	await expect(page.getByRole('heading', { level: 1, name: 'Choose what the units in the file are' })).toBeVisible()
	const attendees = page.getByRole('group', { name: '‘no. hrs x no. attendees’', exact: true })
	const weeks = page.getByRole('group', { name: `‘wks apprenticeship ${suffix}’`, exact: true })
	await expect(attendees).toContainText('Used in rows 5 and 6.')
	await expect(weeks).toContainText('Used in row 4.')
	await expect(page.getByRole('group', { name: /Expert Hours|people-\(FTE\)/ })).toHaveCount(0)
	await expectNoAxeViolations(page)

	// Nothing chosen: each unit says what it needs, and nothing changes.
	await page.getByRole('button', { name: 'Continue to the preview' }).click()
	await expectErrorSummaryFocused(page)
	await expect(page.getByRole('alert')).toContainText(
		'Choose whether to use one of the council’s units or create a new one',
	)
	await expectNoAxeViolations(page)

	// A unit in words cannot take rows that give a value.
	await attendees.getByLabel('A new unit', { exact: true }).check()
	await attendees.getByLabel('Name').fill(`Workshop words ${suffix}`)
	await attendees.getByLabel('How one reads').fill('workshop')
	await attendees.getByLabel('How several read').fill('workshops')
	await attendees.getByLabel('Words', { exact: true }).check()
	await weeks.getByLabel('One of the council’s units', { exact: true }).check()
	await weeks.getByLabel('If one of the council’s units: which').selectOption('Weeks')
	await page.getByRole('button', { name: 'Continue to the preview' }).click()
	await expectErrorSummaryFocused(page)
	await expect(page.getByRole('alert')).toContainText(
		'‘no. hrs x no. attendees’ cannot be a unit in words: row 5 gives a proxy value',
	)
	expect(listUnits(firstCouncil()!.id).some((unit) => unit.name === `Workshop words ${suffix}`)).toBe(false)

	// Mapped to the council's unit, and the other made a new unit of the council's.
	await attendees.getByLabel('One of the council’s units', { exact: true }).check()
	await attendees.getByLabel('If one of the council’s units: which').selectOption('Hours × attendees')
	await weeks.getByLabel('A new unit', { exact: true }).check()
	await weeks.getByLabel('Name').fill(`Weeks of apprenticeship ${suffix}`)
	await weeks.getByLabel('How one reads').fill('week of apprenticeship')
	await weeks.getByLabel('How several read').fill('weeks of apprenticeship')
	await weeks.getByLabel('A number with decimal places').check()
	await weeks.getByRole('group', { name: 'Decimal places' }).getByLabel('1').check()
	await page.getByRole('button', { name: 'Continue to the preview' }).click()

	// The preview: what the file adds and changes, and the value rounded to the penny.
	await expect(page.getByRole('heading', { level: 1, name: 'Check what the import will change' })).toBeVisible()
	await expect(page.getByRole('table', { name: 'Proxy values rounded to the penny' })).toContainText('£175.56')
	await expect(page.getByRole('table', { name: 'Measures added' })).toContainText(`Weeks of apprenticeship ${suffix}`)
	await expectNoAxeViolations(page)
	await page.getByLabel('Replace everything in this draft with the file').check()
	await page.getByRole('button', { name: 'Confirm and import' }).click()
	await expect(page.getByText('Spreadsheet imported.')).toBeVisible()
	await expect(page.getByRole('row', { name: /COM-1/ })).toContainText('£16.93 per attendee hour')
	await expect(page.getByRole('row', { name: /JOB-7/ })).toContainText('£175.56 per week of apprenticeship')
	const units = loadEditionTree(draftId)
		.themes.flatMap((theme) => theme.outcomes.flatMap((outcome) => outcome.measures))
		.map((measure) => [measure.code, measure.unit])
	expect(units).toEqual([
		['JOB-1', 'people_fte'],
		['JOB-2', 'expert_hours'],
		['JOB-7', listUnits(firstCouncil()!.id).find((unit) => unit.name === `Weeks of apprenticeship ${suffix}`)!.key],
		['COM-1', 'hours_attendees'],
		['COM-2', 'hours_attendees'],
	])

	// This year's uplift on every priced measure.
	await page.getByRole('link', { name: 'Uplift proxy values by a percentage' }).click()
	await page.getByLabel('Percentage').fill('2.5')
	await page.getByLabel('Every measure with a proxy value').check()
	await page.getByRole('button', { name: 'Preview' }).click()
	await expect(page.getByRole('row', { name: /JOB-2/ })).toContainText('£103.53')
	await page.getByRole('button', { name: 'Apply uplift' }).click()
	await expect(page.getByRole('row', { name: /JOB-2/ })).toContainText('£103.53 per expert hour')

	// Published, then anyone can see what changed since the edition it was copied from.
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await page.getByRole('button', { name: 'Publish edition' }).click()
	await expect(page.getByText('Edition published.')).toBeVisible()
	await page.context().clearCookies()
	await page.goto(`/toms/compare?from=${source.id}&to=${draftId}`)
	await expect(
		page.getByRole('heading', { level: 1, name: `What changed from ${source.name} to ${name}` }),
	).toBeVisible()
	await expect(page.getByRole('main')).toContainText('£101.00 → £103.53 (+2.5%)')
	await expect(page.getByRole('main')).toContainText(`Weeks of apprenticeship ${suffix}`)
	await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a unit in the file is resolved and the file previewed', async ({ page }) => {
		const suffix = Date.now().toString(36)
		const admin = await insertUser({ role: 'admin' })
		const created = createEdition(
			session(admin),
			{ name: `Plain framework ${suffix}`, description: '', copyFromId: null },
			{ ip: '127.0.0.1', now: Date.now() },
		)
		if (!created.ok) throw new Error(created.message)
		await signInAs(page, admin)
		await page.goto(href('/admin/toms/:editionId/import', { editionId: String(created.editionId) }))
		const csv = [
			'theme,outcome,code,title,unit,proxy_value_gbp,guidance,evidence_guidance,priorities',
			'Jobs,Skills,S-1,Mentoring sessions,sessions of mentoring,,,,',
		].join('\n')
		await page
			.getByLabel('Upload a file')
			.setInputFiles({ name: 'plain.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
		await page.getByRole('button', { name: 'Import file' }).click()
		await expect(page.getByRole('heading', { level: 1, name: 'Choose what a unit in the file is' })).toBeVisible()
		await page.getByRole('button', { name: 'Continue to the preview' }).click()
		await expect(page.getByRole('alert')).toContainText(
			'Choose whether to use one of the council’s units or create a new one',
		)
		await page.getByLabel('One of the council’s units', { exact: true }).check()
		await page.getByLabel('If one of the council’s units: which').selectOption('Visits')
		await page.getByRole('button', { name: 'Continue to the preview' }).click()
		await expect(page.getByRole('heading', { level: 1, name: 'Check what the import will change' })).toBeVisible()
		await expect(page.getByRole('table', { name: 'Measures added' })).toContainText('Visits')
		await page.getByRole('button', { name: 'Confirm and import' }).click()
		await expect(page.getByText('Spreadsheet imported.')).toBeVisible()
		await expect(page.getByRole('row', { name: /S-1/ })).toContainText('Visits')
	})
})

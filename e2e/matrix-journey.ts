import type { Page } from '@playwright/test'
import { fillDate } from './date-input.ts'
import { expect } from './fixtures.ts'

/** A supplier filling in and submitting the two-measure matrix of `insertOpenTender`, as the matrix journeys share it. */

export async function fillHoursLine(page: Page) {
	await page.getByLabel('Quantity you commit to over the contract').fill('200')
	await fillDate(page, 'Milestone 1 date', '2028-03-31')
	await page.getByLabel('Milestone 1 running total').fill('100')
	await fillDate(page, 'Milestone 2 date', '2029-03-31')
	await page.getByLabel('Milestone 2 running total').fill('200')
	await page.getByLabel('Full name').fill('Jo Baker')
	await page.getByLabel('Role').fill('Community lead')
	await page.getByLabel('Email address').fill('jo@brightstart.example')
	await page.getByLabel('Method statement').fill('Our accountants give two days a month to local charities.')
}

export async function fillTextLine(page: Page) {
	await page.getByLabel('What you commit to').fill('A waste plan reviewed every quarter')
	await page.getByLabel('Full name').fill('Jo Baker')
	await page.getByLabel('Role').fill('Operations manager')
	await page.getByLabel('Email address').fill('jo@brightstart.example')
	await page.getByLabel('Method statement').fill('We will separate waste on every site.')
}

/** The supplier's whole happy path: start, complete both lines, confirm, submit. */
export async function startFillAndSubmit(page: Page, tenderId: number) {
	await page.goto(`/opportunities/${tenderId}`)
	await page.getByRole('button', { name: 'Start your social value matrix' }).click()
	await page.getByRole('link', { name: /JOB-2/ }).click()
	await fillHoursLine(page)
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await page.getByRole('link', { name: /ENV-2/ }).click()
	await fillTextLine(page)
	await page.getByRole('button', { name: 'Save and return to your matrix' }).click()
	await confirmAndSubmit(page)
}

export async function confirmAndSubmit(page: Page) {
	await page.getByRole('button', { name: 'Check your answers and submit' }).click()
	// Ticks made while the page is still hydrating can be lost; the server then asks again, so tick again.
	await expect(async () => {
		for (const box of await page
			.getByRole('group', { name: 'Ethical sourcing declarations' })
			.getByRole('checkbox')
			.all())
			await box.check()
		await page.getByRole('button', { name: 'Submit matrix' }).click()
		await expect(page.getByRole('heading', { name: 'Matrix submitted' })).toBeVisible({ timeout: 3000 })
	}).toPass({ timeout: 15_000 })
}

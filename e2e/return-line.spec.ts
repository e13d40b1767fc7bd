import type { Page } from '@playwright/test'
import { insertAwardedContract } from './contract-fixture.ts'
import { expect, expectNoAxeViolations, signInAs, test } from './fixtures.ts'

const pdf = Buffer.from('%PDF-1.7\n% timesheets\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
// A 1×1 PNG.
const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64',
)

/** Opens the first return of a new contract at its numeric commitment. */
async function openHoursLine(page: Page) {
	const contract = await insertAwardedContract()
	await signInAs(page, contract.supplier)
	await page.goto('/your-contracts')
	await page.getByRole('button', { name: 'Start the H1 2025/26 return' }).click()
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	const returnUrl = new URL(page.url()).pathname
	await page.getByRole('link', { name: /JOB-2/ }).click()
	return { returnUrl }
}

/**
 * Everything typed on a line survives an upload, whether the file is refused or kept; a file
 * whose content is not what its name says is refused, saying what it is.
 */
async function uploadKeepsEverythingTyped(page: Page, checkAccessibility: (page: Page) => Promise<void>) {
	const { returnUrl } = await openHoursLine(page)
	const quantity = page.getByLabel('Quantity delivered in this period')
	const narrative = page.getByLabel('What happened', { exact: true })
	const upload = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
		await page.getByLabel('Add a file').setInputFiles(file)
		await page.getByRole('button', { name: 'Upload file' }).click()
	}
	const expectTyped = async (typed: string) => {
		await expect(quantity).toHaveValue(typed)
		await expect(page.getByLabel('On track')).toBeChecked()
		await expect(narrative).toHaveValue('Advice for three local charities.')
		await expect(page.getByLabel('The council may publish what happened')).toBeChecked()
	}

	await quantity.fill('60')
	await page.getByLabel('On track').check()
	await narrative.fill('Advice for three local charities.')
	await page.getByLabel('The council may publish what happened').check()
	await upload({ name: 'timesheets.pdf', mimeType: 'application/pdf', buffer: png })
	await expect(page.getByRole('alert')).toContainText(
		'The selected file is a PNG image, not a PDF. Rename it to .png or choose another file',
	)
	await expectTyped('60')
	await checkAccessibility(page)

	await upload({
		name: 'notes.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('Meeting notes: twelve volunteers came.\n'),
	})
	await expect(page.getByRole('alert')).toContainText(
		'The selected file is a text or CSV file, not a PDF. Rename it to .csv or choose another file',
	)
	await expectTyped('60')

	await upload({ name: 'timesheets.pdf', mimeType: 'application/pdf', buffer: Buffer.from('') })
	await expect(page.getByRole('alert')).toContainText('The selected file is empty')

	await quantity.fill('61')
	await upload({ name: 'timesheets.pdf', mimeType: 'application/pdf', buffer: pdf })
	await expect(page.getByText('File added.')).toBeVisible()
	await expect(page.getByRole('link', { name: 'timesheets.pdf' })).toBeVisible()
	await expectTyped('61')
	await checkAccessibility(page)

	// The upload saved the answer with the file; removing the file keeps what was typed since, too.
	await quantity.fill('62')
	await page.getByRole('button', { name: 'Remove timesheets.pdf' }).click()
	await expect(page.getByText('File removed.')).toBeVisible()
	await expect(page.getByRole('link', { name: 'timesheets.pdf' })).toHaveCount(0)
	await expectTyped('62')

	await page.getByRole('button', { name: 'Save and return to the return' }).click()
	await expect(page.getByText('Saved.')).toBeVisible()
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	return { returnUrl }
}

test('a file uploaded on a return line keeps what was typed; a misnamed file is refused, saying what it is; Your contracts links the started return', async ({
	page,
}) => {
	test.setTimeout(90_000)
	const { returnUrl } = await uploadKeepsEverythingTyped(page, expectNoAxeViolations)

	await page.goto('/your-contracts')
	const link = page.getByRole('link', { name: 'Continue the H1 2025/26 return' })
	await expect(link).toHaveAttribute('href', returnUrl)
	await expect(page.getByRole('button', { name: /Start the H1 2025\/26 return/ })).toHaveCount(0)
	await expectNoAxeViolations(page)
	await link.click()
	await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
})

test('the reason for a nil return is revealed when the box is ticked, and its error shows with the box still ticked', async ({
	page,
}) => {
	await openHoursLine(page)
	await page.getByRole('link', { name: 'Back to the return' }).click()
	const reason = page.getByLabel('Why there is nothing to report')
	await expect(reason).toBeHidden()
	await page.getByLabel('Nothing to report for this period').check()
	await expect(reason).toBeVisible()
	await page.getByRole('button', { name: 'Save', exact: true }).click()
	await expect(page.getByRole('alert')).toContainText('Enter why there is nothing to report for this period')
	await expect(page.getByLabel('Nothing to report for this period')).toBeChecked()
	await expect(reason).toBeVisible()
	await expectNoAxeViolations(page)
	await reason.fill('The centre was closed for refurbishment.')
	await page.getByRole('button', { name: 'Save', exact: true }).click()
	await expect(page.getByText('Saved.')).toBeVisible()
	await expect(reason).toHaveValue('The centre was closed for refurbishment.')
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a file uploaded on a return line keeps what was typed, with plain HTML forms', async ({ page }) => {
		test.setTimeout(90_000)
		await uploadKeepsEverythingTyped(page, async () => {})
		await page.goto('/your-contracts')
		await page.getByRole('link', { name: 'Continue the H1 2025/26 return' }).click()
		await expect(page.getByRole('heading', { name: 'Progress return: H1 2025/26' })).toBeVisible()
	})

	test('the reason for a nil return shows without ticking the box first, as GOV.UK’s reveal does', async ({ page }) => {
		await openHoursLine(page)
		await page.getByRole('link', { name: 'Back to the return' }).click()
		await expect(page.getByLabel('Why there is nothing to report')).toBeVisible()
	})
})

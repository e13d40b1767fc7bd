import { startMatrix } from '#app/lib/matrices.server.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { submitMatrix } from '#app/lib/matrix-submission.server.ts'
import { decideMatrix } from '#app/lib/matrix-review.server.ts'
import { getTender } from '#app/lib/tenders.server.ts'
import { loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { hoursLine, matrixVersion, textLine } from '#tests/matrix-fixture.ts'
import { fixtureTender, session } from '#tests/tender-fixture.ts'
import {
	appOrigin,
	expect,
	expectNoAxeViolations,
	insertPublishedEdition,
	insertUser,
	sampleContent,
	signInAs,
	test,
} from './fixtures.ts'

const DAY = 86_400_000

/**
 * A tender opened at `openedAt` (its deadline ten days later) and one supplier's matrix on
 * it, filled in and submitted then, through the services the pages use.
 */
async function insertSubmittedMatrix(openedAt: number) {
	const edition = await insertPublishedEdition(sampleContent)
	const manager = session(await insertUser({ role: 'contract_manager' }))
	const supplier = await insertUser({ role: 'supplier' })
	const measures = loadEditionTree(edition.id).themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures))
	const hours = measures.find((m) => m.code === 'JOB-2')!
	const words = measures.find((m) => m.code === 'ENV-2')!
	const opened = { ip: '127.0.0.1', now: openedAt }
	const title = `Library cleaning ${Date.now()}`
	const tenderId = fixtureTender(
		manager,
		{
			reference: `E2E/S/${Date.now()}`,
			title,
			contractStart: '2027-04-01',
			contractEnd: '2029-03-31',
			editionId: edition.id,
			measureIds: [hours.id, words.id],
		},
		opened,
	)
	const started = startMatrix(session(supplier), tenderId, opened)
	if (!started.ok) throw new Error(started.message)
	const { matrixId } = started
	saveLine(
		session(supplier),
		{
			matrixId,
			measureId: hours.id,
			version: matrixVersion(matrixId),
			entry: { ...hoursLine, methodStatement: 'Our accountants advise local charities.' },
		},
		opened,
	)
	saveLine(
		session(supplier),
		{ matrixId, measureId: words.id, version: matrixVersion(matrixId), entry: textLine },
		opened,
	)
	const submitted = submitMatrix(
		session(supplier),
		{ matrixId, version: matrixVersion(matrixId), declarationsConfirmed: true },
		opened,
	)
	if (!submitted.ok) throw new Error(submitted.message)
	return { tenderId, title, matrixId, manager, supplier, hours, deadlineAt: getTender(tenderId)!.deadlineAt }
}

test('a submitted matrix: its lines open read only, the confirmation says it can be withdrawn, and the scoring rule is shown', async ({
	page,
}) => {
	const bid = await insertSubmittedMatrix(Date.now())
	await signInAs(page, bid.supplier)

	await page.goto(`/matrices/${bid.matrixId}/submitted`)
	await expect(
		page.getByText(/^Bids are sealed until the deadline, .*Until then you can withdraw your matrix/),
	).toBeVisible()
	await expectNoAxeViolations(page)

	await page.goto(`/matrices/${bid.matrixId}`)
	await expect(page.getByText('Social value is 10% of the total tender score.')).toBeVisible()
	await expect(
		page.getByText('Your social value score is 10% × (50% × quantity score + 50% × quality score), out of 10.'),
	).toBeVisible()
	await page.getByRole('link', { name: 'JOB-2: Expert advice hours for local charities' }).click()
	await expect(page.getByRole('heading', { name: 'JOB-2: Expert advice hours for local charities' })).toBeVisible()
	await expect(page.getByText(/^Your organisation has submitted this matrix\. To change it, withdraw it/)).toBeVisible()
	await expect(page.getByText('Our accountants advise local charities.')).toBeVisible()
	await expect(page.getByText('31 March 2028: 100 expert hours; 31 March 2029: 200 expert hours')).toBeVisible()
	await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
	await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: 'Back to your matrix' }).click()
	await expect(page.getByRole('heading', { name: 'Your social value matrix' })).toBeVisible()

	// Sending the line's form anyway changes nothing.
	const refused = await page.request.post(`/matrices/${bid.matrixId}/lines/${bid.hours.id}`, {
		form: { version: String(matrixVersion(bid.matrixId)), quantity: '1' },
		headers: { Origin: appOrigin },
		maxRedirects: 0,
	})
	expect(refused.status()).toBe(400)

	await page.goto(`/opportunities/${bid.tenderId}`)
	await expect(page.getByRole('heading', { name: 'How bids are scored for social value' })).toBeVisible()
	await expect(page.getByText(/^Quantity: The highest total social value offered gets full marks/)).toBeVisible()
	await expect(
		page.getByText(
			'For example, a bid offering half of the highest total has a quantity score of 50. With a quality score of 80, its social value score is 6.5 out of 10.',
		),
	).toBeVisible()
	await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a resubmission after the deadline is confirmed with what is true then: no sealing, no withdrawing', async ({
		page,
	}) => {
		const bid = await insertSubmittedMatrix(Date.now() - 20 * DAY)
		const now = { ip: '127.0.0.1', now: Date.now() }
		const asked = decideMatrix(
			bid.manager,
			{
				matrixId: bid.matrixId,
				decision: 'request_changes',
				reason: 'Add a milestone for each year.',
				version: matrixVersion(bid.matrixId),
				clarificationDueAt: Date.now() + 7 * DAY,
			},
			now,
		)
		if (!asked.ok) throw new Error(asked.message)
		await signInAs(page, bid.supplier)
		await page.goto(`/matrices/${bid.matrixId}`)
		await page.getByRole('button', { name: 'Check your answers and submit' }).click()
		for (const box of await page
			.getByRole('group', { name: 'Ethical sourcing declarations' })
			.getByRole('checkbox')
			.all())
			await box.check()
		await page.getByRole('button', { name: 'Submit matrix' }).click()
		await expect(page.getByRole('heading', { name: 'Matrix submitted' })).toBeVisible()
		await expect(page.getByText(/^Your changes to your social value matrix for “.*” were submitted on/)).toBeVisible()
		await expect(
			page.getByText(
				'The council will look at your matrix again with the changes you made, and tell you its decision.',
			),
		).toBeVisible()
		await expect(
			page.getByText('The deadline for bids has passed, so you cannot withdraw your matrix.', { exact: false }),
		).toBeVisible()
		await expect(page.getByText(/sealed|you can withdraw/)).toHaveCount(0)

		// Its lines now show read only, saying why.
		await page.goto(`/matrices/${bid.matrixId}/lines/${bid.hours.id}`)
		await expect(
			page.getByText(
				'The council is evaluating this matrix, so it cannot be changed unless the council asks for changes.',
			),
		).toBeVisible()
	})
})

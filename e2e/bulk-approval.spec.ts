import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { contracts, progressReturns } from '#db/schema.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { decideReturn } from '#app/lib/return-review.server.ts'
import { addEvidence, saveReturnLine } from '#app/lib/return-lines.server.ts'
import { submitReturn } from '#app/lib/return-submission.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { insertAwardedContract } from './contract-fixture.ts'
import {
	appOrigin,
	expect,
	expectNoAxeViolations,
	insertUser,
	signInAs,
	test,
	waitForEmail,
	type TestUser,
} from './fixtures.ts'

type Contract = Awaited<ReturnType<typeof insertAwardedContract>>

const PERIOD = 'H1 2025/26'
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF')

function session(user: TestUser): SessionUser {
	return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId }
}

const versionOf = (returnId: number) => loadReturn(returnId)!.progressReturn.version
const statusOf = (returnId: number) =>
	db.select({ status: progressReturns.status }).from(progressReturns).where(eq(progressReturns.id, returnId)).get()!
		.status
const referenceOf = (contract: Contract) =>
	db.select({ reference: contracts.reference }).from(contracts).where(eq(contracts.id, contract.contractId)).get()!
		.reference

/**
 * The supplier files the first half-year's return (about 50 expert hours are expected by
 * then) with `hours` delivered and the waste plan in words, a file behind each line named in
 * `evidenceOn`, and submits it.
 */
function submitFirstReturn(contract: Contract, hours: number, evidenceOn: Array<'hours' | 'words'>) {
	const supplier = session(contract.supplier)
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const opened = openReturn(supplier, contract.periods.find((p) => p.key === '2025-26-H1')!.id, ctx)
	if (!opened.ok) throw new Error(opened.message)
	const { returnId } = opened
	for (const commitment of loadReturn(returnId)!.commitments) {
		const entry = commitment.qualitative
			? { deliveredHundredths: null, deliveredText: 'Plan agreed', milestoneStatus: 'met' as const }
			: { deliveredHundredths: hours * 100, deliveredText: '', milestoneStatus: 'on_track' as const }
		saveReturnLine(
			supplier,
			{
				returnId,
				commitmentId: commitment.id,
				version: versionOf(returnId),
				entry: { ...entry, narrative: '', mayPublish: false },
			},
			ctx,
		)
		if (evidenceOn.includes(commitment.qualitative ? 'words' : 'hours'))
			addEvidence(
				supplier,
				{ returnId, commitmentId: commitment.id, fileName: 'proof.pdf', type: 'pdf', bytes: pdf },
				ctx,
			)
	}
	const submitted = submitReturn(supplier, { returnId, version: versionOf(returnId) }, ctx)
	if (!submitted.ok) throw new Error(submitted.message)
	return returnId
}

test('a contract manager approves the returns that are on plan with their evidence, together, after one confirmation', async ({
	page,
}) => {
	test.setTimeout(120_000)
	const manager = await insertUser({ role: 'contract_manager' })
	const onPlan = await insertAwardedContract({ manager })
	const ahead = await insertAwardedContract({ manager })
	const behind = await insertAwardedContract({ manager })
	const unproven = await insertAwardedContract({ manager })
	const someoneElses = await insertAwardedContract()
	const returns = {
		onPlan: submitFirstReturn(onPlan, 50, ['hours', 'words']),
		ahead: submitFirstReturn(ahead, 90, ['hours', 'words']),
		behind: submitFirstReturn(behind, 10, ['hours', 'words']),
		unproven: submitFirstReturn(unproven, 60, ['hours']),
		someoneElses: submitFirstReturn(someoneElses, 60, ['hours', 'words']),
	}
	const since = Date.now()

	await signInAs(page, manager)
	await page.goto('/manage')
	await page.getByRole('link', { name: 'Approve several returns at once' }).click()
	await expect(page).toHaveURL(/\/manage\/returns$/)
	const queue = page.getByRole('table', { name: 'Returns waiting for review' })
	const rowOf = (contract: Contract) => queue.getByRole('row').filter({ hasText: contract.title })
	await expect(rowOf(onPlan)).toContainText('Yes')
	await expect(rowOf(behind)).toContainText('1 line behind plan')
	await expect(rowOf(unproven)).toContainText('Evidence missing on 1 line')
	// Those that cannot be approved together are still one click from their own page.
	await expect(rowOf(behind).getByRole('link', { name: `${behind.title}: ${PERIOD}` })).toHaveAttribute(
		'href',
		`/manage/returns/${returns.behind}`,
	)
	await expect(page.getByRole('main')).not.toContainText(someoneElses.title)
	const choices = page.getByRole('group', { name: 'Approve several at once' })
	await expect(choices.getByRole('checkbox')).toHaveCount(2)
	await expect(choices.getByRole('checkbox', { name: `${behind.title}: ${PERIOD}` })).toHaveCount(0)
	await expectNoAxeViolations(page)

	// Nothing chosen: said so, and nothing happens.
	await page.getByRole('button', { name: 'Continue' }).click()
	await expect(page.getByRole('link', { name: 'Select the returns to approve' })).toBeVisible()
	await expectNoAxeViolations(page)

	await choices.getByRole('checkbox', { name: `${onPlan.title}: ${PERIOD}` }).check()
	await choices.getByRole('checkbox', { name: `${ahead.title}: ${PERIOD}` }).check()
	await page.getByRole('button', { name: 'Continue' }).click()
	await expect(page.getByRole('heading', { name: 'Check the returns you are approving', level: 1 })).toBeVisible()
	const toApprove = page.getByRole('table', { name: '2 returns to approve' })
	for (const contract of [onPlan, ahead]) {
		const row = toApprove.getByRole('row').filter({ hasText: referenceOf(contract) })
		await expect(row).toContainText(contract.title)
		await expect(row).toContainText(contract.organisation.name)
		await expect(row).toContainText(PERIOD)
	}
	// Nothing is approved until it is confirmed.
	expect([statusOf(returns.onPlan), statusOf(returns.ahead)]).toEqual(['submitted', 'submitted'])
	await expectNoAxeViolations(page)

	await page.getByRole('button', { name: 'Approve 2 returns' }).click()
	await expect(page).toHaveURL(/\/manage\/returns\?notice=returns-approved-2$/)
	await expect(page.getByText('2 returns approved. The suppliers have been told by email.')).toBeVisible()
	expect(Object.values(returns).map(statusOf)).toEqual(['approved', 'approved', 'submitted', 'submitted', 'submitted'])
	for (const contract of [onPlan, ahead])
		await waitForEmail(contract.supplier.email, {
			subject: new RegExp(`^Your progress return has been approved: ${referenceOf(contract)}, ${PERIOD}$`),
			since,
		})
	await expect(rowOf(onPlan)).toHaveCount(0)
	await expect(rowOf(behind)).toBeVisible()
	await expect(page.getByRole('group', { name: 'Approve several at once' })).toHaveCount(0)
	await expect(page.getByText('None of these returns can be approved with others')).toBeVisible()
})

test('a return that changes while the confirmation is open is left alone, and the others are approved', async ({
	page,
}) => {
	test.setTimeout(90_000)
	const manager = await insertUser({ role: 'contract_manager' })
	const stays = await insertAwardedContract({ manager })
	const changes = await insertAwardedContract({ manager })
	const staysId = submitFirstReturn(stays, 60, ['hours', 'words'])
	const changesId = submitFirstReturn(changes, 60, ['hours', 'words'])

	await signInAs(page, manager)
	await page.goto(
		`/manage/returns/approve?returns=${staysId}:${versionOf(staysId)}&returns=${changesId}:${versionOf(changesId)}`,
	)
	await expect(page.getByRole('table', { name: '2 returns to approve' })).toBeVisible()
	// Meanwhile the contract manager sends one back from its own page, in another tab.
	const sentBack = decideReturn(
		session(manager),
		{ returnId: changesId, decision: 'return', reason: 'Add the timesheets', version: versionOf(changesId) },
		{ ip: '127.0.0.1', now: Date.now() },
	)
	expect(sentBack).toEqual({ ok: true })

	await page.getByRole('button', { name: 'Approve 2 returns' }).click()
	await expect(page.getByRole('heading', { name: 'Not every return was approved', level: 1 })).toBeVisible()
	await expect(page.getByText('1 return approved. The supplier has been told by email.')).toBeVisible()
	const refused = page.getByRole('table', { name: '1 return not approved' })
	await expect(refused).toContainText('It changed after you chose it: review it on its own page')
	await expect(refused.getByRole('link', { name: new RegExp(changes.title) })).toHaveAttribute(
		'href',
		`/manage/returns/${changesId}`,
	)
	expect([statusOf(staysId), statusOf(changesId)]).toEqual(['approved', 'returned'])
	await expectNoAxeViolations(page)
})

test('a contract manager cannot approve another manager’s return, even with a forged form', async ({ page }) => {
	const mine = await insertAwardedContract()
	const theirs = await insertAwardedContract()
	const mineId = submitFirstReturn(mine, 60, ['hours', 'words'])
	const theirsId = submitFirstReturn(theirs, 60, ['hours', 'words'])

	await signInAs(page, mine.manager)
	const forged = await page.request.post('/manage/returns/approve', {
		form: { returns: `${theirsId}:${versionOf(theirsId)}` },
		headers: { Origin: appOrigin },
		maxRedirects: 0,
	})
	expect(forged.status()).toBe(403)
	const mixed = await page.request.post('/manage/returns/approve', {
		data: `returns=${mineId}:${versionOf(mineId)}&returns=${theirsId}:${versionOf(theirsId)}`,
		headers: { Origin: appOrigin, 'Content-Type': 'application/x-www-form-urlencoded' },
		maxRedirects: 0,
	})
	expect(mixed.status()).toBe(403)
	expect([statusOf(mineId), statusOf(theirsId)]).toEqual(['submitted', 'submitted'])
	const page403 = await page.goto(`/manage/returns/approve?returns=${theirsId}:${versionOf(theirsId)}`)
	expect(page403?.status()).toBe(403)

	// Ids that are not returns, or a return twice: refused whole.
	for (const search of ['returns=abc', `returns=${mineId}:1&returns=${mineId}:1`, 'returns=1.5:1']) {
		const response = await page.goto(`/manage/returns/approve?${search}`)
		expect(response?.status(), search).toBe(400)
		await expect(page.getByRole('heading', { name: 'Sorry, that request could not be handled' })).toBeVisible()
	}
	const tooMany = Array.from({ length: 201 }, (_, i) => `returns=${i + 1}:1`).join('&')
	expect((await page.goto(`/manage/returns/approve?${tooMany}`))?.status()).toBe(400)
	expect(statusOf(mineId)).toBe('submitted')
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	// axe runs in the page's JavaScript: the pages it checks are checked above, with scripts.
	test('the whole journey works with plain forms', async ({ page }) => {
		test.setTimeout(90_000)
		const contract = await insertAwardedContract()
		const returnId = submitFirstReturn(contract, 60, ['hours', 'words'])

		await signInAs(page, contract.manager)
		await page.goto('/manage/returns')
		await page.getByRole('button', { name: 'Continue' }).click()
		await expect(page).toHaveTitle(/^Error: /)
		await expect(page.getByRole('link', { name: 'Select the returns to approve' })).toBeVisible()

		await page.getByRole('checkbox', { name: `${contract.title}: ${PERIOD}` }).check()
		await page.getByRole('button', { name: 'Continue' }).click()
		await expect(page.getByRole('table', { name: '1 return to approve' })).toContainText(contract.title)
		await page.getByRole('button', { name: 'Approve 1 return' }).click()
		await expect(page.getByText('1 return approved. The supplier has been told by email.')).toBeVisible()
		expect(statusOf(returnId)).toBe('approved')
	})
})

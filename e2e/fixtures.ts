import fs from 'node:fs/promises'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { councilPriorities, type DeploymentRole, type UserRole } from '#db/schema.ts'
import type { EditionContent } from '#app/domain/toms/content.ts'
import { createEdition, publishEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { getTender, publishTender, saveTender } from '#app/lib/tenders.server.ts'
import { firstCouncil } from '#app/lib/councils.server.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema } from '#app/domain/tenders/tender-rules.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import type { StoredMail } from '#app/infra/mail-transport.server.ts'
import { hashPassword } from '#app/infra/password-hashing.server.ts'

export const TEST_PASSWORD = 'a long test password 42'

/** The portal's own origin (APP_URL), as a browser sends it with the portal's forms. */
export const appOrigin = new URL(process.env.APP_URL as string).origin

export type TestUser = Awaited<ReturnType<typeof createUser>> & { password: string }

let councilId: number | undefined
function councilOrganisationId() {
	// The council the server made at start: staff of every journey work for it.
	councilId ??= firstCouncil()?.id ?? createOrganisation(db, { kind: 'council', name: 'Exampleshire Council' }).id
	return councilId
}

/** A user straight in the database: council staff by default, or a supplier of a new organisation. */
export async function insertUser(input: {
	role: UserRole
	organisationId?: number
	name?: string
	email?: string
	deploymentRole?: DeploymentRole
}): Promise<TestUser> {
	const organisationId =
		input.organisationId ??
		(input.role === 'supplier' ? createOrganisation(db, { kind: 'supplier' }).id : councilOrganisationId())
	const user = await createUser(db, { ...input, organisationId, passwordHash: await testPasswordHash() })
	return { ...user, password: TEST_PASSWORD }
}

// A real argon2 hash of TEST_PASSWORD, so signing in checks it as it checks any password; made
// once, as hashing costs tens of milliseconds of CPU and the journeys create hundreds of users.
let testPasswordHashMade: Promise<string> | undefined
function testPasswordHash(): Promise<string> {
	testPasswordHashMade ??= hashPassword(TEST_PASSWORD)
	return testPasswordHashMade
}

/** Signs a user in by creating their session directly: no clicking through the sign-in form. */
export async function signInAs(page: Page, user: { id: number }) {
	const { token } = createSession(user.id, Date.now(), db)
	await page
		.context()
		.addCookies([
			{ name: SESSION_COOKIE, value: token, domain: 'localhost', path: '/', httpOnly: true, sameSite: 'Lax' },
		])
}

/** Waits for the newest email to an address to appear in the mail folder. */
export async function waitForEmail(
	to: string,
	{ subject, since = 0, timeout = 15_000 }: { subject?: RegExp; since?: number; timeout?: number } = {},
) {
	const mailDir = process.env.MAIL_DIR as string
	let found: StoredMail | undefined
	await expect
		.poll(
			async () => {
				const names = await fs.readdir(mailDir).catch(() => [] as string[])
				const messages = await Promise.all(
					names
						.filter((name) => name.endsWith('.json'))
						.map(async (name) => JSON.parse(await fs.readFile(path.join(mailDir, name), 'utf8')) as StoredMail),
				)
				found = messages
					.filter((m) => m.to === to.toLowerCase() && m.sentAt >= since && (!subject || subject.test(m.subject)))
					.sort((a, b) => b.sentAt - a.sentAt)[0]
				return Boolean(found)
			},
			{ timeout, message: `an email to ${to}` },
		)
		.toBe(true)
	return found as StoredMail
}

export function firstLink(text: string): string {
	const match = text.match(/https?:\/\/\S+/)
	if (!match) throw new Error(`No link in email:\n${text}`)
	return match[0]
}

/** axe-core finds nothing on the page; a page showing an error summary must also pass `expectErrorSummaryFocused`. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		// Our pages have no frames, so axe runs in the page itself rather than opening a blank
		// page to merge each frame's results; with only violations detailed, a check takes a
		// third of the time.
		.options({ resultTypes: ['violations'] })
		.setLegacyMode()
		.analyze()
	expect(
		results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
	).toEqual([])
	if ((await page.locator('.govuk-error-summary').count()) > 0) await expectErrorSummaryFocused(page)
}

/**
 * The page's error summary is where a person lands after a refused submission: the title
 * starts with "Error: ", nothing but a back link comes before the summary in the main content,
 * and, where JavaScript runs, the summary has focus.
 */
export async function expectErrorSummaryFocused(page: Page) {
	const summary = page.locator('main .govuk-error-summary')
	await expect(summary).toHaveCount(1)
	await expect(page).toHaveTitle(/^Error: /)
	const contentBeforeSummary = await summary.evaluate((element) => {
		const main = element.closest('main') as HTMLElement
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
		const found: string[] = []
		for (let text = walker.nextNode(); text && !element.contains(text); text = walker.nextNode()) {
			const words = text.textContent?.trim()
			if (words && !text.parentElement?.closest('.govuk-back-link')) found.push(words)
		}
		return found
	})
	expect(contentBeforeSummary, 'text in the main content before the error summary').toEqual([])
	if ((await page.locator('body.js-enabled').count()) > 0) await expect(summary).toBeFocused()
}

export const test = base
export { expect }

/** A published edition made through the same services the admin pages use. */
export async function insertPublishedEdition(
	content: EditionContent,
	name = `Edition ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
) {
	const admin = await insertUser({ role: 'admin' })
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const sessionAdmin = {
		id: admin.id,
		email: admin.email,
		name: admin.name,
		role: admin.role,
		organisationId: admin.organisationId,
	}
	ensurePriorities()
	const created = createEdition(sessionAdmin, { name, description: 'Made by a test', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	replaceEditionContent(sessionAdmin, created.editionId, content, ctx)
	const edition = getEdition(created.editionId)!
	const published = publishEdition(sessionAdmin, edition.id, edition.version, ctx)
	if (!published.ok) throw new Error(`${published.message}: ${published.problems?.join('; ')}`)
	return getEdition(edition.id)!
}

export function ensurePriorities() {
	const councilId = councilOrganisationId()
	db.insert(councilPriorities)
		.values([
			{ councilId, code: 'CP1', name: 'A thriving local economy', position: 0, createdAt: 0, updatedAt: 0 },
			{ councilId, code: 'CP2', name: 'Net zero by 2040', position: 1, createdAt: 0, updatedAt: 0 },
		])
		.onConflictDoNothing()
		.run()
}

export const sampleContent: EditionContent = {
	themes: [
		{
			name: 'Jobs and skills',
			outcomes: [
				{
					name: 'Local people in good work',
					measures: [
						{
							code: 'JOB-1',
							title: 'Local residents employed on the contract',
							unit: 'people_fte',
							proxyValuePence: 1500000,
							guidance: 'Count full-time equivalents.',
							evidenceGuidance: 'Payroll extract.',
							priorityCodes: ['CP1'],
						},
						{
							code: 'JOB-2',
							title: 'Expert advice hours for local charities',
							unit: 'expert_hours',
							proxyValuePence: 10100,
							guidance: 'Hours of professional advice.',
							evidenceGuidance: 'Timesheets.',
							priorityCodes: [],
						},
					],
				},
			],
		},
		{
			name: 'Net zero',
			outcomes: [
				{
					name: 'Less carbon',
					measures: [
						{
							code: 'ENV-1',
							title: 'Carbon emissions saved',
							unit: 'tonnes_co2e',
							proxyValuePence: 24463,
							guidance: 'Tonnes of CO2e saved against a baseline.',
							evidenceGuidance: 'A carbon calculation.',
							priorityCodes: ['CP2'],
						},
						{
							code: 'ENV-2',
							title: 'How you will cut waste',
							unit: 'text',
							proxyValuePence: null,
							guidance: 'Describe your plan.',
							evidenceGuidance: 'A waste plan.',
							priorityCodes: ['CP2'],
						},
						{
							code: 'ENV-3',
							title: 'Electric vehicles in the fleet',
							unit: 'percent',
							proxyValuePence: null,
							guidance: 'Share of fleet.',
							evidenceGuidance: 'Fleet list.',
							priorityCodes: [],
						},
					],
				},
			],
		},
	],
}

/** A published tender, open for bids for ten more days, with two measures in scope (one qualitative). */
export async function insertOpenTender(
	title = `Library cleaning ${Date.now()}`,
	terms: { estimatedValue?: string; weightingPercent?: string } = {},
) {
	const edition = await insertPublishedEdition(sampleContent)
	const manager = await insertUser({ role: 'contract_manager' })
	const session = {
		id: manager.id,
		email: manager.email,
		name: manager.name,
		role: manager.role,
		organisationId: manager.organisationId,
	}
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const measures = loadEditionTree(edition.id).themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures))
	const inScope = measures.filter((m) => m.code === 'JOB-2' || m.code === 'ENV-2')
	const deadline = toLondonDateTime(Date.now() + 10 * 86_400_000)
	const form = TenderFormSchema.parse({
		reference: `E2E/${Date.now()}/${Math.random().toString(36).slice(2, 6)}`,
		title,
		estimatedValue: terms.estimatedValue ?? '100000',
		contractStart: datePartsOf('2027-04-01'),
		contractEnd: datePartsOf('2029-03-31'),
		deadlineDate: datePartsOf(deadline.date),
		deadlineTime: deadline.time,
		weightingPercent: terms.weightingPercent ?? '10',
		quantitySharePercent: '50',
		cadence: 'half_yearly',
		editionId: String(edition.id),
		contractManagerId: String(manager.id),
		measureIds: inScope.map((m) => String(m.id)),
	})
	const saved = saveTender(session, null, form, ctx)
	if (!saved.ok) throw new Error(JSON.stringify(saved.problems))
	publishTender(session, saved.tenderId, getTender(saved.tenderId)!.version, ctx, { shortPeriod: true })
	return { tenderId: saved.tenderId, reference: form.reference, title, manager, measures: inScope }
}

/**
 * Opens the page of open opportunities that lists `title`, following the pages in order;
 * false when no page lists it. Other journeys leave many tenders open, so it may not be the first.
 */
export async function openOpportunitiesListing(page: Page, title: string): Promise<boolean> {
	return openListingPage(page, { url: '/opportunities', pages: 'Pages of open tenders', link: title })
}

/** The same for the public register of contracts, which lists the most recently awarded first. */
export async function openRegisterListing(page: Page, title: string): Promise<boolean> {
	return openListingPage(page, { url: '/contracts', pages: 'Pages of contracts', link: title })
}

async function openListingPage(page: Page, listing: { url: string; pages: string; link: string }): Promise<boolean> {
	await page.goto(listing.url)
	for (;;) {
		if ((await page.getByRole('link', { name: listing.link, exact: true }).count()) > 0) return true
		const next = page.getByRole('navigation', { name: listing.pages }).getByRole('link', { name: /Next/ })
		if ((await next.count()) === 0) return false
		await next.click()
	}
}

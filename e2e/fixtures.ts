import fs from 'node:fs/promises'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import type { UserRole } from '#db/schema.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import type { StoredMail } from '#app/lib/mail-transport.server.ts'

export const TEST_PASSWORD = 'a long test password 42'

export type TestUser = Awaited<ReturnType<typeof createUser>> & { password: string }

let councilId: number | undefined
function councilOrganisationId() {
	councilId ??= createOrganisation(db, { kind: 'council', name: 'Exampleshire Council' }).id
	return councilId
}

/** A user straight in the database: council staff by default, or a supplier of a new organisation. */
export async function insertUser(input: { role: UserRole; organisationId?: number; name?: string; email?: string }): Promise<TestUser> {
	const organisationId =
		input.organisationId ??
		(input.role === 'supplier' ? createOrganisation(db, { kind: 'supplier' }).id : councilOrganisationId())
	const user = await createUser(db, { ...input, organisationId, password: TEST_PASSWORD })
	return { ...user, password: TEST_PASSWORD }
}

/** Signs a user in by creating their session directly: no clicking through the sign-in form. */
export async function signInAs(page: Page, user: { id: number }) {
	const { token } = createSession(user.id, Date.now(), db)
	await page.context().addCookies([
		{ name: SESSION_COOKIE, value: token, domain: 'localhost', path: '/', httpOnly: true, sameSite: 'Lax' },
	])
}

/** Waits for the newest email to an address to appear in the mail folder. */
export async function waitForEmail(to: string, { subject, since = 0, timeout = 15_000 }: { subject?: RegExp; since?: number; timeout?: number } = {}) {
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

export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze()
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

export const test = base
export { expect }

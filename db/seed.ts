import { count, eq } from 'drizzle-orm'
import { financialYearOf } from '#app/domain/financial-year.ts'
import { roleLabels } from '#app/domain/roles.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { hashPassword } from '#app/infra/password-hashing.server.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { insertContent } from '#app/lib/toms-editions.server.ts'
import type { Db } from './client.server.ts'
import { seedDemoMaturity } from './demo-maturity.ts'
import { PARKS_TENDER_AGE_DAYS, seedDemoTenders } from './demo-tenders.ts'
import { createOrganisation, createUser } from './factories.ts'
import { demoEditionDescription, demoEditionName, demoFramework, demoPriorities } from './demo-framework.ts'
import { councilPriorities, tomsEditions, users, type UserRole } from './schema.ts'
import { ensureCouncil } from '#app/lib/councils.server.ts'

const DAY = 86_400_000
// The demo council keeps the UK financial year, from April (the settings' default).
const UK_FINANCIAL_YEAR_START_MONTH = 4

export const DEMO_PASSWORD = 'golden-thread-demo'

type DemoAccount = {
	name: string
	email: string
	role: UserRole
	organisation: 'council' | 'brightstart' | 'northgate'
}

const demoAccounts: DemoAccount[] = [
	{ name: 'Sam Lead', email: 'sam.lead@council.example', role: 'admin', organisation: 'council' },
	{ name: 'Priya Patel', email: 'priya.patel@council.example', role: 'contract_manager', organisation: 'council' },
	{ name: 'Tom Okafor', email: 'tom.okafor@council.example', role: 'contract_manager', organisation: 'council' },
	{ name: 'Jo Baker', email: 'jo.baker@brightstart.example', role: 'supplier', organisation: 'brightstart' },
	{ name: 'Dan Ellis', email: 'dan.ellis@northgate.example', role: 'supplier', organisation: 'northgate' },
]

/**
 * Fills an empty database with a council, two supplier organisations and their users,
 * an open tender, an awarded contract and a maturity self-assessment.
 * Does nothing (returns null) when any user exists, so restarting never duplicates data.
 */
export async function seedDemoDataIfEmpty(db: Db, now: number) {
	const existing = db.select({ n: count() }).from(users).get()
	if ((existing?.n ?? 0) > 0) return null

	const passwordHash = await hashPassword(DEMO_PASSWORD)
	const council = ensureCouncil(getEnv().COUNCIL_NAME, now)
	db.transaction((tx) => {
		tx.insert(councilPriorities)
			.values(
				demoPriorities.map((priority, position) => ({
					...priority,
					councilId: council.id,
					position,
					createdAt: now,
					updatedAt: now,
				})),
			)
			.run()
		// Published a month before the parks tender that was valued against it opened, and named
		// for that financial year. Filled as a draft, then published: the database refuses
		// content changes to a published edition.
		const publishedAt = now - (PARKS_TENDER_AGE_DAYS + 30) * DAY
		const name = demoEditionName(
			financialYearOf(toLondonDateTime(publishedAt).date, UK_FINANCIAL_YEAR_START_MONTH).label,
		)
		const edition = tx
			.insert(tomsEditions)
			.values({
				councilId: council.id,
				name,
				description: demoEditionDescription,
				status: 'draft',
				createdAt: publishedAt,
				updatedAt: publishedAt,
			})
			.returning({ id: tomsEditions.id })
			.get()
		insertContent(tx, edition.id, demoFramework)
		tx.update(tomsEditions)
			.set({ status: 'published', isCurrent: true, publishedAt })
			.where(eq(tomsEditions.id, edition.id))
			.run()
	})
	const organisationIds = {
		council: council.id,
		brightstart: createOrganisation(
			db,
			{
				kind: 'supplier',
				name: 'Brightstart Community Interest Company',
				supplierType: 'vcse',
				registrationNumber: '12345678',
				postcode: 'EX4 4QJ',
			},
			now,
		).id,
		northgate: createOrganisation(
			db,
			{
				kind: 'supplier',
				name: 'Northgate Construction Ltd',
				supplierType: 'large',
				registrationNumber: '08765432',
				postcode: 'EX2 7HR',
			},
			now,
		).id,
	}
	for (const account of demoAccounts) {
		await createUser(
			db,
			{
				organisationId: organisationIds[account.organisation],
				role: account.role,
				email: account.email,
				name: account.name,
				passwordHash,
				isOrgAdmin: account.role === 'supplier',
				receivesReminders: account.role === 'supplier',
			},
			now,
		)
	}
	seedDemoTenders(db, now)
	seedDemoMaturity(db, now)
	return {
		password: DEMO_PASSWORD,
		users: demoAccounts.map((account) => ({
			email: account.email,
			label: `${account.name} (${roleLabels[account.role]}${account.organisation === 'council' ? '' : `, ${account.organisation === 'brightstart' ? 'Brightstart CIC' : 'Northgate Construction'}`})`,
		})),
	}
}

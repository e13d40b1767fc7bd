import { count, eq } from 'drizzle-orm'
import { financialYearOf } from '#app/domain/financial-year.ts'
import { roleLabels } from '#app/domain/roles.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { hashPassword } from '#app/infra/password-hashing.server.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { insertContent } from '#app/lib/toms-editions.server.ts'
import type { EditionContent } from '#app/domain/toms/content.ts'
import type { Db, Tx } from './client.server.ts'
import { seedDemoMaturity } from './demo-maturity.ts'
import { createSecondCouncil, seedSecondCouncilContract, withoutPriorities } from './demo-second-council.ts'
import { PARKS_TENDER_AGE_DAYS, seedDemoTenders } from './demo-tenders.ts'
import { createOrganisation, createUser } from './factories.ts'
import { demoEditionDescription, demoEditionName, demoFramework, demoPriorities } from './demo-framework.ts'
import { councilPriorities, tomsEditions, users, type DeploymentRole, type UserRole } from './schema.ts'
import { ensureCouncil } from '#app/lib/councils.server.ts'

const DAY = 86_400_000
// The demo council keeps the UK financial year, from April (the settings' default).
const UK_FINANCIAL_YEAR_START_MONTH = 4

/** How the demo's sign-in list says whose each account is; the first council's staff need no saying. */
const organisationLabels: Record<DemoAccount['organisation'], string | null> = {
	council: null,
	northshire: 'Northshire District Council',
	brightstart: 'Brightstart CIC',
	northgate: 'Northgate Construction',
}

export const DEMO_PASSWORD = 'golden-thread-demo'

type DemoAccount = {
	name: string
	email: string
	role: UserRole
	organisation: 'council' | 'northshire' | 'brightstart' | 'northgate'
	deploymentRole?: DeploymentRole
}

const demoAccounts: DemoAccount[] = [
	{
		name: 'Sam Lead',
		email: 'sam.lead@council.example',
		role: 'admin',
		organisation: 'council',
		deploymentRole: 'administrator',
	},
	{ name: 'Priya Patel', email: 'priya.patel@council.example', role: 'contract_manager', organisation: 'council' },
	{ name: 'Tom Okafor', email: 'tom.okafor@council.example', role: 'contract_manager', organisation: 'council' },
	{
		name: 'Nia Hughes',
		email: 'nia.hughes@northshire.example',
		role: 'contract_manager',
		organisation: 'northshire',
	},
	{ name: 'Jo Baker', email: 'jo.baker@brightstart.example', role: 'supplier', organisation: 'brightstart' },
	{ name: 'Dan Ellis', email: 'dan.ellis@northgate.example', role: 'supplier', organisation: 'northgate' },
]

/**
 * Publishes the demo's TOMs as a council's current edition, named for the financial year it
 * was published in. Filled as a draft, then published: the database refuses content changes
 * to a published edition.
 */
export function publishDemoEdition(tx: Tx, councilId: number, publishedAt: number, content: EditionContent) {
	const name = demoEditionName(financialYearOf(toLondonDateTime(publishedAt).date, UK_FINANCIAL_YEAR_START_MONTH).label)
	const edition = tx
		.insert(tomsEditions)
		.values({
			councilId,
			name,
			description: demoEditionDescription,
			status: 'draft',
			createdAt: publishedAt,
			updatedAt: publishedAt,
		})
		.returning({ id: tomsEditions.id })
		.get()
	insertContent(tx, edition.id, content)
	tx.update(tomsEditions)
		.set({ status: 'published', isCurrent: true, publishedAt })
		.where(eq(tomsEditions.id, edition.id))
		.run()
}

/**
 * Fills an empty database with two councils, two supplier organisations and their users,
 * an open tender, a contract awarded to Brightstart by each council and a maturity
 * self-assessment. The first council's administrator is the deployment administrator.
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
		// Published a month before the parks tender that was valued against it opened.
		publishDemoEdition(tx, council.id, now - (PARKS_TENDER_AGE_DAYS + 30) * DAY, demoFramework)
	})
	// A second council, so the deployment's pages and a supplier working for two councils show
	// on first start. It has set no council priorities.
	const northshire = createSecondCouncil(db, now)
	db.transaction((tx) => publishDemoEdition(tx, northshire.id, now - 270 * DAY, withoutPriorities(demoFramework)))
	const organisationIds = {
		council: council.id,
		northshire: northshire.id,
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
				deploymentRole: account.deploymentRole ?? null,
			},
			now,
		)
	}
	seedDemoTenders(db, now)
	seedSecondCouncilContract(db, now)
	seedDemoMaturity(db, now)
	return {
		password: DEMO_PASSWORD,
		users: demoAccounts.map((account) => ({
			email: account.email,
			label: `${account.name} (${[roleLabels[account.role], account.deploymentRole ? 'deployment administrator' : null, organisationLabels[account.organisation]].filter(Boolean).join(', ')})`,
		})),
	}
}

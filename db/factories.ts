import { eq } from 'drizzle-orm'
import { hashPassword } from '#app/infra/password-hashing.server.ts'
import { createCouncil } from '#app/lib/councils.server.ts'
import type { DbOrTx } from './client.server.ts'
import {
	organisations,
	users,
	type DeploymentRole,
	type OrganisationKind,
	type SupplierType,
	type UserRole,
	type UserStatus,
} from './schema.ts'

let sequence = 0
function unique() {
	sequence += 1
	return `${Date.now().toString(36)}${sequence}${Math.random().toString(36).slice(2, 6)}`
}

export function createOrganisation(
	db: DbOrTx,
	input: {
		kind: OrganisationKind
		name?: string
		supplierType?: SupplierType
		registrationNumber?: string
		postcode?: string
	},
	now = Date.now(),
) {
	// A council organisation is a council: its settings and units come with it.
	if (input.kind === 'council') {
		const council = createCouncil(db, { name: input.name ?? `Council ${unique()}` }, now)
		return db.select().from(organisations).where(eq(organisations.id, council.id)).get()!
	}
	const supplierDefaults = input.kind === 'supplier' ? { supplierType: 'sme' as const, postcode: 'EX1 1AA' } : {}
	return db
		.insert(organisations)
		.values({ ...supplierDefaults, ...input, name: input.name ?? `Organisation ${unique()}`, createdAt: now })
		.returning()
		.get()
}

export type NewUser = {
	organisationId: number
	role: UserRole
	email?: string
	name?: string
	status?: UserStatus
	password?: string | null
	passwordHash?: string | null
	isOrgAdmin?: boolean
	receivesReminders?: boolean
	deploymentRole?: DeploymentRole | null
}

export async function createUser(db: DbOrTx, input: NewUser, now = Date.now()) {
	const passwordHash =
		input.passwordHash !== undefined ? input.passwordHash : input.password ? await hashPassword(input.password) : null
	return db
		.insert(users)
		.values({
			organisationId: input.organisationId,
			role: input.role,
			email: (input.email ?? `user-${unique()}@example.com`).toLowerCase(),
			name: input.name ?? 'Test User',
			status: input.status ?? 'active',
			passwordHash,
			isOrgAdmin: input.isOrgAdmin ?? false,
			receivesReminders: input.receivesReminders ?? false,
			deploymentRole: input.deploymentRole ?? null,
			emailVerifiedAt: (input.status ?? 'active') === 'active' ? now : null,
			createdAt: now,
			updatedAt: now,
		})
		.returning()
		.get()
}

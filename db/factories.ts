import { hashPassword } from '#app/infra/password-hashing.server.ts'
import type { DbOrTx } from './client.server.ts'
import {
	organisations,
	users,
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
			emailVerifiedAt: (input.status ?? 'active') === 'active' ? now : null,
			createdAt: now,
			updatedAt: now,
		})
		.returning()
		.get()
}

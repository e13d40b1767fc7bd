import { and, eq, inArray } from 'drizzle-orm'
import type { Tx } from '#db/client.server.ts'
import { users } from '#db/schema.ts'

/** The active members of these supplier organisations, who are told by email what happens to their bids and contracts. */
export function activeMembers(tx: Tx, organisationIds: number[]) {
	if (organisationIds.length === 0) return []
	return tx
		.select({ id: users.id, email: users.email, organisationId: users.organisationId })
		.from(users)
		.where(and(inArray(users.organisationId, organisationIds), eq(users.status, 'active')))
		.all()
}

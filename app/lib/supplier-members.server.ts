import { and, inArray } from 'drizzle-orm'
import type { Tx } from '#db/client.server.ts'
import { users } from '#db/schema.ts'
import { reachableMember } from './supplier-contacts.server.ts'

/**
 * The members of these supplier organisations who are told by email what happens to their
 * bids and contracts: the active ones, or the invited contact of an organisation not yet claimed.
 */
export function reachableMembers(tx: Tx, organisationIds: number[]) {
	if (organisationIds.length === 0) return []
	return tx
		.select({ id: users.id, email: users.email, organisationId: users.organisationId })
		.from(users)
		.where(and(inArray(users.organisationId, organisationIds), reachableMember))
		.all()
}

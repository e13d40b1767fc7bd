import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { organisations } from '#db/schema.ts'
import type { SessionUser } from './auth.server.ts'

/** What a person's own account page shows: who they are and the organisation they belong to. */
export function loadAccount(user: SessionUser) {
	const organisation = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, user.organisationId))
		.get()
	return {
		user: { name: user.name, email: user.email, role: user.role },
		organisationName: organisation?.name ?? '',
	}
}

import { and, eq, max, ne, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { councilPriorities } from '#db/schema.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'

export type PriorityInput = { id: number | null; code: string; name: string; description: string }
export type PriorityResult = { ok: true } | { ok: false; field?: 'code'; message: string }

/** Adds or changes a council priority. Codes are how measures and spreadsheets refer to it. */
export function savePriority(
	admin: SessionUser,
	input: PriorityInput,
	ctx: { ip: string; now: number },
): PriorityResult {
	return db.transaction((tx): PriorityResult => {
		const clash = tx
			.select({ id: councilPriorities.id })
			.from(councilPriorities)
			.where(
				and(
					eq(councilPriorities.councilId, admin.organisationId),
					sql`lower(${councilPriorities.code}) = ${input.code.toLowerCase()}`,
					input.id === null ? undefined : ne(councilPriorities.id, input.id),
				),
			)
			.get()
		if (clash) return { ok: false, field: 'code', message: `Code ${input.code} is already used by another priority` }
		let id = input.id
		if (id === null) {
			const top =
				tx
					.select({ top: max(councilPriorities.position) })
					.from(councilPriorities)
					.where(eq(councilPriorities.councilId, admin.organisationId))
					.get()?.top ?? -1
			id = tx
				.insert(councilPriorities)
				.values({
					councilId: admin.organisationId,
					code: input.code,
					name: input.name,
					description: input.description,
					position: top + 1,
					createdAt: ctx.now,
					updatedAt: ctx.now,
				})
				.returning({ id: councilPriorities.id })
				.get().id
		} else {
			const updated = tx
				.update(councilPriorities)
				.set({ code: input.code, name: input.name, description: input.description, updatedAt: ctx.now })
				.where(eq(councilPriorities.id, id))
				.run()
			if (updated.changes === 0) return { ok: false, message: 'That priority no longer exists. Reload the page.' }
		}
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'council_priority_saved',
			subject: { type: 'council_priority', id },
			detail: { code: input.code, name: input.name },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

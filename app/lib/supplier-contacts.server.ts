import { and, eq, or, sql } from 'drizzle-orm'
import type { DbOrTx, Tx } from '#db/client.server.ts'
import { oneTimeTokens, organisations, users, type SupplierType } from '#db/schema.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { normaliseEmail } from './sign-in.server.ts'
import { queueInvitation } from './user-admin.server.ts'

/** A supplier organisation the council is adding on its own: nobody from it has an account yet. */
export type NewSupplier = {
	name: string
	/** Companies House or charity number, already normalised; null when not known. */
	registrationNumber: string | null
	supplierType: SupplierType | null
	contactName: string
	contactEmail: string
}

export type SupplierMatch = { id: number; name: string; by: 'registration number' | 'name' }

/**
 * The supplier organisation a council's record names: by its Companies House or charity
 * number first, then by its name whatever the case. Never a guess beyond that.
 */
export function matchSupplier(
	tx: DbOrTx,
	supplier: { name: string; registrationNumber: string | null },
): SupplierMatch | null {
	if (supplier.registrationNumber) {
		const byNumber = tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(
				and(
					eq(organisations.kind, 'supplier'),
					sql`upper(${organisations.registrationNumber}) = ${supplier.registrationNumber.toUpperCase()}`,
				),
			)
			.get()
		if (byNumber) return { ...byNumber, by: 'registration number' }
	}
	const byName = tx
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(
			and(
				eq(organisations.kind, 'supplier'),
				sql`lower(${organisations.name}) = ${supplier.name.trim().toLowerCase()}`,
			),
		)
		.get()
	return byName ? { ...byName, by: 'name' } : null
}

export type AddSupplierResult =
	| { ok: true; organisationId: number; contactUserId: number }
	| { ok: false; field: 'name' | 'registrationNumber' | 'contactEmail'; message: string }

/**
 * Adds a supplier organisation the council works with and invites its contact to claim it:
 * the contact gets an invitation and, until someone from the organisation accepts, the
 * reminders and notices meant for the organisation (see `reachableMembers`). Refused when the
 * organisation is already known, so none is ever duplicated silently, or when the contact's
 * email already has an account. With `invite: false` the invitation waits until
 * `inviteSupplierContact` sends it: a contract being recorded invites nobody until confirmed.
 */
export function addSupplierWithContact(
	tx: Tx,
	supplier: NewSupplier,
	actor: SessionUser,
	ctx: { ip: string; now: number },
	options: { invite: boolean } = { invite: true },
): AddSupplierResult {
	const existing = matchSupplier(tx, supplier)
	if (existing)
		return existing.by === 'name'
			? { ok: false, field: 'name', message: `${existing.name} is already a supplier here: choose it instead` }
			: {
					ok: false,
					field: 'registrationNumber',
					message: `${existing.name} already has this registration number: choose it instead`,
				}
	const email = normaliseEmail(supplier.contactEmail)
	if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get())
		return {
			ok: false,
			field: 'contactEmail',
			message: 'This email address already has an account with another organisation: enter a different contact',
		}
	const organisation = tx
		.insert(organisations)
		.values({
			kind: 'supplier',
			name: supplier.name.trim(),
			supplierType: supplier.supplierType,
			registrationNumber: supplier.registrationNumber,
			createdAt: ctx.now,
		})
		.returning({ id: organisations.id, name: organisations.name })
		.get()
	const contact = tx
		.insert(users)
		.values({
			organisationId: organisation.id,
			email,
			name: supplier.contactName.trim(),
			role: 'supplier',
			status: 'invited',
			isOrgAdmin: true,
			receivesReminders: true,
			createdAt: ctx.now,
			updatedAt: ctx.now,
		})
		.returning()
		.get()
	if (options.invite) queueInvitation(tx, contact, actor, ctx.now, organisation.name)
	recordAudit(tx, {
		at: ctx.now,
		actorUserId: actor.id,
		action: 'supplier_added',
		subject: { type: 'organisation', id: organisation.id },
		detail: { organisation: organisation.name, contactEmail: email },
		ip: ctx.ip,
	})
	return { ok: true, organisationId: organisation.id, contactUserId: contact.id }
}

/**
 * Sends the invitation a supplier's contact is still waiting for: the invited contact of an
 * organisation nobody has claimed, who was never sent one. Says whether it sent one.
 */
export function inviteSupplierContact(tx: Tx, organisationId: number, actor: SessionUser, now: number): boolean {
	const organisation = tx
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, organisationId))
		.get()
	const contact = tx
		.select()
		.from(users)
		.where(
			and(
				eq(users.organisationId, organisationId),
				eq(users.status, 'invited'),
				reachableMember,
				sql`not exists (select 1 from ${oneTimeTokens} where ${oneTimeTokens.userId} = ${users.id} and ${oneTimeTokens.purpose} = 'invitation')`,
			),
		)
		.get()
	if (!organisation || !contact) return false
	queueInvitation(tx, contact, actor, now, organisation.name)
	return true
}

/**
 * Who hears about a supplier organisation's work: its active members; or, while nobody has
 * claimed an organisation the council added, the contact it invited.
 */
export const reachableMember = or(
	eq(users.status, 'active'),
	and(
		eq(users.status, 'invited'),
		sql`not exists (select 1 from ${users} as claimed where claimed.organisation_id = ${users.organisationId} and claimed.status = 'active')`,
	),
)!

import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { organisations, users } from '#db/schema.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { wakeOutbox } from './outbox.server.ts'
import { invalidateUserSessions } from './session.server.ts'
import { normaliseEmail } from './sign-in.server.ts'
import { queueInvitation } from './user-admin.server.ts'

type Ctx = { ip: string; now: number }
export type OrgResult<T = object> = ({ ok: true } & T) | { ok: false; field?: string; message: string }

/** A supplier user's own organisation and its current members: never anyone else's. */
export function loadOwnOrganisation(user: SessionUser) {
	const organisation = db.select().from(organisations).where(eq(organisations.id, user.organisationId)).get()
	if (!organisation || organisation.kind !== 'supplier') throw new Response('Not found', { status: 404 })
	const members = db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			status: users.status,
			isOrgAdmin: users.isOrgAdmin,
			receivesReminders: users.receivesReminders,
			version: users.version,
		})
		.from(users)
		.where(and(eq(users.organisationId, organisation.id), ne(users.status, 'disabled')))
		.orderBy(asc(users.name))
		.all()
	return { organisation, members }
}

/** Colleagues invited to the organisation who have not yet accepted, longest waiting first. */
export function pendingInvitations(organisationId: number) {
	return db
		.select({ id: users.id, name: users.name, email: users.email, invitedAt: users.createdAt })
		.from(users)
		.where(and(eq(users.organisationId, organisationId), eq(users.status, 'invited')))
		.orderBy(asc(users.createdAt), asc(users.id))
		.all()
}

/** Only the organisation's administrators manage its members and profile. */
export function requireOrgAdmin(user: SessionUser) {
	if (user.role !== 'supplier') throw new Response('Not found', { status: 404 })
	const row = db.select({ isOrgAdmin: users.isOrgAdmin }).from(users).where(eq(users.id, user.id)).get()
	if (!row?.isOrgAdmin) throw new Response('Only your organisation’s administrators can do this', { status: 403 })
}

export function inviteColleague(
	admin: SessionUser,
	input: { name: string; email: string },
	ctx: Ctx,
): OrgResult<{ userId: number }> {
	requireOrgAdmin(admin)
	const email = normaliseEmail(input.email)
	const result = db.transaction((tx): OrgResult<{ userId: number }> => {
		if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
			return {
				ok: false,
				field: 'email',
				message: 'This email address already has an account. Ask them to use a different one, or contact the council',
			}
		}
		const organisation = tx
			.select({ name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, admin.organisationId))
			.get()
		const invitee = tx
			.insert(users)
			.values({
				organisationId: admin.organisationId,
				email,
				name: input.name,
				role: 'supplier',
				status: 'invited',
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning()
			.get()
		queueInvitation(tx, invitee, admin, ctx.now, organisation?.name)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'member_invited',
			subject: { type: 'user', id: invitee.id },
			detail: { email, organisationId: admin.organisationId },
			ip: ctx.ip,
		})
		return { ok: true, userId: invitee.id }
	})
	if (result.ok) wakeOutbox()
	return result
}

export function removeMember(admin: SessionUser, input: { userId: number; version: number }, ctx: Ctx): OrgResult {
	requireOrgAdmin(admin)
	if (input.userId === admin.id) return { ok: false, message: 'You cannot remove yourself' }
	return db.transaction((tx): OrgResult => {
		// The organisation condition is what stops one supplier touching another's people.
		const target = tx
			.select()
			.from(users)
			.where(
				and(eq(users.id, input.userId), eq(users.organisationId, admin.organisationId), ne(users.status, 'disabled')),
			)
			.get()
		if (!target) return { ok: false, message: 'That person is not a member of your organisation' }
		if (target.version !== input.version)
			return { ok: false, message: 'This member was changed by someone else. Check the list and try again.' }
		if (target.receivesReminders) {
			const others = tx
				.select({ n: sql<number>`count(*)` })
				.from(users)
				.where(
					and(
						eq(users.organisationId, admin.organisationId),
						eq(users.receivesReminders, true),
						ne(users.id, target.id),
						ne(users.status, 'disabled'),
					),
				)
				.get()
			if ((others?.n ?? 0) === 0)
				return {
					ok: false,
					message: `${target.name} is the only person who receives reminders. Choose someone else to receive them first.`,
				}
		}
		tx.update(users)
			.set({
				status: 'disabled',
				receivesReminders: false,
				isOrgAdmin: false,
				updatedAt: ctx.now,
				version: sql`${users.version} + 1`,
			})
			.where(eq(users.id, target.id))
			.run()
		invalidateUserSessions(target.id, tx)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'member_removed',
			subject: { type: 'user', id: target.id },
			detail: { organisationId: admin.organisationId },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export function setReminderRecipients(admin: SessionUser, userIds: number[], ctx: Ctx): OrgResult {
	requireOrgAdmin(admin)
	const chosen = [...new Set(userIds)]
	if (chosen.length === 0)
		return { ok: false, field: 'recipients', message: 'Select at least one person to receive reminders' }
	return db.transaction((tx): OrgResult => {
		const members = tx
			.select({ id: users.id })
			.from(users)
			.where(
				and(eq(users.organisationId, admin.organisationId), inArray(users.id, chosen), ne(users.status, 'disabled')),
			)
			.all()
		if (members.length !== chosen.length)
			return { ok: false, field: 'recipients', message: 'Select people from your organisation only' }
		tx.update(users)
			.set({
				receivesReminders: sql`${users.id} in (${sql.join(
					chosen.map((id) => sql`${id}`),
					sql`, `,
				)})`,
				updatedAt: ctx.now,
			})
			.where(eq(users.organisationId, admin.organisationId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'reminder_recipients_changed',
			subject: { type: 'organisation', id: admin.organisationId },
			detail: { userIds: chosen },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export function updateOrganisation(
	admin: SessionUser,
	input: {
		organisationName: string
		supplierType: 'large' | 'sme' | 'micro' | 'vcse'
		registrationNumber: string | null
		postcode: string
		version: number
	},
	ctx: Ctx,
): OrgResult {
	requireOrgAdmin(admin)
	return db.transaction((tx): OrgResult => {
		const organisation = tx.select().from(organisations).where(eq(organisations.id, admin.organisationId)).get()
		if (!organisation) return { ok: false, message: 'Organisation not found' }
		if (organisation.version !== input.version)
			return { ok: false, message: 'Someone else changed these details. Check them and try again.' }
		if (input.registrationNumber) {
			const clash = tx
				.select({ id: organisations.id })
				.from(organisations)
				.where(
					and(
						sql`upper(${organisations.registrationNumber}) = ${input.registrationNumber}`,
						ne(organisations.id, organisation.id),
					),
				)
				.get()
			if (clash)
				return {
					ok: false,
					field: 'registrationNumber',
					message:
						'Another organisation is registered with this number. Contact the council if you think this is wrong',
				}
		}
		tx.update(organisations)
			.set({
				name: input.organisationName,
				supplierType: input.supplierType,
				registrationNumber: input.registrationNumber,
				postcode: input.postcode,
				version: sql`${organisations.version} + 1`,
			})
			.where(eq(organisations.id, organisation.id))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'organisation_changed',
			subject: { type: 'organisation', id: organisation.id },
			detail: { name: input.organisationName },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

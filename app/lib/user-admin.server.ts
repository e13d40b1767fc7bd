import { and, asc, count, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { auditEvents, organisations, users, type UserRole } from '#db/schema.ts'
import { invitationEmail } from '#emails/invitation.tsx'
import { isCouncilRole, roleLabels, type CouncilRole } from '#app/domain/roles.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { nameSeenBy } from './councils.server.ts'
import { issueOneTimeToken, tokenLifetimesMs } from './one-time-tokens.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { invalidateUserSessions } from './session.server.ts'
import { normaliseEmail } from './sign-in.server.ts'

export type AdminFailure = { ok: false; field?: string; message: string }
export type AdminResult<T = object> = ({ ok: true } & T) | AdminFailure

export const USER_NOT_FOUND = 'User not found'

const STALE =
	'This user was changed by someone else while you were looking at the page. Check the details below and try again.'

/** What the administrator's pages show of a user, with the name of their organisation. */
const userColumns = {
	id: users.id,
	name: users.name,
	email: users.email,
	role: users.role,
	status: users.status,
	organisation: organisations.name,
}

/**
 * The users a council's administrator looks after: its own staff and the suppliers, who belong to
 * the deployment. Another council's staff are that council's alone.
 */
function seenByCouncil(councilId: number): SQL {
	return or(eq(users.organisationId, councilId), eq(users.role, 'supplier'))!
}

/** The council's staff, then suppliers by organisation, each by name. */
export function listUsers(councilId: number) {
	return db
		.select({ ...userColumns, organisationKind: organisations.kind })
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(seenByCouncil(councilId))
		.orderBy(asc(organisations.kind), asc(organisations.name), asc(users.name))
		.all()
}

/** How many of the latest events about a user their page lists. */
export const USER_ACTIVITY_LIMIT = 20

/**
 * A user as the council's administrator sees them, with the latest events about them recorded
 * by this council or the deployment, newest first; null if there is none or they are another
 * council's staff.
 */
export function userWithActivity(councilId: number, userId: number) {
	const user = db
		.select({ ...userColumns, version: users.version, createdAt: users.createdAt })
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(and(eq(users.id, userId), seenByCouncil(councilId)))
		.get()
	if (!user) return null
	const activity = db
		.select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, actor: users.name })
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.actorUserId))
		.where(
			and(
				eq(auditEvents.subjectType, 'user'),
				eq(auditEvents.subjectId, String(userId)),
				or(isNull(auditEvents.councilId), eq(auditEvents.councilId, councilId)),
			),
		)
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(USER_ACTIVITY_LIMIT)
		.all()
	return { user, activity }
}

export function queueInvitation(
	tx: Tx,
	invitee: { id: number; email: string; name: string; role: UserRole },
	inviter: SessionUser,
	now: number,
	organisationName?: string,
) {
	const token = issueOneTimeToken(tx, invitee.id, 'invitation', now)
	enqueueEmail(
		tx,
		{
			dedupeKey: `invitation:${token.split('.')[0]}`,
			to: invitee.email,
			// A council's invitation is its mail; a supplier inviting a colleague is the deployment's.
			councilId: isCouncilRole(inviter.role) ? inviter.organisationId : null,
			email: invitationEmail({
				councilName: nameSeenBy(inviter.organisationId),
				name: invitee.name,
				invitedBy: inviter.name,
				roleLabel: roleLabels[invitee.role],
				acceptUrl: emailLink('/accept-invitation', { token }),
				expiresInDays: tokenLifetimesMs.invitation / (24 * 60 * 60 * 1000),
				organisationName,
			}),
		},
		now,
	)
}

export function inviteCouncilUser(
	admin: SessionUser,
	input: { name: string; email: string; role: CouncilRole },
	context: { ip: string; now: number },
): AdminResult<{ userId: number }> {
	const email = normaliseEmail(input.email)
	const result = db.transaction((tx): AdminResult<{ userId: number }> => {
		const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()
		if (existing) return { ok: false, field: 'email', message: 'A user with this email address already exists' }
		const invitee = tx
			.insert(users)
			.values({
				organisationId: admin.organisationId,
				email,
				name: input.name,
				role: input.role,
				status: 'invited',
				createdAt: context.now,
				updatedAt: context.now,
			})
			.returning()
			.get()
		queueInvitation(tx, invitee, admin, context.now)
		recordAudit(tx, {
			at: context.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'user_invited',
			subject: { type: 'user', id: invitee.id },
			detail: { email, role: input.role },
			ip: context.ip,
		})
		return { ok: true, userId: invitee.id }
	})
	if (result.ok) wakeOutbox()
	return result
}

export function resendInvitation(
	admin: SessionUser,
	userId: number,
	context: { ip: string; now: number },
): AdminResult {
	const result = db.transaction((tx): AdminResult => {
		const invitee = tx
			.select()
			.from(users)
			.where(and(eq(users.id, userId), seenByCouncil(admin.organisationId)))
			.get()
		if (!invitee) return { ok: false, message: USER_NOT_FOUND }
		if (invitee.status !== 'invited') return { ok: false, message: 'This user has already accepted their invitation' }
		queueInvitation(tx, invitee, admin, context.now)
		recordAudit(tx, {
			at: context.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'user_invited',
			subject: { type: 'user', id: invitee.id },
			detail: { email: invitee.email, role: invitee.role, resent: true },
			ip: context.ip,
		})
		return { ok: true }
	})
	if (result.ok) wakeOutbox()
	return result
}

/** The council's other active administrators: every council keeps one of its own. */
function otherActiveAdmins(tx: Tx, councilId: number, exceptUserId: number): number {
	const row = tx
		.select({ n: count() })
		.from(users)
		.where(
			and(
				eq(users.organisationId, councilId),
				eq(users.role, 'admin'),
				eq(users.status, 'active'),
				sql`${users.id} != ${exceptUserId}`,
			),
		)
		.get()
	return row?.n ?? 0
}

/** Changes a council user's role. `version` is what the admin saw, so a stale form is refused. */
export function changeRole(
	admin: SessionUser,
	input: { userId: number; role: CouncilRole; version: number },
	context: { ip: string; now: number },
): AdminResult {
	if (input.userId === admin.id) return { ok: false, field: 'role', message: 'You cannot change your own role' }
	return db.transaction((tx): AdminResult => {
		const target = tx
			.select()
			.from(users)
			.where(and(eq(users.id, input.userId), seenByCouncil(admin.organisationId)))
			.get()
		if (!target) return { ok: false, message: USER_NOT_FOUND }
		if (target.role === 'supplier')
			return { ok: false, field: 'role', message: 'Only council staff roles can be changed here' }
		if (target.version !== input.version) return { ok: false, message: STALE }
		if (target.role === input.role) return { ok: true }
		if (target.role === 'admin' && otherActiveAdmins(tx, admin.organisationId, target.id) === 0) {
			return { ok: false, field: 'role', message: 'There must always be at least one active administrator' }
		}
		tx.update(users)
			.set({ role: input.role, version: sql`${users.version} + 1`, updatedAt: context.now })
			.where(eq(users.id, target.id))
			.run()
		recordAudit(tx, {
			at: context.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'role_changed',
			subject: { type: 'user', id: target.id },
			detail: { from: target.role, to: input.role },
			ip: context.ip,
		})
		return { ok: true }
	})
}

/** Disables (ending every session at once) or re-enables a user. */
export function setUserDisabled(
	admin: SessionUser,
	input: { userId: number; disabled: boolean; version: number },
	context: { ip: string; now: number },
): AdminResult {
	if (input.userId === admin.id) return { ok: false, message: 'You cannot disable your own account' }
	return db.transaction((tx): AdminResult => {
		const target = tx
			.select()
			.from(users)
			.where(and(eq(users.id, input.userId), seenByCouncil(admin.organisationId)))
			.get()
		if (!target) return { ok: false, message: USER_NOT_FOUND }
		if (target.version !== input.version) return { ok: false, message: STALE }
		if (input.disabled && target.role === 'admin' && otherActiveAdmins(tx, admin.organisationId, target.id) === 0) {
			return { ok: false, message: 'There must always be at least one active administrator' }
		}
		if (input.disabled === (target.status === 'disabled')) return { ok: true }
		// Re-enabling someone who never accepted their invitation puts them back to "invited".
		const status = input.disabled ? 'disabled' : target.passwordHash ? 'active' : 'invited'
		tx.update(users)
			.set({ status, version: sql`${users.version} + 1`, updatedAt: context.now })
			.where(eq(users.id, target.id))
			.run()
		if (input.disabled) invalidateUserSessions(target.id, tx)
		recordAudit(tx, {
			at: context.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: input.disabled ? 'user_disabled' : 'user_enabled',
			subject: { type: 'user', id: target.id },
			ip: context.ip,
		})
		return { ok: true }
	})
}

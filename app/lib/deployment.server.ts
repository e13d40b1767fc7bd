import { and, asc, eq, isNotNull, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { councils, organisations, users } from '#db/schema.ts'
import { normaliseHost } from '#app/domain/councils/council-identity.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { createCouncil, type Council } from './councils.server.ts'
import { wakeOutbox } from './outbox.server.ts'
import { normaliseEmail } from './sign-in.server.ts'
import { queueInvitation } from './user-admin.server.ts'

type Ctx = { ip: string; now: number }
export type DeploymentFailure = { ok: false; field?: string; message: string }
export type DeploymentResult<T = object> = ({ ok: true } & T) | DeploymentFailure

/** A council as the deployment administrator's list shows it. */
export type CouncilSummary = Council & { staff: number; contracts: number }

/** Every council, the first made first, with how many staff and contracts each has. */
export function councilSummaries(): CouncilSummary[] {
	return db.all<CouncilSummary>(sql`
		select co."id", o."name", co."short_name" as "shortName", co."slug", co."host",
			(select count(*) from "users" u where u."organisation_id" = co."id" and u."role" in ('admin', 'contract_manager')
				and u."status" != 'disabled') as "staff",
			(select count(*) from "contracts" ct where ct."council_id" = co."id") as "contracts"
		from "councils" co
		join "organisations" o on o."id" = co."id"
		order by co."id"`)
}

export type NewCouncilForm = {
	name: string
	shortName: string
	slug: string
	host?: string | undefined
	adminName: string
	adminEmail: string
}

/** What only the database can check: nothing else may have the council's name, slug or host, nor anyone its administrator's email. */
function clash(tx: Tx, input: NewCouncilForm): DeploymentFailure | null {
	const sameName = tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.kind, 'council'), sql`lower(${organisations.name}) = ${input.name.toLowerCase()}`))
		.get()
	if (sameName) return { ok: false, field: 'name', message: 'A council with this name already exists' }
	if (tx.select({ id: councils.id }).from(councils).where(eq(councils.slug, input.slug)).get())
		return { ok: false, field: 'slug', message: 'Another council already has this short address' }
	if (input.host && tx.select({ id: councils.id }).from(councils).where(eq(councils.host, input.host)).get())
		return { ok: false, field: 'host', message: 'Another council already has this host name' }
	if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.adminEmail)).get())
		return { ok: false, field: 'adminEmail', message: 'A user with this email address already exists' }
	return null
}

/**
 * Adds a council (its organisation, settings and standard units) and invites its first
 * administrator, who then runs it like any council: one transaction, so a council never
 * exists without someone invited to run it.
 */
export function addCouncil(
	actor: SessionUser,
	form: NewCouncilForm,
	ctx: Ctx,
): DeploymentResult<{ councilId: number; adminId: number }> {
	const input = {
		...form,
		name: form.name.trim(),
		host: form.host ? normaliseHost(form.host) : undefined,
		adminEmail: normaliseEmail(form.adminEmail),
	}
	const result = db.transaction((tx): DeploymentResult<{ councilId: number; adminId: number }> => {
		const refused = clash(tx, input)
		if (refused) return refused
		const council = createCouncil(
			tx,
			{ name: input.name, shortName: input.shortName, slug: input.slug, host: input.host ?? null },
			ctx.now,
		)
		const admin = tx
			.insert(users)
			.values({
				organisationId: council.id,
				email: input.adminEmail,
				name: input.adminName,
				role: 'admin',
				status: 'invited',
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning()
			.get()
		// The invitation is the new council's: it carries its name, not the inviter's council's.
		queueInvitation(tx, admin, { ...actor, organisationId: council.id }, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: actor.id,
			councilId: council.id,
			action: 'council_created',
			subject: { type: 'council', id: council.id },
			detail: { name: council.name, slug: council.slug, host: council.host },
			ip: ctx.ip,
		})
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: actor.id,
			councilId: council.id,
			action: 'user_invited',
			subject: { type: 'user', id: admin.id },
			detail: { email: admin.email, role: 'admin' },
			ip: ctx.ip,
		})
		return { ok: true, councilId: council.id, adminId: admin.id }
	})
	if (result.ok) wakeOutbox()
	return result
}

/** Who holds a deployment role, administrators first, with their council. */
export function deploymentRoleHolders() {
	return db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			deploymentRole: users.deploymentRole,
			council: organisations.name,
			version: users.version,
		})
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(isNotNull(users.deploymentRole))
		.orderBy(asc(users.deploymentRole), asc(users.name))
		.all()
}

/**
 * Lets a council's member of staff see the consortium figures. Only staff: the figures are
 * councils' own, not for suppliers. A deployment administrator sees them already.
 */
export function grantConsortiumRole(actor: SessionUser, email: string, ctx: Ctx): DeploymentResult {
	const wanted = normaliseEmail(email)
	return db.transaction((tx): DeploymentResult => {
		const person = tx.select().from(users).where(eq(users.email, wanted)).get()
		if (!person || person.role === 'supplier')
			return { ok: false, field: 'email', message: 'Enter the email address of a member of a council’s staff' }
		if (person.deploymentRole === 'administrator')
			return {
				ok: false,
				field: 'email',
				message: 'This person is a deployment administrator, who sees the figures already',
			}
		if (person.deploymentRole === 'consortium') return { ok: true }
		tx.update(users)
			.set({ deploymentRole: 'consortium', version: sql`${users.version} + 1`, updatedAt: ctx.now })
			.where(eq(users.id, person.id))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: actor.id,
			councilId: person.organisationId,
			action: 'deployment_role_granted',
			subject: { type: 'user', id: person.id },
			detail: { deploymentRole: 'consortium' },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

/** Takes the consortium role away; a deployment administrator's role is not this page's to change. */
export function removeConsortiumRole(
	actor: SessionUser,
	input: { userId: number; version: number },
	ctx: Ctx,
): DeploymentResult {
	return db.transaction((tx): DeploymentResult => {
		const person = tx.select().from(users).where(eq(users.id, input.userId)).get()
		if (!person || person.deploymentRole !== 'consortium') return { ok: true }
		if (person.version !== input.version)
			return {
				ok: false,
				message: 'This person was changed by someone else while you were looking at the page. Try again.',
			}
		tx.update(users)
			.set({ deploymentRole: null, version: sql`${users.version} + 1`, updatedAt: ctx.now })
			.where(eq(users.id, person.id))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: actor.id,
			councilId: person.organisationId,
			action: 'deployment_role_removed',
			subject: { type: 'user', id: person.id },
			detail: { deploymentRole: 'consortium' },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

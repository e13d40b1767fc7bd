import { and, eq, or, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { organisations, users } from '#db/schema.ts'
import { accountExistsEmail } from '#emails/account-exists.tsx'
import { verifyEmail } from '#emails/verify-email.tsx'
import type { Registration } from '#app/domain/suppliers/registration.ts'
import { recordAudit } from './audit.server.ts'
import { emailLink } from './email-links.server.ts'
import { consumeOneTimeToken, issueOneTimeToken, tokenIssuedSince, tokenLifetimesMs } from './one-time-tokens.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { hashPassword } from '#app/infra/password-hashing.server.ts'
import { replaceSession } from './session.server.ts'
import { deploymentName } from './councils.server.ts'
import { normaliseEmail } from './sign-in.server.ts'

type Ctx = { ip: string; now: number }

/** One verification email a minute per account, so the forms cannot flood an inbox. */
const RESEND_INTERVAL_MS = 60 * 1000

function queueVerification(
	tx: Tx,
	user: { id: number; email: string; name: string },
	organisationName: string,
	now: number,
) {
	const token = issueOneTimeToken(tx, user.id, 'email_verification', now)
	enqueueEmail(
		tx,
		{
			dedupeKey: `verify-email:${token.split('.')[0]}`,
			to: user.email,
			email: verifyEmail({
				councilName: deploymentName(),
				name: user.name,
				organisationName,
				verifyUrl: emailLink('/verify-email', { token }),
				expiresInHours: tokenLifetimesMs.email_verification / 3_600_000,
			}),
		},
		now,
	)
}

export type RegistrationOutcome = 'check-email' | 'organisation-exists'

/**
 * Registers a supplier organisation and its first user, who must confirm their email
 * before signing in. The answer never says whether an email address has an account: an
 * existing account holder is emailed instead.
 */
export async function registerSupplier(input: Registration, ctx: Ctx): Promise<RegistrationOutcome> {
	const email = normaliseEmail(input.email)
	const passwordHash = await hashPassword(input.password)
	const outcome = db.transaction((tx): RegistrationOutcome => {
		const existingOrganisation = tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(
				and(
					eq(organisations.kind, 'supplier'),
					or(
						sql`lower(${organisations.name}) = ${input.organisationName.toLowerCase()}`,
						input.registrationNumber
							? sql`upper(${organisations.registrationNumber}) = ${input.registrationNumber}`
							: undefined,
					),
				),
			)
			.get()
		if (existingOrganisation) return 'organisation-exists'

		const existingUser = tx.select().from(users).where(eq(users.email, email)).get()
		if (existingUser) {
			enqueueEmail(
				tx,
				{
					dedupeKey: `account-exists:${existingUser.id}:${Math.floor(ctx.now / RESEND_INTERVAL_MS)}`,
					to: existingUser.email,
					email: accountExistsEmail({
						councilName: deploymentName(),
						name: existingUser.name,
						signInUrl: emailLink('/sign-in'),
						resetUrl: emailLink('/forgotten-password'),
					}),
				},
				ctx.now,
			)
			return 'check-email'
		}

		const organisation = tx
			.insert(organisations)
			.values({
				kind: 'supplier',
				name: input.organisationName,
				supplierType: input.supplierType,
				registrationNumber: input.registrationNumber,
				postcode: input.postcode,
				createdAt: ctx.now,
			})
			.returning()
			.get()
		const user = tx
			.insert(users)
			.values({
				organisationId: organisation.id,
				email,
				name: input.name,
				role: 'supplier',
				status: 'unverified',
				passwordHash,
				isOrgAdmin: true,
				receivesReminders: true,
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning()
			.get()
		queueVerification(tx, user, organisation.name, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'supplier_registered',
			subject: { type: 'organisation', id: organisation.id },
			detail: { organisation: organisation.name, email },
			ip: ctx.ip,
		})
		return 'check-email'
	})
	wakeOutbox()
	return outcome
}

/** Sends a fresh confirmation link to an unconfirmed account, if there is one. Says nothing either way. */
export function resendVerification(emailInput: string, ctx: Ctx) {
	const email = normaliseEmail(emailInput)
	const user = db.select().from(users).where(eq(users.email, email)).get()
	if (!user || user.status !== 'unverified') return
	if (tokenIssuedSince(db, user.id, 'email_verification', ctx.now - RESEND_INTERVAL_MS)) return
	const organisation = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, user.organisationId))
		.get()
	db.transaction((tx) => queueVerification(tx, user, organisation?.name ?? '', ctx.now))
	wakeOutbox()
}

/**
 * Confirms the email address behind a link, activates the account and signs the person in,
 * in place of whoever the browser held (`heldSessionToken`).
 */
export function confirmEmail(token: string, ctx: Ctx, heldSessionToken: string | null) {
	return db.transaction((tx) => {
		const userId = consumeOneTimeToken(tx, token, 'email_verification', ctx.now)
		if (userId === null) return null
		const user = tx
			.update(users)
			.set({ status: 'active', emailVerifiedAt: ctx.now, updatedAt: ctx.now, version: sql`${users.version} + 1` })
			.where(and(eq(users.id, userId), eq(users.status, 'unverified')))
			.returning()
			.get()
		if (!user) return null
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'email_verified',
			subject: { type: 'user', id: user.id },
			ip: ctx.ip,
		})
		return { user, ...replaceSession(heldSessionToken, user.id, ctx, tx) }
	})
}

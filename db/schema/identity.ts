import { sql } from 'drizzle-orm'
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { millis } from './columns.ts'

// People, organisations, sign-in, the audit trail and the email outbox.

export const organisationKinds = ['council', 'supplier'] as const
export type OrganisationKind = (typeof organisationKinds)[number]

export const supplierTypes = ['large', 'sme', 'micro', 'vcse'] as const
export type SupplierType = (typeof supplierTypes)[number]

export const organisations = sqliteTable(
	'organisations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		kind: text('kind', { enum: organisationKinds }).notNull(),
		name: text('name').notNull(),
		supplierType: text('supplier_type', { enum: supplierTypes }),
		/** Companies House or charity number; unique when given. */
		registrationNumber: text('registration_number'),
		postcode: text('postcode'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
	},
	(table) => [
		uniqueIndex('organisations_registration_number_unique')
			.on(sql`upper(${table.registrationNumber})`)
			.where(sql`${table.registrationNumber} is not null`),
		index('organisations_name_idx').on(sql`lower(${table.name})`),
	],
)

/**
 * A council the deployment serves: its organisation (kind 'council') names it, and staff belong
 * to it through that organisation. Everything a council owns carries its id (ADR 026).
 */
export const councils = sqliteTable(
	'councils',
	{
		id: integer('id')
			.primaryKey()
			.references(() => organisations.id),
		/** The path prefix on a shared host, "/c/<slug>", and the council's name in links. */
		slug: text('slug').notNull(),
		/** As people say it: "Northshire". */
		shortName: text('short_name').notNull(),
		/** The host name its people use, when it has one of its own: "socialvalue.northshire.gov.uk". */
		host: text('host'),
		defaultWeightingPercent: integer('default_weighting_percent').notNull().default(10),
		maxMeasuresPerTender: integer('max_measures_per_tender').notNull().default(10),
		/** Publishing a tender that gives bidders fewer calendar days than this asks for confirmation. */
		minimumTenderPeriodDays: integer('minimum_tender_period_days').notNull().default(10),
		financialYearStartMonth: integer('financial_year_start_month').notNull().default(4),
		returnDueDays: integer('return_due_days').notNull().default(30),
		ragGreenPercent: integer('rag_green_percent').notNull().default(90),
		ragAmberPercent: integer('rag_amber_percent').notNull().default(60),
		/** Days before a return is due when reminders go out, e.g. "14,3". */
		reminderLeadDays: text('reminder_lead_days').notNull().default('14,3'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('councils_slug_unique').on(table.slug),
		uniqueIndex('councils_host_unique')
			.on(table.host)
			.where(sql`${table.host} is not null`),
	],
)

export const userRoles = ['admin', 'contract_manager', 'supplier'] as const
export type UserRole = (typeof userRoles)[number]

/**
 * What a person may do across the deployment, on top of their role in their own council:
 * an administrator adds councils and names who sees the consortium figures; the consortium
 * role sees every council's figures side by side (ADR 027).
 */
export const deploymentRoles = ['administrator', 'consortium'] as const
export type DeploymentRole = (typeof deploymentRoles)[number]

export const userStatuses = ['unverified', 'invited', 'active', 'disabled'] as const
export type UserStatus = (typeof userStatuses)[number]

export const users = sqliteTable(
	'users',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: text('role', { enum: userRoles }).notNull(),
		/** Held by council staff only; null for almost everyone (ADR 027). */
		deploymentRole: text('deployment_role', { enum: deploymentRoles }),
		status: text('status', { enum: userStatuses }).notNull(),
		passwordHash: text('password_hash'),
		/** A supplier user who manages their organisation's members. */
		isOrgAdmin: integer('is_org_admin', { mode: 'boolean' }).notNull().default(false),
		/** A supplier user who gets the organisation's reminder emails. */
		receivesReminders: integer('receives_reminders', { mode: 'boolean' }).notNull().default(false),
		emailVerifiedAt: millis('email_verified_at'),
		// Bumped on every change so an edit made from a stale page is refused
		// instead of silently overwriting someone else's change.
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('users_email_unique').on(table.email),
		index('users_organisation_idx').on(table.organisationId),
	],
)

export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		createdAt: millis('created_at').notNull(),
		lastVerifiedAt: millis('last_verified_at').notNull(),
	},
	(table) => [index('sessions_user_idx').on(table.userId)],
)

export const tokenPurposes = ['password_reset', 'invitation', 'email_verification'] as const
export type TokenPurpose = (typeof tokenPurposes)[number]

export const oneTimeTokens = sqliteTable(
	'one_time_tokens',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: tokenPurposes }).notNull(),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		createdAt: millis('created_at').notNull(),
		expiresAt: millis('expires_at').notNull(),
		usedAt: millis('used_at'),
	},
	(table) => [index('one_time_tokens_user_idx').on(table.userId, table.purpose)],
)

/**
 * A person's calendar feed: its address carries "<id>.<secret>" and only a hash of the secret
 * is kept. One per person; making a new one retires the old address.
 */
export const calendarFeeds = sqliteTable('calendar_feeds', {
	id: text('id').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.unique()
		.references(() => users.id, { onDelete: 'cascade' }),
	secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
	createdAt: millis('created_at').notNull(),
})

export const signInFailures = sqliteTable(
	'sign_in_failures',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		email: text('email').notNull(),
		ip: text('ip').notNull(),
		at: millis('at').notNull(),
	},
	(table) => [
		index('sign_in_failures_email_idx').on(table.email, table.at),
		index('sign_in_failures_ip_idx').on(table.ip, table.at),
	],
)

export const auditEvents = sqliteTable(
	'audit_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: millis('at').notNull(),
		actorUserId: integer('actor_user_id').references(() => users.id),
		/** The council whose records the event is about; null for the deployment's own (a supplier's account). */
		councilId: integer('council_id').references(() => councils.id),
		action: text('action').notNull(),
		subjectType: text('subject_type'),
		subjectId: text('subject_id'),
		detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
		ip: text('ip'),
	},
	(table) => [
		index('audit_events_subject_idx').on(table.subjectType, table.subjectId),
		index('audit_events_at_idx').on(table.at),
		index('audit_events_council_idx').on(table.councilId, table.at),
	],
)

export const outboxStatuses = ['queued', 'sent', 'failed'] as const
export type OutboxStatus = (typeof outboxStatuses)[number]

export const outbox = sqliteTable(
	'outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		// The same cause never produces two emails: a second insert with the same
		// key is ignored.
		dedupeKey: text('dedupe_key').notNull(),
		/** The council the email is sent for; null for the deployment's own (a password reset). */
		councilId: integer('council_id').references(() => councils.id),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		html: text('html').notNull(),
		text: text('text').notNull(),
		status: text('status', { enum: outboxStatuses }).notNull().default('queued'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		nextAttemptAt: millis('next_attempt_at').notNull(),
		/** A worker that claims a message holds it until then; another may take it only after. */
		leasedUntil: millis('leased_until'),
		leaseId: text('lease_id'),
		/**
		 * The Message-ID header, fixed when the message is queued: a copy sent again after a
		 * crash is recognisably the same message. Null on messages queued before it was kept.
		 */
		messageId: text('message_id'),
		createdAt: millis('created_at').notNull(),
		sentAt: millis('sent_at'),
	},
	(table) => [
		uniqueIndex('outbox_dedupe_key_unique').on(table.dedupeKey),
		uniqueIndex('outbox_message_id_unique').on(table.messageId),
		index('outbox_status_idx').on(table.status, table.nextAttemptAt),
		index('outbox_council_idx').on(table.councilId, table.createdAt),
	],
)

/**
 * When the reminders last ran, whether inside the server or from a scheduled job: one row,
 * written at the end of every run, so the administrator's set-up checklist can say so.
 */
export const reminderRuns = sqliteTable('reminder_runs', {
	id: integer('id').primaryKey(),
	lastRanAt: millis('last_ran_at').notNull(),
	emailsQueued: integer('emails_queued').notNull(),
})

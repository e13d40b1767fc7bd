import { sql } from 'drizzle-orm'
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { matrixStatuses } from '../app/domain/matrix/matrix-state.ts'
import { milestoneStatuses } from '../app/domain/returns/milestone-status.ts'
import { returnStatuses } from '../app/domain/returns/return-state.ts'

// Timestamps are milliseconds since the epoch. drizzle's `mode: 'timestamp'` keeps
// whole seconds only, which loses ordering between events in the same second.
function millis(name: string) {
	return integer(name, { mode: 'number' })
}

export const councilSettings = sqliteTable('council_settings', {
	id: integer('id').primaryKey(),
	councilName: text('council_name').notNull(),
	defaultWeightingPercent: integer('default_weighting_percent').notNull().default(10),
	maxMeasuresPerTender: integer('max_measures_per_tender').notNull().default(10),
	financialYearStartMonth: integer('financial_year_start_month').notNull().default(4),
	returnDueDays: integer('return_due_days').notNull().default(30),
	ragGreenPercent: integer('rag_green_percent').notNull().default(90),
	ragAmberPercent: integer('rag_amber_percent').notNull().default(60),
	/** Days before a return is due when reminders go out, e.g. "14,3". */
	reminderLeadDays: text('reminder_lead_days').notNull().default('14,3'),
	version: integer('version').notNull().default(1),
	updatedAt: millis('updated_at').notNull(),
})

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

export const userRoles = ['admin', 'contract_manager', 'supplier'] as const
export type UserRole = (typeof userRoles)[number]

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
		action: text('action').notNull(),
		subjectType: text('subject_type'),
		subjectId: text('subject_id'),
		detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
		ip: text('ip'),
	},
	(table) => [
		index('audit_events_subject_idx').on(table.subjectType, table.subjectId),
		index('audit_events_at_idx').on(table.at),
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
		createdAt: millis('created_at').notNull(),
		sentAt: millis('sent_at'),
	},
	(table) => [
		uniqueIndex('outbox_dedupe_key_unique').on(table.dedupeKey),
		index('outbox_status_idx').on(table.status, table.nextAttemptAt),
	],
)

export const councilPriorities = sqliteTable(
	'council_priorities',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		code: text('code').notNull(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		position: integer('position').notNull(),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [uniqueIndex('council_priorities_code_unique').on(table.code)],
)

export const editionStatuses = ['draft', 'published', 'retired'] as const
export type EditionStatus = (typeof editionStatuses)[number]

export const tomsEditions = sqliteTable(
	'toms_editions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		status: text('status', { enum: editionStatuses }).notNull().default('draft'),
		// At most one edition is current: enforced by a partial unique index.
		isCurrent: integer('is_current', { mode: 'boolean' }).notNull().default(false),
		copiedFromId: integer('copied_from_id'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
		publishedAt: millis('published_at'),
		retiredAt: millis('retired_at'),
	},
	(table) => [
		uniqueIndex('toms_editions_name_unique').on(table.name),
		uniqueIndex('toms_editions_one_current').on(table.isCurrent).where(sql`${table.isCurrent} = 1`),
	],
)

export const tomsThemes = sqliteTable(
	'toms_themes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		editionId: integer('edition_id')
			.notNull()
			.references(() => tomsEditions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		name: text('name').notNull(),
	},
	(table) => [index('toms_themes_edition_idx').on(table.editionId, table.position)],
)

export const tomsOutcomes = sqliteTable(
	'toms_outcomes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		editionId: integer('edition_id')
			.notNull()
			.references(() => tomsEditions.id, { onDelete: 'cascade' }),
		themeId: integer('theme_id')
			.notNull()
			.references(() => tomsThemes.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		name: text('name').notNull(),
	},
	(table) => [index('toms_outcomes_theme_idx').on(table.themeId, table.position), index('toms_outcomes_edition_idx').on(table.editionId)],
)

export const tomsMeasures = sqliteTable(
	'toms_measures',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		editionId: integer('edition_id')
			.notNull()
			.references(() => tomsEditions.id, { onDelete: 'cascade' }),
		outcomeId: integer('outcome_id')
			.notNull()
			.references(() => tomsOutcomes.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		code: text('code').notNull(),
		title: text('title').notNull(),
		unit: text('unit').notNull(),
		proxyValuePence: integer('proxy_value_pence'),
		guidance: text('guidance').notNull().default(''),
		evidenceGuidance: text('evidence_guidance').notNull().default(''),
	},
	(table) => [
		uniqueIndex('toms_measures_edition_code_unique').on(table.editionId, sql`lower(${table.code})`),
		index('toms_measures_outcome_idx').on(table.outcomeId, table.position),
	],
)

export const tomsMeasurePriorities = sqliteTable(
	'toms_measure_priorities',
	{
		measureId: integer('measure_id')
			.notNull()
			.references(() => tomsMeasures.id, { onDelete: 'cascade' }),
		priorityId: integer('priority_id')
			.notNull()
			.references(() => councilPriorities.id),
	},
	(table) => [primaryKey({ columns: [table.measureId, table.priorityId] }), index('toms_measure_priorities_priority_idx').on(table.priorityId)],
)

export const tenderStatuses = ['draft', 'published', 'cancelled'] as const
export type TenderStatus = (typeof tenderStatuses)[number]

export const reportingCadences = ['half_yearly', 'quarterly', 'annual'] as const
export type ReportingCadence = (typeof reportingCadences)[number]

export const tenders = sqliteTable(
	'tenders',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		reference: text('reference').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		estimatedValuePence: integer('estimated_value_pence').notNull(),
		/** Calendar dates, "YYYY-MM-DD": a contract starts on a day, not an instant. */
		contractStart: text('contract_start').notNull(),
		contractEnd: text('contract_end').notNull(),
		deadlineAt: millis('deadline_at').notNull(),
		weightingPercent: integer('weighting_percent').notNull(),
		quantitySharePercent: integer('quantity_share_percent').notNull().default(50),
		targetPercent: integer('target_percent'),
		cadence: text('cadence', { enum: reportingCadences }).notNull().default('half_yearly'),
		editionId: integer('edition_id')
			.notNull()
			.references(() => tomsEditions.id),
		contractManagerId: integer('contract_manager_id')
			.notNull()
			.references(() => users.id),
		// Open and closed are not stored: they follow from the deadline and the clock.
		status: text('status', { enum: tenderStatuses }).notNull().default('draft'),
		cancelledReason: text('cancelled_reason'),
		cancelledAt: millis('cancelled_at'),
		publishedAt: millis('published_at'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('tenders_reference_unique').on(sql`lower(${table.reference})`),
		index('tenders_manager_idx').on(table.contractManagerId),
		index('tenders_status_deadline_idx').on(table.status, table.deadlineAt),
	],
)

export const tenderMeasures = sqliteTable(
	'tender_measures',
	{
		tenderId: integer('tender_id')
			.notNull()
			.references(() => tenders.id, { onDelete: 'cascade' }),
		measureId: integer('measure_id')
			.notNull()
			.references(() => tomsMeasures.id),
	},
	(table) => [primaryKey({ columns: [table.tenderId, table.measureId] })],
)

export const tenderAmendments = sqliteTable(
	'tender_amendments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		tenderId: integer('tender_id')
			.notNull()
			.references(() => tenders.id, { onDelete: 'cascade' }),
		at: millis('at').notNull(),
		byUserId: integer('by_user_id')
			.notNull()
			.references(() => users.id),
		reason: text('reason').notNull(),
		changes: text('changes', { mode: 'json' }).$type<string[]>().notNull(),
	},
	(table) => [index('tender_amendments_tender_idx').on(table.tenderId, table.at)],
)

// The statuses and their rules live with the state machine in the domain.
const matrixStatusValues = matrixStatuses

/** One Social Value Matrix per tender per supplier organisation. */
export const matrices = sqliteTable(
	'matrices',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		tenderId: integer('tender_id')
			.notNull()
			.references(() => tenders.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		status: text('status', { enum: matrixStatusValues }).notNull().default('draft'),
		/** The evaluator's quality score for the method statements, 0–100 in hundredths. */
		qualityScoreHundredths: integer('quality_score_hundredths'),
		declarationsConfirmedAt: millis('declarations_confirmed_at'),
		/** While changes are requested, the supplier may edit and resubmit until this instant. */
		clarificationDueAt: millis('clarification_due_at'),
		submittedAt: millis('submitted_at'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('matrices_tender_organisation_unique').on(table.tenderId, table.organisationId),
		index('matrices_organisation_idx').on(table.organisationId),
	],
)

export const matrixLines = sqliteTable(
	'matrix_lines',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		matrixId: integer('matrix_id')
			.notNull()
			.references(() => matrices.id, { onDelete: 'cascade' }),
		measureId: integer('measure_id')
			.notNull()
			.references(() => tomsMeasures.id),
		declined: integer('declined', { mode: 'boolean' }).notNull().default(false),
		declineReason: text('decline_reason').notNull().default(''),
		quantityHundredths: integer('quantity_hundredths'),
		commitmentText: text('commitment_text').notNull().default(''),
		responsibleName: text('responsible_name').notNull().default(''),
		responsibleRole: text('responsible_role').notNull().default(''),
		responsibleEmail: text('responsible_email').notNull().default(''),
		methodStatement: text('method_statement').notNull().default(''),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [uniqueIndex('matrix_lines_matrix_measure_unique').on(table.matrixId, table.measureId)],
)

export const matrixMilestones = sqliteTable(
	'matrix_milestones',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		lineId: integer('line_id')
			.notNull()
			.references(() => matrixLines.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** "YYYY-MM-DD" */
		date: text('date').notNull(),
		cumulativeHundredths: integer('cumulative_hundredths').notNull(),
	},
	(table) => [index('matrix_milestones_line_idx').on(table.lineId, table.position)],
)

/** Every status change of a matrix: what, who, when and why. */
export const matrixEvents = sqliteTable(
	'matrix_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		matrixId: integer('matrix_id')
			.notNull()
			.references(() => matrices.id, { onDelete: 'cascade' }),
		at: millis('at').notNull(),
		byUserId: integer('by_user_id')
			.notNull()
			.references(() => users.id),
		fromStatus: text('from_status', { enum: matrixStatusValues }),
		toStatus: text('to_status', { enum: matrixStatusValues }).notNull(),
		reason: text('reason'),
	},
	(table) => [index('matrix_events_matrix_idx').on(table.matrixId, table.at)],
)

/** An evaluator's comment on one line of a matrix; the supplier sees it once a decision is sent. */
export const matrixLineComments = sqliteTable(
	'matrix_line_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		matrixId: integer('matrix_id')
			.notNull()
			.references(() => matrices.id, { onDelete: 'cascade' }),
		measureId: integer('measure_id')
			.notNull()
			.references(() => tomsMeasures.id),
		byUserId: integer('by_user_id')
			.notNull()
			.references(() => users.id),
		at: millis('at').notNull(),
		body: text('body').notNull(),
	},
	(table) => [index('matrix_line_comments_matrix_idx').on(table.matrixId, table.measureId, table.at)],
)

export const contractStatuses = ['active', 'ended'] as const
export type ContractStatus = (typeof contractStatuses)[number]

/** An awarded tender: the winning matrix's lines become its frozen commitments. */
export const contracts = sqliteTable(
	'contracts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		reference: text('reference').notNull(),
		title: text('title').notNull(),
		tenderId: integer('tender_id')
			.notNull()
			.references(() => tenders.id),
		matrixId: integer('matrix_id')
			.notNull()
			.references(() => matrices.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		contractManagerId: integer('contract_manager_id')
			.notNull()
			.references(() => users.id),
		/** Calendar dates, "YYYY-MM-DD". */
		startDate: text('start_date').notNull(),
		endDate: text('end_date').notNull(),
		valuePence: integer('value_pence').notNull(),
		cadence: text('cadence', { enum: reportingCadences }).notNull(),
		status: text('status', { enum: contractStatuses }).notNull().default('active'),
		/** The public register shows the contract but not its figures. */
		commerciallySensitive: integer('commercially_sensitive', { mode: 'boolean' }).notNull().default(false),
		awardedAt: millis('awarded_at').notNull(),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('contracts_reference_unique').on(sql`lower(${table.reference})`),
		uniqueIndex('contracts_tender_unique').on(table.tenderId),
		uniqueIndex('contracts_matrix_unique').on(table.matrixId),
		index('contracts_organisation_idx').on(table.organisationId),
		index('contracts_manager_idx').on(table.contractManagerId),
	],
)

/**
 * A commitment copies everything it needs from the matrix line and the measure at award,
 * so later edits to either can never change what was contracted. The database refuses
 * updates and deletes (migration 0007).
 */
export const contractCommitments = sqliteTable(
	'contract_commitments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		contractId: integer('contract_id')
			.notNull()
			.references(() => contracts.id),
		measureId: integer('measure_id')
			.notNull()
			.references(() => tomsMeasures.id),
		position: integer('position').notNull(),
		measureCode: text('measure_code').notNull(),
		measureTitle: text('measure_title').notNull(),
		themeName: text('theme_name').notNull(),
		unit: text('unit').notNull(),
		proxyValuePence: integer('proxy_value_pence'),
		quantityHundredths: integer('quantity_hundredths'),
		commitmentText: text('commitment_text').notNull().default(''),
		valuePence: integer('value_pence'),
		responsibleName: text('responsible_name').notNull(),
		responsibleRole: text('responsible_role').notNull(),
		responsibleEmail: text('responsible_email').notNull(),
		methodStatement: text('method_statement').notNull(),
	},
	(table) => [uniqueIndex('contract_commitments_contract_measure_unique').on(table.contractId, table.measureId)],
)

export const contractMilestones = sqliteTable(
	'contract_milestones',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => contractCommitments.id),
		position: integer('position').notNull(),
		/** "YYYY-MM-DD" */
		date: text('date').notNull(),
		cumulativeHundredths: integer('cumulative_hundredths').notNull(),
	},
	(table) => [index('contract_milestones_commitment_idx').on(table.commitmentId, table.position)],
)

export const contractEventKinds = ['awarded', 'changed'] as const
export type ContractEventKind = (typeof contractEventKinds)[number]

/** The history of a contract: what happened, who, when and why. */
export const contractEvents = sqliteTable(
	'contract_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		contractId: integer('contract_id')
			.notNull()
			.references(() => contracts.id),
		at: millis('at').notNull(),
		byUserId: integer('by_user_id')
			.notNull()
			.references(() => users.id),
		kind: text('kind', { enum: contractEventKinds }).notNull(),
		detail: text('detail').notNull().default(''),
	},
	(table) => [index('contract_events_contract_idx').on(table.contractId, table.at)],
)

/**
 * The reporting periods of a contract, from its term, cadence and the financial year. `key`
 * is stable ("2026-27-H1"), so regenerating after a change of dates keeps filed returns.
 */
export const reportingPeriods = sqliteTable(
	'reporting_periods',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		contractId: integer('contract_id')
			.notNull()
			.references(() => contracts.id),
		key: text('key').notNull(),
		label: text('label').notNull(),
		/** Calendar dates, "YYYY-MM-DD". */
		startDate: text('start_date').notNull(),
		endDate: text('end_date').notNull(),
		dueDate: text('due_date').notNull(),
		/** False once a change of dates leaves the period outside the contract; kept for its return. */
		active: integer('active', { mode: 'boolean' }).notNull().default(true),
	},
	(table) => [uniqueIndex('reporting_periods_contract_key_unique').on(table.contractId, table.key), index('reporting_periods_due_idx').on(table.dueDate)],
)

export type { ReturnStatus } from '../app/domain/returns/return-state.ts'

/** A supplier's progress return for one reporting period. */
export const progressReturns = sqliteTable(
	'progress_returns',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		contractId: integer('contract_id')
			.notNull()
			.references(() => contracts.id),
		periodId: integer('period_id')
			.notNull()
			.references(() => reportingPeriods.id),
		status: text('status', { enum: returnStatuses }).notNull().default('draft'),
		nil: integer('nil', { mode: 'boolean' }).notNull().default(false),
		nilReason: text('nil_reason').notNull().default(''),
		submittedAt: millis('submitted_at'),
		late: integer('late', { mode: 'boolean' }).notNull().default(false),
		decidedAt: millis('decided_at'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [uniqueIndex('progress_returns_period_unique').on(table.periodId), index('progress_returns_contract_idx').on(table.contractId, table.status)],
)


/** What a return says about one commitment. */
export const returnLines = sqliteTable(
	'return_lines',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		returnId: integer('return_id')
			.notNull()
			.references(() => progressReturns.id, { onDelete: 'cascade' }),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => contractCommitments.id),
		deliveredHundredths: integer('delivered_hundredths'),
		deliveredText: text('delivered_text').notNull().default(''),
		milestoneStatus: text('milestone_status', { enum: milestoneStatuses }),
		narrative: text('narrative').notNull().default(''),
		mayPublish: integer('may_publish', { mode: 'boolean' }).notNull().default(false),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [uniqueIndex('return_lines_return_commitment_unique').on(table.returnId, table.commitmentId), index('return_lines_commitment_idx').on(table.commitmentId)],
)

/** Evidence files are stored on disk under their SHA-256; this row says whose and what. */
export const evidenceFiles = sqliteTable(
	'evidence_files',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		returnId: integer('return_id')
			.notNull()
			.references(() => progressReturns.id),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => contractCommitments.id),
		sha256: text('sha256').notNull(),
		type: text('type').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		fileName: text('file_name').notNull(),
		uploadedByUserId: integer('uploaded_by_user_id')
			.notNull()
			.references(() => users.id),
		uploadedAt: millis('uploaded_at').notNull(),
		removedAt: millis('removed_at'),
	},
	(table) => [index('evidence_files_return_idx').on(table.returnId, table.commitmentId)],
)

/** Every status change of a return: what, who, when and why. */
export const returnEvents = sqliteTable(
	'return_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		returnId: integer('return_id')
			.notNull()
			.references(() => progressReturns.id),
		at: millis('at').notNull(),
		byUserId: integer('by_user_id')
			.notNull()
			.references(() => users.id),
		fromStatus: text('from_status', { enum: returnStatuses }),
		toStatus: text('to_status', { enum: returnStatuses }).notNull(),
		reason: text('reason'),
	},
	(table) => [index('return_events_return_idx').on(table.returnId, table.at)],
)

/** A contract manager's comment on one commitment of a return. */
export const returnLineComments = sqliteTable(
	'return_line_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		returnId: integer('return_id')
			.notNull()
			.references(() => progressReturns.id),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => contractCommitments.id),
		byUserId: integer('by_user_id')
			.notNull()
			.references(() => users.id),
		at: millis('at').notNull(),
		body: text('body').notNull(),
	},
	(table) => [index('return_line_comments_return_idx').on(table.returnId, table.commitmentId, table.at)],
)

/**
 * What the milestones expect of each commitment in each financial year, worked out on award
 * (and again if the contract's start moves), so the dashboards can sum a year in SQL.
 */
export const commitmentSchedule = sqliteTable(
	'commitment_schedule',
	{
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => contractCommitments.id),
		yearKey: text('year_key').notNull(),
		yearLabel: text('year_label').notNull(),
		yearStart: text('year_start').notNull(),
		yearEnd: text('year_end').notNull(),
		expectedHundredths: integer('expected_hundredths').notNull(),
		/** The year's share of the commitment's £ value; the years add up to it exactly. */
		expectedPence: integer('expected_pence').notNull(),
	},
	(table) => [primaryKey({ columns: [table.commitmentId, table.yearKey] }), index('commitment_schedule_year_idx').on(table.yearKey)],
)

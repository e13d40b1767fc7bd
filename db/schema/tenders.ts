import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { matrixStatuses } from '../../app/domain/matrix/matrix-state.ts'
import { millis } from './columns.ts'
import { councils, organisations, users } from './identity.ts'
import { tomsEditions, tomsMeasures } from './toms.ts'

// Tenders and the Social Value Matrices bid against them.

export const tenderStatuses = ['draft', 'published', 'cancelled'] as const
export type TenderStatus = (typeof tenderStatuses)[number]

export const reportingCadences = ['half_yearly', 'quarterly', 'annual'] as const

/**
 * Where a tender's bids come from: suppliers bid in the portal; or they bid in the council's
 * e-tendering suite and the contract manager uploads each bidder's matrix here; or there was
 * no competition here at all, and the tender only holds the commitments of a contract the
 * contract manager records directly (never listed as a tender, never open to bids).
 */
export const tenderBiddingModes = ['portal', 'elsewhere', 'direct'] as const
export type TenderBidding = (typeof tenderBiddingModes)[number]
export type ReportingCadence = (typeof reportingCadences)[number]

export const tenders = sqliteTable(
	'tenders',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id),
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
		bidding: text('bidding', { enum: tenderBiddingModes }).notNull().default('portal'),
		cancelledReason: text('cancelled_reason'),
		cancelledAt: millis('cancelled_at'),
		publishedAt: millis('published_at'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('tenders_reference_unique').on(table.councilId, sql`lower(${table.reference})`),
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
		/** The council officer who entered this matrix on the supplier's behalf; null when the supplier did. */
		enteredByUserId: integer('entered_by_user_id').references(() => users.id),
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

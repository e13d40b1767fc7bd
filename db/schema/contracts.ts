import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { milestoneStatuses } from '../../app/domain/returns/milestone-status.ts'
import { returnStatuses } from '../../app/domain/returns/return-state.ts'
import { millis } from './columns.ts'
import { councils, organisations, users } from './identity.ts'
import { tomsMeasures } from './toms.ts'
import { matrices, reportingCadences, tenders } from './tenders.ts'

// Contracts, their frozen commitments, reporting periods and progress returns.

export const contractStatuses = ['active', 'ended'] as const
export type ContractStatus = (typeof contractStatuses)[number]

/**
 * How a contract came in: awarded to a matrix bid in a tender (in the portal or elsewhere),
 * recorded directly by its contract manager, or brought in by a bulk import on the day the
 * council adopted the portal.
 */
export const contractOrigins = ['tender', 'direct', 'imported'] as const
export type ContractOrigin = (typeof contractOrigins)[number]

export const contractImportStatuses = ['pending', 'imported', 'discarded'] as const
export type ContractImportStatus = (typeof contractImportStatuses)[number]

/** A bulk import file, read and checked, held for the officer to preview before anything is created. */
export const contractImports = sqliteTable(
	'contract_imports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id),
		createdByUserId: integer('created_by_user_id')
			.notNull()
			.references(() => users.id),
		fileName: text('file_name').notNull(),
		status: text('status', { enum: contractImportStatuses }).notNull().default('pending'),
		/** JSON: everything the file will create, as checked when it was uploaded. */
		contentJson: text('content_json').notNull(),
		/** JSON: the counts the preview and the audit trail show. */
		summaryJson: text('summary_json').notNull().default('{}'),
		createdAt: millis('created_at').notNull(),
		importedAt: millis('imported_at'),
	},
	(table) => [index('contract_imports_status_idx').on(table.status, table.createdAt)],
)

/**
 * A contract and its frozen commitments. Awarded from a tender, its commitments are the
 * winning matrix's lines; recorded directly, they are the lines its manager entered; imported,
 * they are the rows of the import file. Tender and matrix are null only for imported contracts.
 */
export const contracts = sqliteTable(
	'contracts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id),
		reference: text('reference').notNull(),
		title: text('title').notNull(),
		origin: text('origin', { enum: contractOrigins }).notNull().default('tender'),
		tenderId: integer('tender_id').references(() => tenders.id),
		matrixId: integer('matrix_id').references(() => matrices.id),
		importId: integer('import_id').references(() => contractImports.id),
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
		uniqueIndex('contracts_reference_unique').on(table.councilId, sql`lower(${table.reference})`),
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

export const contractEventKinds = ['awarded', 'recorded', 'imported', 'changed'] as const
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
	(table) => [
		uniqueIndex('reporting_periods_contract_key_unique').on(table.contractId, table.key),
		index('reporting_periods_due_idx').on(table.dueDate),
	],
)

export type { ReturnStatus } from '../../app/domain/returns/return-state.ts'

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
		/** Delivery reported before the portal was adopted, brought in approved by a bulk import. */
		imported: integer('imported', { mode: 'boolean' }).notNull().default(false),
		nil: integer('nil', { mode: 'boolean' }).notNull().default(false),
		nilReason: text('nil_reason').notNull().default(''),
		submittedAt: millis('submitted_at'),
		late: integer('late', { mode: 'boolean' }).notNull().default(false),
		decidedAt: millis('decided_at'),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('progress_returns_period_unique').on(table.periodId),
		index('progress_returns_contract_idx').on(table.contractId, table.status),
	],
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
	(table) => [
		uniqueIndex('return_lines_return_commitment_unique').on(table.returnId, table.commitmentId),
		index('return_lines_commitment_idx').on(table.commitmentId),
	],
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
	(table) => [
		primaryKey({ columns: [table.commitmentId, table.yearKey] }),
		index('commitment_schedule_year_idx').on(table.yearKey),
	],
)

/**
 * What approved returns delivered, per commitment and financial year (by the start of each
 * return's period), so the dashboards sum thousands of commitments rather than every return
 * line. Kept by SQLite triggers whenever an approved return, its lines, its period's dates or
 * the financial year's first month change, so no code path can leave it stale (migration 0012).
 */
export const deliveredTotals = sqliteTable(
	'delivered_totals',
	{
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => contractCommitments.id),
		yearKey: text('year_key').notNull(),
		deliveredHundredths: integer('delivered_hundredths').notNull(),
		/** Each line valued to the penny, halves up, then summed, as every page does. */
		deliveredPence: integer('delivered_pence').notNull(),
	},
	(table) => [
		primaryKey({ columns: [table.commitmentId, table.yearKey] }),
		index('delivered_totals_year_idx').on(table.yearKey),
	],
)

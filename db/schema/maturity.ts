import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { maturityLevels } from '../../app/domain/maturity/levels.ts'
import { actionStatuses } from '../../app/domain/maturity/plan.ts'
import { millis } from './columns.ts'
import { councils, users } from './identity.ts'

// The council's Social Value Maturity Index self-assessments and their action plans.

export const maturityAssessments = sqliteTable(
	'maturity_assessments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id),
		title: text('title').notNull(),
		/** The day the levels describe, "YYYY-MM-DD". */
		assessedOn: text('assessed_on').notNull(),
		createdByUserId: integer('created_by_user_id')
			.notNull()
			.references(() => users.id),
		version: integer('version').notNull().default(1),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [index('maturity_assessments_assessed_on_idx').on(table.councilId, table.assessedOn)],
)

export const maturityAreaLevels = sqliteTable(
	'maturity_area_levels',
	{
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => maturityAssessments.id),
		/** One of `maturityAreas` keys. */
		area: text('area').notNull(),
		present: text('present', { enum: maturityLevels }).notNull(),
		target: text('target', { enum: maturityLevels }).notNull(),
	},
	(table) => [primaryKey({ columns: [table.assessmentId, table.area] })],
)

/**
 * Owner, due date and status of an action in an assessment's plan. The plan itself follows
 * from the levels; a row exists once someone has given an action an owner or a status, and
 * survives a change of levels so the work is not lost if the levels change back.
 */
export const maturityActions = sqliteTable(
	'maturity_actions',
	{
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => maturityAssessments.id),
		/** `actionKey(area, level, index)`, such as "procurement.leader.2". */
		actionKey: text('action_key').notNull(),
		owner: text('owner').notNull().default(''),
		dueDate: text('due_date'),
		status: text('status', { enum: actionStatuses }).notNull().default('not_started'),
		version: integer('version').notNull().default(1),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [primaryKey({ columns: [table.assessmentId, table.actionKey] })],
)

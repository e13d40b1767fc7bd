import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { millis } from './columns.ts'

// The council's priorities and its TOMs: editions, themes, outcomes and measures.

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
		uniqueIndex('toms_editions_one_current')
			.on(table.isCurrent)
			.where(sql`${table.isCurrent} = 1`),
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
	(table) => [
		index('toms_outcomes_theme_idx').on(table.themeId, table.position),
		index('toms_outcomes_edition_idx').on(table.editionId),
	],
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
	(table) => [
		primaryKey({ columns: [table.measureId, table.priorityId] }),
		index('toms_measure_priorities_priority_idx').on(table.priorityId),
	],
)

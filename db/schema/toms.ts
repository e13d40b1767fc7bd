import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { millis } from './columns.ts'
import { councils } from './identity.ts'

// The council's priorities and its TOMs: editions, themes, outcomes and measures.

export const councilPriorities = sqliteTable(
	'council_priorities',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id),
		code: text('code').notNull(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		position: integer('position').notNull(),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [uniqueIndex('council_priorities_code_unique').on(table.councilId, table.code)],
)

/**
 * What a unit's figure is: a whole count, a decimal with `decimal_places` places, an amount of
 * money in pounds, a percentage, or words (a qualitative measure, never valued).
 */
export const unitKinds = ['count', 'decimal', 'money', 'percent', 'words'] as const
export type UnitKind = (typeof unitKinds)[number]

/**
 * The council's units. Measures and commitments hold a unit's `key`, which never changes, so a
 * unit can be renamed without touching them. Triggers (migration 0020) refuse a measure in an
 * unknown unit and the deletion of a unit in use.
 */
export const tomsUnits = sqliteTable(
	'toms_units',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id),
		key: text('key').notNull(),
		/** As people read it in lists: "Weeks of apprenticeship". */
		name: text('name').notNull(),
		/** How one reads after a number or a proxy value: "1 week", "£16.93 per week". */
		singular: text('singular').notNull(),
		/** How many read: "3 weeks". */
		plural: text('plural').notNull(),
		kind: text('kind', { enum: unitKinds }).notNull(),
		/** Places after the decimal point a decimal unit takes: 1 or 2 (quantities are whole hundredths). */
		decimalPlaces: integer('decimal_places').notNull().default(0),
		/** An optional short code, as a council's spreadsheet may write the unit. */
		code: text('code'),
		retiredAt: millis('retired_at'),
		createdAt: millis('created_at').notNull(),
		updatedAt: millis('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('toms_units_key_unique').on(table.councilId, table.key),
		uniqueIndex('toms_units_name_unique').on(table.councilId, sql`lower(${table.name})`),
		uniqueIndex('toms_units_code_unique')
			.on(table.councilId, sql`lower(${table.code})`)
			.where(sql`${table.code} is not null`),
	],
)

export const editionStatuses = ['draft', 'published', 'retired'] as const
export type EditionStatus = (typeof editionStatuses)[number]

export const tomsEditions = sqliteTable(
	'toms_editions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id),
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
		/** When the council offered this published edition to the deployment's other councils to adopt. */
		sharedAt: millis('shared_at'),
	},
	(table) => [
		uniqueIndex('toms_editions_name_unique').on(table.councilId, table.name),
		uniqueIndex('toms_editions_one_current')
			.on(table.councilId)
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

export const importStatuses = ['pending', 'imported'] as const

/**
 * A spreadsheet read for import into a draft, held while the administrator resolves its units
 * and checks the preview; once imported it stays as the baseline that tells later imports
 * which values were changed by hand since.
 */
export const tomsImports = sqliteTable(
	'toms_imports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		editionId: integer('edition_id')
			.notNull()
			.references(() => tomsEditions.id, { onDelete: 'cascade' }),
		createdByUserId: integer('created_by_user_id').notNull(),
		fileName: text('file_name').notNull(),
		/** The draft's version when the file was read: a draft changed since must be previewed again. */
		editionVersion: integer('edition_version').notNull(),
		status: text('status', { enum: importStatuses }).notNull().default('pending'),
		/** The file's content as JSON (EditionContent); a measure's unit is the text of the file until resolved. */
		contentJson: text('content_json').notNull(),
		/** JSON: the unit texts of the file that matched no unit, with the rows using each, and their resolutions. */
		unitsJson: text('units_json').notNull().default('[]'),
		/** JSON: the proxy values rounded to the penny, as typed and as imported. */
		roundedJson: text('rounded_json').notNull().default('[]'),
		createdAt: millis('created_at').notNull(),
		importedAt: millis('imported_at'),
	},
	(table) => [index('toms_imports_edition_idx').on(table.editionId, table.status)],
)

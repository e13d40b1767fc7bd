import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { afterAll, describe, expect, test } from 'vitest'
import { shortNameFor, SLUG_PATTERN, slugFor } from '#app/domain/councils/council-identity.ts'
import { migrationsFolder, openDatabase } from './client.server.ts'

/**
 * The demo database as release e7ae1ba (the last before councils became tenants) made it on
 * first start: its migrations 0000 to 0021, then the demo data, written out as SQL.
 */
const demoBeforeCouncils = path.join(
	path.dirname(fileURLToPath(import.meta.url)),
	'fixtures',
	'demo-before-councils.sql.gz',
)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-migration-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

type Row = Record<string, unknown>
type Table = { columns: string[]; rows: Row[] }

const councilOwned = [
	'council_priorities',
	'toms_units',
	'toms_editions',
	'tenders',
	'contracts',
	'contract_imports',
	'maturity_assessments',
]
// Mail and audit events may belong to the deployment itself, so theirs may be empty; the old ones were the council's.
const councilNamed = ['outbox', 'audit_events']
// Columns later migrations add, whose upgrades their own tests check.
const addedLater: Record<string, string[]> = { users: ['deployment_role'], toms_editions: ['shared_at'] }

function demoDatabaseFile(name: string) {
	const file = path.join(scratch, `${name}.db`)
	const sqlite = new Database(file)
	sqlite.exec(zlib.gunzipSync(fs.readFileSync(demoBeforeCouncils)).toString('utf8'))
	sqlite.close()
	return file
}

/** Every row of every table, in storage order, keyed by the rowid that ALTER TABLE keeps. */
function everyRow(sqlite: Database.Database): Map<string, Table> {
	const names = sqlite
		.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
		.pluck()
		.all() as string[]
	return new Map(
		names.map((name) => {
			const columns = (sqlite.pragma(`table_info("${name}")`) as { name: string }[]).map((column) => column.name)
			const rows = sqlite.prepare(`SELECT rowid AS _rowid, * FROM "${name}" ORDER BY rowid`).all() as Row[]
			return [name, { columns, rows }]
		}),
	)
}

function only(columns: string[], row: Row): Row {
	return Object.fromEntries(['_rowid', ...columns].map((column) => [column, row[column]]))
}

function viewRows(sqlite: Database.Database) {
	return {
		periodFinancialYears: sqlite.prepare('SELECT * FROM period_financial_years ORDER BY period_id').all(),
		deliveredLines: sqlite
			.prepare('SELECT * FROM delivered_lines ORDER BY commitment_id, year_key, delivered_hundredths')
			.all(),
	}
}

/** What the administrator might have saved, and a return approved, so the totals hold something. */
function saveSettingsAndApproveTheReturn(sqlite: Database.Database) {
	sqlite.pragma('foreign_keys = ON')
	sqlite.exec(`
		UPDATE council_settings SET council_name = 'Royal Borough of Exampleshire & Dale', default_weighting_percent = 15,
			max_measures_per_tender = 12, minimum_tender_period_days = 21, financial_year_start_month = 1, return_due_days = 20,
			rag_green_percent = 85, rag_amber_percent = 55, reminder_lead_days = '21,7,1', version = version + 1,
			updated_at = updated_at + 1000;
		UPDATE progress_returns SET status = 'approved', decided_at = submitted_at + 1000, version = version + 1;
	`)
	expect(sqlite.prepare('SELECT count(*) FROM delivered_totals').pluck().get()).toBeGreaterThan(0)
}

describe.each([
	{ state: 'as the demo left it', change: (_sqlite: Database.Database) => {} },
	{ state: 'after its settings were saved and a return approved', change: saveSettingsAndApproveTheReturn },
])('a demo database made before councils, $state', ({ state, change }) => {
	test('upgrades to one council that holds every row it had', () => {
		const file = demoDatabaseFile(state.replaceAll(' ', '-'))
		const before = new Database(file)
		change(before)
		const rowsBefore = everyRow(before)
		const viewsBefore = viewRows(before)
		before.close()
		const settings = rowsBefore.get('council_settings')!.rows
		expect(settings).toHaveLength(1)
		const saved = settings[0]!
		const councilOrganisation = rowsBefore.get('organisations')!.rows.find((row) => row.kind === 'council')!

		const { sqlite } = openDatabase(file)
		expect(sqlite.pragma('foreign_key_check')).toEqual([])
		expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)

		// The new migrations ran on top of the 22 (0000 to 0021) the old release recorded.
		const migrations = readMigrationFiles({ migrationsFolder })
		const applied = sqlite.prepare('SELECT hash FROM __drizzle_migrations ORDER BY rowid').pluck().all()
		expect(applied).toEqual(migrations.map((migration) => migration.hash))
		expect(rowsBefore.get('__drizzle_migrations')!.rows).toHaveLength(22)

		const councils = sqlite.prepare('SELECT * FROM councils').all() as Row[]
		const name = saved.council_name as string
		expect(councils).toEqual([
			{
				id: councilOrganisation.id,
				slug: slugFor(name),
				short_name: shortNameFor(name),
				host: null,
				default_weighting_percent: saved.default_weighting_percent,
				max_measures_per_tender: saved.max_measures_per_tender,
				minimum_tender_period_days: saved.minimum_tender_period_days,
				financial_year_start_month: saved.financial_year_start_month,
				return_due_days: saved.return_due_days,
				rag_green_percent: saved.rag_green_percent,
				rag_amber_percent: saved.rag_amber_percent,
				reminder_lead_days: saved.reminder_lead_days,
				version: saved.version,
				created_at: councilOrganisation.created_at,
				updated_at: saved.updated_at,
			},
		])
		expect(councils[0]!.slug).toMatch(SLUG_PATTERN)
		const councilId = councilOrganisation.id

		const rowsAfter = everyRow(sqlite)
		expect(rowsAfter.has('council_settings')).toBe(false)
		for (const [table, { columns, rows }] of rowsBefore) {
			if (table === 'council_settings') continue
			const after = rowsAfter.get(table)!
			const added = after.columns.filter((column) => !columns.includes(column))
			const removed = columns.filter((column) => !after.columns.includes(column))
			expect({ table, added, removed }).toEqual({
				table,
				added: [
					...(councilOwned.includes(table) || councilNamed.includes(table) ? ['council_id'] : []),
					...(addedLater[table] ?? []),
				],
				removed: [],
			})
			const kept = after.rows.map((row) => only(columns, row))
			if (table === '__drizzle_migrations') {
				expect(kept.slice(0, rows.length)).toEqual(rows)
			} else if (table === 'organisations') {
				// The council's name was kept in its settings; the organisation carries it now.
				expect(kept).toEqual(rows.map((row) => (row.id === councilId ? { ...row, name } : row)))
			} else if (table === 'content_version') {
				// Pages cached against the old content are stale: the version may only move on.
				expect(kept[0]!.version).toBeGreaterThanOrEqual(rows[0]!.version as number)
			} else {
				expect({ table, rows: kept }).toEqual({ table, rows })
			}
			if (added.includes('council_id'))
				expect({ table, councils: [...new Set(after.rows.map((row) => row.council_id))] }).toEqual({
					table,
					councils: rows.length > 0 ? [councilId] : [],
				})
		}
		expect(rowsAfter.get('tenders')!.rows.length).toBeGreaterThan(0)
		expect(rowsAfter.get('outbox')!.rows.length).toBeGreaterThan(0)
		expect(rowsAfter.get('audit_events')!.rows.length).toBeGreaterThan(0)

		// The views read the council's own year now, and give what they gave; rebuilding every
		// total from them gives the totals that were there.
		expect(viewRows(sqlite)).toEqual(viewsBefore)
		const totals = sqlite.prepare('SELECT * FROM delivered_totals ORDER BY commitment_id, year_key')
		const totalsBefore = totals.all()
		sqlite.exec(
			'INSERT INTO delivered_totals_to_rebuild (commitment_id) SELECT DISTINCT commitment_id FROM return_lines',
		)
		expect(totals.all()).toEqual(totalsBefore)
		sqlite.close()
	})
})

test('the upgraded demo keeps its rules, now drawn per council', () => {
	const { sqlite } = openDatabase(demoDatabaseFile('rules'))
	const councilId = sqlite.prepare('SELECT id FROM councils').pluck().get() as number
	const edition = sqlite
		.prepare(
			"INSERT INTO toms_editions (council_id, name, status, created_at, updated_at) VALUES (?, 'Next year', 'draft', 0, 0) RETURNING id",
		)
		.pluck()
		.get(councilId) as number
	sqlite.prepare("INSERT INTO toms_themes (id, edition_id, position, name) VALUES (900, ?, 0, 'Jobs')").run(edition)
	sqlite
		.prepare(
			"INSERT INTO toms_outcomes (id, edition_id, theme_id, position, name) VALUES (900, ?, 900, 0, 'Local jobs')",
		)
		.run(edition)
	const measure = (code: string, unit: string) =>
		sqlite
			.prepare(
				`INSERT INTO toms_measures (edition_id, outcome_id, position, code, title, unit)
				VALUES (?, 900, 0, ?, 'Local people employed', ?)`,
			)
			.run(edition, code, unit)
	expect(() => measure('J1', 'furlongs')).toThrow(/Unknown unit/)
	expect(() => measure('J1', 'hours')).not.toThrow()
	expect(() => sqlite.prepare("DELETE FROM toms_units WHERE key = 'hours'").run()).toThrow(/Unit in use/)

	// A tender copied from the demo's but naming no council is refused.
	const tender = (council: number) =>
		sqlite
			.prepare(
				`INSERT INTO tenders (reference, title, estimated_value_pence, contract_start, contract_end, deadline_at,
					weighting_percent, edition_id, contract_manager_id, status, created_at, updated_at, council_id)
				SELECT reference || '-copy', title, estimated_value_pence, contract_start, contract_end, deadline_at,
					weighting_percent, edition_id, contract_manager_id, 'draft', created_at, updated_at, ?
				FROM tenders ORDER BY id LIMIT 1`,
			)
			.run(council)
	expect(() => tender(0)).toThrow(/edition of its own council/)
	expect(() => tender(councilId)).not.toThrow()
	expect(() =>
		sqlite
			.prepare(
				"INSERT INTO council_priorities (council_id, code, name, position, created_at, updated_at) VALUES (0, 'X', 'X', 9, 0, 0)",
			)
			.run(),
	).toThrow(/FOREIGN KEY/)
	expect(() => sqlite.prepare('UPDATE tenders SET council_id = 0').run()).toThrow(/never moves to another council/)
	expect(() => sqlite.prepare('UPDATE contracts SET council_id = 0').run()).toThrow(/never moves to another council/)

	// A change to the council's year recounts the totals, as a change to its settings did.
	const contentVersion = sqlite.prepare('SELECT version FROM content_version').pluck().get() as number
	sqlite.prepare('UPDATE councils SET financial_year_start_month = 1 WHERE id = ?').run(councilId)
	expect(sqlite.prepare('SELECT version FROM content_version').pluck().get()).toBeGreaterThan(contentVersion)
	expect(
		sqlite.prepare('SELECT DISTINCT year_key FROM period_financial_years WHERE period_id = 1').pluck().all(),
	).toEqual(['2026'])
	sqlite.close()
})

test('an empty database made before councils upgrades to no council and no units', () => {
	// Migrations 0000 to 0021 are as the old release shipped them, and it gave every deployment
	// the standard units, with or without a council.
	const file = path.join(scratch, 'empty.db')
	const before = new Database(file)
	migrate(drizzle(before), { migrationsFolder: migrationsBefore('0022_councils') })
	expect(before.prepare('SELECT count(*) FROM toms_units').pluck().get()).toBeGreaterThan(0)
	before.close()

	const { sqlite } = openDatabase(file)
	expect(sqlite.prepare('SELECT count(*) FROM councils').pluck().get()).toBe(0)
	expect(sqlite.prepare('SELECT count(*) FROM toms_units').pluck().get()).toBe(0)
	expect(sqlite.pragma('foreign_key_check')).toEqual([])
	sqlite.close()
})

/** A copy of the migrations as they stood before `tag`, so a database can be built at that point. */
function migrationsBefore(tag: string) {
	const folder = path.join(scratch, 'migrations')
	fs.cpSync(migrationsFolder, folder, { recursive: true })
	const journalPath = path.join(folder, 'meta', '_journal.json')
	const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] }
	const cut = journal.entries.findIndex((entry) => entry.tag === tag)
	expect(cut).toBeGreaterThan(0)
	journal.entries = journal.entries.slice(0, cut)
	fs.writeFileSync(journalPath, JSON.stringify(journal))
	return folder
}

test.each([
	'Exampleshire Council',
	'Brighton & Hove City Council',
	"King's Lynn and West Norfolk Borough Council",
	'Cyngor Sir Ynys Môn',
	'St. Helens  Council',
	'Royal Borough of Windsor and Maidenhead Council',
	'Council',
	'???',
])('a council named %j gets the slug and short name the app would give it', (name) => {
	const file = path.join(scratch, `named-${slugFor(name) || 'blank'}.db`)
	const before = new Database(file)
	migrate(drizzle(before), { migrationsFolder: migrationsBefore('0022_councils') })
	before.exec(
		"INSERT INTO organisations (id, kind, name, created_at) VALUES (4, 'council', 'Council', 0), (9, 'council', 'Council', 0)",
	)
	before.prepare('INSERT INTO council_settings (id, council_name, updated_at) VALUES (1, ?, 0)').run(name)
	before.close()

	const { sqlite } = openDatabase(file)
	const councils = sqlite.prepare('SELECT id, slug, short_name, version FROM councils ORDER BY id').all()
	expect(councils).toEqual([
		{ id: 4, slug: slugFor(name) || 'council-4', short_name: shortNameFor(name), version: 1 },
		// Another council organisation, which the settings never described, keeps its own name and the defaults.
		{ id: 9, slug: 'council-9', short_name: 'Council', version: 0 },
	])
	expect(sqlite.prepare('SELECT name FROM organisations ORDER BY id').pluck().all()).toEqual([name, 'Council'])
	sqlite.close()
})

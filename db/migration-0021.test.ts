import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { afterAll, expect, test } from 'vitest'
import { migrationsFolder, openDatabase } from './client.server.ts'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-thread-migration-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

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

test('rebuilding contracts keeps every contract, and the commitments, periods and returns that name one', () => {
	const file = path.join(scratch, 'before.db')
	const before = new Database(file)
	before.pragma('foreign_keys = ON')
	migrate(drizzle(before), { migrationsFolder: migrationsBefore('0021_adopt_contracts') })
	before.exec(`
		INSERT INTO organisations (id, kind, name, created_at) VALUES (1, 'council', 'Council', 0), (2, 'supplier', 'Bright Start', 0);
		INSERT INTO users (id, organisation_id, email, name, role, status, created_at, updated_at)
			VALUES (1, 1, 'priya@council.example', 'Priya', 'contract_manager', 'active', 0, 0);
		INSERT INTO toms_editions (id, name, status, created_at, updated_at) VALUES (1, '2026/27', 'draft', 0, 0);
		INSERT INTO toms_themes (id, edition_id, position, name) VALUES (1, 1, 0, 'Jobs');
		INSERT INTO toms_outcomes (id, edition_id, theme_id, position, name) VALUES (1, 1, 1, 0, 'Local jobs');
		INSERT INTO toms_measures (id, edition_id, outcome_id, position, code, title, unit, proxy_value_pence)
			VALUES (1, 1, 1, 0, 'J1', 'Local people employed', 'hours', 1693);
		INSERT INTO tenders (id, reference, title, estimated_value_pence, contract_start, contract_end, deadline_at,
			weighting_percent, edition_id, contract_manager_id, status, created_at, updated_at)
			VALUES (1, 'T-1', 'Parks', 100, '2027-04-01', '2029-03-31', 0, 10, 1, 1, 'published', 0, 0);
		INSERT INTO matrices (id, tender_id, organisation_id, status, created_at, updated_at) VALUES (1, 1, 2, 'awarded', 0, 0);
		INSERT INTO contracts (id, reference, title, tender_id, matrix_id, organisation_id, contract_manager_id, start_date,
			end_date, value_pence, cadence, commercially_sensitive, awarded_at, version, created_at, updated_at)
			VALUES (7, 'C-7', 'Parks', 1, 1, 2, 1, '2027-04-01', '2029-03-31', 100, 'half_yearly', 1, 5, 3, 4, 6);
		INSERT INTO contract_commitments (id, contract_id, measure_id, position, measure_code, measure_title, theme_name, unit,
			proxy_value_pence, quantity_hundredths, value_pence, responsible_name, responsible_role, responsible_email, method_statement)
			VALUES (1, 7, 1, 0, 'J1', 'Local people employed', 'Jobs', 'hours', 1693, 1000, 16930, 'Jo', 'Lead', 'jo@b.example', 'How');
		INSERT INTO reporting_periods (id, contract_id, key, label, start_date, end_date, due_date)
			VALUES (1, 7, '2027-28-H1', 'April to September 2027', '2027-04-01', '2027-09-30', '2027-10-30');
		INSERT INTO progress_returns (id, contract_id, period_id, status, created_at, updated_at) VALUES (1, 7, 1, 'draft', 0, 0);
	`)
	const contentVersion = before.prepare('SELECT version FROM content_version').pluck().get() as number
	before.close()

	const { sqlite } = openDatabase(file)
	expect(sqlite.prepare('SELECT * FROM contracts').all()).toEqual([
		expect.objectContaining({
			id: 7,
			reference: 'C-7',
			origin: 'tender',
			tender_id: 1,
			matrix_id: 1,
			import_id: null,
			commercially_sensitive: 1,
			awarded_at: 5,
			version: 3,
			created_at: 4,
			updated_at: 6,
		}),
	])
	expect(sqlite.prepare('SELECT imported FROM progress_returns').pluck().all()).toEqual([0])
	expect(sqlite.prepare('SELECT bidding FROM tenders').pluck().all()).toEqual(['portal'])
	expect(sqlite.pragma('foreign_key_check')).toEqual([])
	expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)

	// The rebuilt table's triggers are back: a change moves the content version, and a contract
	// without a tender must have been imported. (The later migrations have run too: a contract
	// names its council, the one the council organisation became.)
	sqlite.prepare("UPDATE contracts SET title = 'Parks and gardens' WHERE id = 7").run()
	expect(sqlite.prepare('SELECT version FROM content_version').pluck().get()).toBeGreaterThan(contentVersion)
	const withoutTender = (origin: string) =>
		sqlite
			.prepare(
				`INSERT INTO contracts (council_id, reference, title, origin, organisation_id, contract_manager_id, start_date,
					end_date, value_pence, cadence, awarded_at, created_at, updated_at)
				VALUES (1, 'C-' || ?, 'Imported', ?, 2, 1, '2026-04-01', '2028-03-31', 100, 'annual', 0, 0, 0)`,
			)
			.run(origin, origin)
	expect(() => withoutTender('direct')).toThrow(/names its tender and matrix unless it was imported/)
	expect(() => withoutTender('imported')).not.toThrow()
	expect(() => sqlite.prepare('DELETE FROM contracts WHERE id = 7').run()).toThrow(/FOREIGN KEY/)
	sqlite.close()
})

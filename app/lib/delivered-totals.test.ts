import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { and, eq, isNotNull, sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { beforeAll, expect, test } from 'vitest'
import { db, migrationsFolder } from '#db/client.server.ts'
import {
	commitmentSchedule,
	contractCommitments,
	councils,
	deliveredTotals,
	progressReturns,
	reportingPeriods,
	returnLines,
} from '#db/schema.ts'
import { lineValuePence } from '#app/domain/matrix/valuation.ts'
import { financialYearOf } from '#app/domain/financial-year.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn, returnVersion } from '#tests/returns-fixture.ts'
import { decideReturn } from './return-review.server.ts'
import { getSettings, saveSettings } from './settings.server.ts'

// The totals the database keeps for the dashboards must always equal what the approved
// return lines say, however the data changed.

let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>

/** What the totals should be, worked out afresh from the return lines. */
function fromReturnLines() {
	const month = getSettings(fixture.admin.organisationId).financialYearStartMonth
	const lines = db
		.select({
			commitmentId: returnLines.commitmentId,
			delivered: returnLines.deliveredHundredths,
			proxy: contractCommitments.proxyValuePence,
			start: reportingPeriods.startDate,
			status: progressReturns.status,
			nil: progressReturns.nil,
		})
		.from(returnLines)
		.innerJoin(progressReturns, eq(progressReturns.id, returnLines.returnId))
		.innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReturns.periodId))
		.innerJoin(contractCommitments, eq(contractCommitments.id, returnLines.commitmentId))
		.all()
	const totals = new Map<
		string,
		{ commitmentId: number; yearKey: string; deliveredHundredths: number; deliveredPence: number }
	>()
	for (const line of lines) {
		if (line.status !== 'approved' || line.nil || line.delivered === null) continue
		const yearKey = financialYearOf(line.start, month).key
		const key = `${line.commitmentId} ${yearKey}`
		const total = totals.get(key) ?? {
			commitmentId: line.commitmentId,
			yearKey,
			deliveredHundredths: 0,
			deliveredPence: 0,
		}
		total.deliveredHundredths += line.delivered
		total.deliveredPence += lineValuePence(line.delivered, line.proxy) ?? 0
		totals.set(key, total)
	}
	return [...totals.values()].sort((a, b) => a.commitmentId - b.commitmentId || a.yearKey.localeCompare(b.yearKey))
}

function kept() {
	return db.select().from(deliveredTotals).orderBy(deliveredTotals.commitmentId, deliveredTotals.yearKey).all()
}

let approvedId: number
beforeAll(async () => {
	fixture = await setUpAwardedContract('DT-1', Date.UTC(2027, 0, 10, 9))
	approvedId = fileReturn(fixture, '2027-28-H1', 35, 'approved', '2027-10-05T09:00:00Z')
	fileReturn(fixture, '2027-28-H2', 20, 'approved', '2028-04-05T09:00:00Z')
	fileReturn(fixture, '2028-29-H1', 10, 'returned', '2028-10-05T09:00:00Z')
})

test('approving returns adds their lines, by financial year; returned and draft returns add nothing', () => {
	expect(kept().map((t) => [t.yearKey, t.deliveredHundredths, t.deliveredPence])).toEqual([['2027-28', 55_00, 93_115]])
	expect(kept()).toEqual(fromReturnLines())
})

test('reopening an approved return takes its lines out', () => {
	expect(
		decideReturn(
			fixture.admin,
			{ returnId: approvedId, decision: 'reopen', reason: 'Evidence missing', version: returnVersion(approvedId) },
			{ ip: '127.0.0.1', now: Date.parse('2028-06-01T09:00:00Z') },
		),
	).toEqual({ ok: true })
	expect(kept().map((t) => t.deliveredHundredths)).toEqual([20_00])
	expect(kept()).toEqual(fromReturnLines())
})

test('a direct change to an approved line or its period is followed too', () => {
	const secondH2 = db
		.select({ id: progressReturns.id })
		.from(progressReturns)
		.where(eq(progressReturns.status, 'approved'))
		.get()!.id
	db.update(returnLines)
		.set({ deliveredHundredths: 25_00 })
		.where(and(eq(returnLines.returnId, secondH2), isNotNull(returnLines.deliveredHundredths)))
		.run()
	expect(kept().map((t) => t.deliveredHundredths)).toEqual([25_00])
	const period = db.select().from(progressReturns).where(eq(progressReturns.id, secondH2)).get()!.periodId
	db.update(reportingPeriods).set({ startDate: '2028-04-01' }).where(eq(reportingPeriods.id, period)).run()
	expect(kept().map((t) => t.yearKey)).toEqual(['2028-29'])
	expect(kept()).toEqual(fromReturnLines())
	db.update(reportingPeriods).set({ startDate: '2027-10-01' }).where(eq(reportingPeriods.id, period)).run()
})

test('changing the month the financial year starts regroups the totals and the expected shares', () => {
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	expect(
		saveSettings(fixture.admin, { ...getSettings(fixture.admin.organisationId), financialYearStartMonth: 1 }, ctx),
	).toEqual({ ok: true })
	expect(kept().map((t) => t.yearKey)).toEqual(['2027'])
	expect(kept()).toEqual(fromReturnLines())
	const years = db
		.selectDistinct({ key: commitmentSchedule.yearKey })
		.from(commitmentSchedule)
		.all()
		.map((y) => y.key)
	expect(years.sort()).toEqual(['2027', '2028', '2029'])
})

test('the database and the TypeScript put every boundary date in the same financial year', () => {
	const period = db.select().from(reportingPeriods).where(eq(reportingPeriods.contractId, fixture.contractId)).get()!
	const dates = [
		'2026-03-31',
		'2026-04-01',
		'2027-03-31',
		'2027-04-01',
		'2027-09-30',
		'2027-10-01',
		'2027-12-31',
		'2028-01-01',
		'2028-02-29',
		'1999-12-31',
		'2000-03-31',
		'2099-04-01',
		'2100-01-01',
	]
	const month = getSettings(fixture.admin.organisationId).financialYearStartMonth
	const inDatabase = (date: string) => {
		db.update(reportingPeriods).set({ startDate: date }).where(eq(reportingPeriods.id, period.id)).run()
		return db.get<{ key: string }>(
			sql`select "year_key" as "key" from "period_financial_years" where "period_id" = ${period.id}`,
		)!.key
	}
	const disagreements: string[] = []
	for (const startMonth of [1, 2, 3, 4, 10, 12]) {
		db.update(councils).set({ financialYearStartMonth: startMonth }).run()
		for (const date of dates) {
			const [database, typescript] = [inDatabase(date), financialYearOf(date, startMonth).key]
			if (database !== typescript) disagreements.push(`${date} from month ${startMonth}: ${database} ≠ ${typescript}`)
		}
	}
	expect(disagreements).toEqual([])
	db.update(reportingPeriods).set({ startDate: period.startDate }).where(eq(reportingPeriods.id, period.id)).run()
	db.update(councils).set({ financialYearStartMonth: month }).run()
	expect(kept()).toEqual(fromReturnLines())
})

test('a database from before the views migrates with its totals unchanged, and keeps them after', () => {
	// A database at migration 0016, filled with what this file has made so far, its totals kept by 0012's triggers.
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'delivered-totals-'))
	const earlier = path.join(scratch, 'migrations')
	fs.cpSync(migrationsFolder, earlier, { recursive: true })
	const journalFile = path.join(earlier, 'meta', '_journal.json')
	const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] }
	const upTo = journal.entries.findIndex((entry) => entry.tag === '0016_tender_minimum_period')
	journal.entries = journal.entries.slice(0, upTo + 1)
	fs.writeFileSync(journalFile, JSON.stringify(journal))
	const sqlite = new Database(path.join(scratch, 'old.db'))
	const old = drizzle(sqlite)
	migrate(old, { migrationsFolder: earlier })
	expect(sqlite.prepare(`select count(*) as n from sqlite_master where name = 'period_financial_years'`).get()).toEqual(
		{
			n: 0,
		},
	)
	sqlite.pragma('foreign_keys = OFF')
	sqlite.prepare('attach database ? as current').run(process.env.DATABASE_PATH)
	const tables = sqlite
		.prepare(
			// Only the tables the old database has: later migrations add tables of their own.
			`select name from current.sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('__drizzle_migrations', 'delivered_totals') and name in (select name from main.sqlite_master where type = 'table') order by name`,
		)
		.pluck()
		.all() as string[]
	// Editions last: a published edition refuses new themes, outcomes and measures.
	const editionsLast = [...tables.filter((table) => table !== 'toms_editions'), 'toms_editions']
	// Only the columns the old tables have: later migrations add columns too.
	for (const table of editionsLast) {
		const columns = (sqlite.prepare(`select name from pragma_table_info(?, 'main')`).pluck().all(table) as string[])
			.map((column) => `"${column}"`)
			.join(', ')
		sqlite.exec(`insert or replace into main."${table}" (${columns}) select ${columns} from current."${table}"`)
	}
	// The council's year as the settings of the time held it, which 0012's triggers read.
	sqlite.exec(
		`insert into main.council_settings (id, council_name, financial_year_start_month, updated_at) select 1, 'Council', financial_year_start_month, 0 from current.councils order by id limit 1`,
	)
	sqlite.exec('detach database current')
	const totals = () =>
		sqlite.prepare('select * from delivered_totals order by commitment_id, year_key').raw().all() as unknown[][]
	const current = kept().map((t) => [t.commitmentId, t.yearKey, t.deliveredHundredths, t.deliveredPence])
	expect(current.length).toBeGreaterThan(0)
	expect(totals()).toEqual(current)

	migrate(old, { migrationsFolder })
	expect(totals()).toEqual(current)
	// The new triggers keep them: a year regrouped and back, a line changed and back.
	const month = getSettings(fixture.admin.organisationId).financialYearStartMonth
	const setMonth = sqlite.prepare('update councils set financial_year_start_month = ?')
	setMonth.run(month === 4 ? 1 : 4)
	expect(totals().map((row) => row[1])).not.toEqual(current.map((row) => row[1]))
	setMonth.run(month)
	expect(totals()).toEqual(current)
	const line = sqlite
		.prepare(
			`select rl.id, rl.delivered_hundredths as delivered from return_lines rl join progress_returns pr on pr.id = rl.return_id where pr.status = 'approved' and rl.delivered_hundredths > 0`,
		)
		.get() as { id: number; delivered: number }
	sqlite.prepare('update return_lines set delivered_hundredths = ? where id = ?').run(line.delivered + 100, line.id)
	expect(totals()).not.toEqual(current)
	sqlite.prepare('update return_lines set delivered_hundredths = ? where id = ?').run(line.delivered, line.id)
	expect(totals()).toEqual(current)
	sqlite.close()
	fs.rmSync(scratch, { recursive: true, force: true })
})

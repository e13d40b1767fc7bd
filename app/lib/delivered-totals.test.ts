import { and, eq, isNotNull } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import {
	commitmentSchedule,
	contractCommitments,
	deliveredTotals,
	progressReturns,
	reportingPeriods,
	returnLines,
} from '#db/schema.ts'
import { lineValuePence } from '#app/domain/matrix/valuation.ts'
import { financialYearOf } from '#app/domain/returns/yearly-schedule.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn, returnVersion } from '#tests/returns-fixture.ts'
import { decideReturn } from './return-review.server.ts'
import { getSettings, saveSettings } from './settings.server.ts'

// The totals the database keeps for the dashboards must always equal what the approved
// return lines say, however the data changed.

let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>

/** What the totals should be, worked out afresh from the return lines. */
function fromReturnLines() {
	const month = getSettings().financialYearStartMonth
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
	expect(saveSettings(fixture.admin, { ...getSettings(), financialYearStartMonth: 1 }, ctx)).toEqual({ ok: true })
	expect(kept().map((t) => t.yearKey)).toEqual(['2027'])
	expect(kept()).toEqual(fromReturnLines())
	const years = db
		.selectDistinct({ key: commitmentSchedule.yearKey })
		.from(commitmentSchedule)
		.all()
		.map((y) => y.key)
	expect(years.sort()).toEqual(['2027', '2028', '2029'])
})

import { and, count, eq, ne } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import {
	contracts,
	deliveredTotals,
	matrices,
	matrixLines,
	progressReturns,
	reportingPeriods,
	tenders,
	tomsEditions,
} from '#db/schema.ts'
import { lineStatus } from '#app/domain/matrix/matrix-lines.ts'
import { loadMatrixWorkspace } from '#app/lib/matrix-workspace.server.ts'
import { describeData, seedBenchData, seedOutstandingPeriods } from '../../bench/seed.ts'

const tally = (rows: { n: number }[]) => rows[0]!.n

test('the benchmark seed builds every page’s data at a small scale, and tops periods up to a target', () => {
	const now = Date.parse('2026-12-01T10:00:00Z')
	const data = seedBenchData({ scale: 0.02, now })
	expect(data.term).toEqual({ start: '2025-04-01', end: '2027-09-30' })
	expect(data.lastDueDate).toBe('2027-10-30')
	expect(db.select().from(tomsEditions).all()).toMatchObject([{ status: 'published', isCurrent: true }])
	expect(tally(db.select({ n: count() }).from(contracts).all())).toBe(10)
	expect(tally(db.select({ n: count() }).from(reportingPeriods).all())).toBe(100)
	// Six ended quarters approved, which the database's triggers total.
	expect(
		tally(db.select({ n: count() }).from(progressReturns).where(eq(progressReturns.status, 'approved')).all()),
	).toBe(60)
	expect(tally(db.select({ n: count() }).from(deliveredTotals).all())).toBeGreaterThan(0)

	const edit = loadMatrixWorkspace(data.editMatrixId)!
	expect(edit.matrix.status).toBe('draft')
	expect(edit.tender.deadlineAt).toBeGreaterThan(now)
	expect(edit.lines).toHaveLength(50)
	expect(edit.lines.filter((line) => lineStatus(line.entry, line.measure, edit.term) === 'completed')).toHaveLength(45)

	const comparison = db.select().from(tenders).where(eq(tenders.id, data.comparisonTenderId)).get()!
	expect(comparison.deadlineAt).toBeLessThan(now)
	expect(
		tally(
			db
				.select({ n: count() })
				.from(matrices)
				.where(and(eq(matrices.tenderId, comparison.id), ne(matrices.status, 'draft')))
				.all(),
		),
	).toBe(20)
	expect(
		tally(db.select({ n: count() }).from(matrixLines).where(eq(matrixLines.matrixId, data.reviewMatrixId)).all()),
	).toBe(50)
	expect(db.select().from(progressReturns).where(eq(progressReturns.id, data.reviewReturnId)).get()).toMatchObject({
		status: 'submitted',
	})
	expect(describeData()).toContain('10 contracts')

	expect(seedOutstandingPeriods(1000, data.term)).toBe(1000)
	expect(() => seedBenchData({ scale: 0.02, now })).toThrow('The benchmark seeds an empty database only')
})

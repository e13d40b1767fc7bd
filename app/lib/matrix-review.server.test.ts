import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { matrices, matrixEvents, outbox } from '#db/schema.ts'
import { hoursLine, matrixVersion, setUpMatrixTender, textLine } from '#tests/matrix-fixture.ts'
import { startMatrix } from './matrices.server.ts'
import { saveLine } from './matrix-lines.server.ts'
import { submitMatrix } from './matrix-submission.server.ts'
import { REASON_MAX, decideMatrix } from './matrix-review.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let fixture: Awaited<ReturnType<typeof setUpMatrixTender>>
let matrixId: number

beforeAll(async () => {
	fixture = await setUpMatrixTender('MR-1', now)
	;({ matrixId } = startMatrix(fixture.supplierA, fixture.tenderId, ctx) as { matrixId: number })
	for (const [measureId, entry] of [
		[fixture.hoursMeasure, hoursLine],
		[fixture.textMeasure, textLine],
	] as const)
		saveLine(fixture.supplierA, { matrixId, measureId, version: matrixVersion(matrixId), entry }, ctx)
	submitMatrix(fixture.supplierA, { matrixId, version: matrixVersion(matrixId), declarationsConfirmed: true }, ctx)
})

function snapshot() {
	return {
		matrix: db.select().from(matrices).where(eq(matrices.id, matrixId)).get(),
		events: db.select().from(matrixEvents).where(eq(matrixEvents.matrixId, matrixId)).all().length,
		mail: db.select().from(outbox).all().length,
	}
}

test('a reason longer than the supplier is sent is refused whole, saying how long it may be, and changes nothing', () => {
	const after = { ...ctx, now: fixture.deadlineAt + 1 }
	const before = snapshot()
	for (const decision of ['reject', 'request_changes'] as const) {
		expect(
			decideMatrix(
				fixture.admin,
				{
					matrixId,
					decision,
					reason: 'x'.repeat(REASON_MAX + 1),
					version: matrixVersion(matrixId),
					clarificationDueAt: after.now + 86_400_000,
				},
				after,
			),
		).toEqual({ ok: false, message: 'Reason must be 2,000 characters or fewer', field: 'reason' })
	}
	expect(snapshot()).toEqual(before)
	// Exactly as long as it may be, with spaces around it, is accepted as typed.
	const reason = ` ${'y'.repeat(REASON_MAX)} `
	expect(
		decideMatrix(fixture.admin, { matrixId, decision: 'reject', reason, version: matrixVersion(matrixId) }, after),
	).toEqual({ ok: true })
	const last = db.select().from(matrixEvents).where(eq(matrixEvents.matrixId, matrixId)).all().at(-1)
	expect(last?.reason).toBe('y'.repeat(REASON_MAX))
})

import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { outbox, progressReturns, returnEvents } from '#db/schema.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn, returnVersion } from '#tests/returns-fixture.ts'
import { RETURN_COMMENT_MAX, decideReturn } from './return-review.server.ts'
import { submitReturn } from './return-submission.server.ts'

const ctx = { ip: '127.0.0.1', now: Date.parse('2027-10-05T09:00:00Z') }
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let returnId: number

beforeAll(async () => {
	fixture = await setUpAwardedContract('RR-1', Date.UTC(2027, 0, 10, 9))
	returnId = fileReturn(fixture, '2027-28-H1', 40, 'draft', '2027-10-02T09:00:00Z')
	expect(submitReturn(fixture.supplierA, { returnId, version: returnVersion(returnId) }, ctx)).toEqual({ ok: true })
})

function snapshot() {
	return {
		progressReturn: db.select().from(progressReturns).where(eq(progressReturns.id, returnId)).get(),
		events: db.select().from(returnEvents).where(eq(returnEvents.returnId, returnId)).all().length,
		mail: db.select().from(outbox).all().length,
	}
}

test('a reason longer than the supplier is sent is refused whole, saying how long it may be, and changes nothing', () => {
	const before = snapshot()
	expect(
		decideReturn(
			fixture.admin,
			{ returnId, decision: 'return', reason: 'x'.repeat(RETURN_COMMENT_MAX + 1), version: returnVersion(returnId) },
			ctx,
		),
	).toEqual({ ok: false, message: 'Reason must be 2,000 characters or fewer', field: 'reason' })
	expect(snapshot()).toEqual(before)
	const reason = ` ${'y'.repeat(RETURN_COMMENT_MAX)} `
	expect(
		decideReturn(fixture.admin, { returnId, decision: 'return', reason, version: returnVersion(returnId) }, ctx),
	).toEqual({ ok: true })
	const last = db.select().from(returnEvents).where(eq(returnEvents.returnId, returnId)).all().at(-1)
	expect(last?.reason).toBe('y'.repeat(RETURN_COMMENT_MAX))
})

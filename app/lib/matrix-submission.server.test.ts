import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { matrixEvents, outbox } from '#db/schema.ts'
import { day, hoursLine, matrixVersion, setUpMatrixTender, textLine } from '#tests/matrix-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { startMatrix, submittedCount } from './matrices.server.ts'
import { saveLine } from './matrix-lines.server.ts'
import { submitMatrix, withdrawMatrix } from './matrix-submission.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let tenderId: number
let deadlineAt: number
let hoursMeasure: number
let textMeasure: number
let supplierA: SessionUser
let supplierB: SessionUser

beforeAll(async () => {
	;({ tenderId, deadlineAt, hoursMeasure, textMeasure, supplierA, supplierB } = await setUpMatrixTender('MX-1', now))
})

const version = matrixVersion

describe('submitting a supplier’s matrix', () => {
	test('submit is refused while a line is incomplete or the declarations are not confirmed', () => {
		const { matrixId } = startMatrix(supplierB, tenderId, ctx) as { matrixId: number }
		saveLine(supplierB, { matrixId, measureId: hoursMeasure, version: version(matrixId), entry: hoursLine }, ctx)
		expect(
			submitMatrix(supplierB, { matrixId, version: version(matrixId), declarationsConfirmed: false }, ctx),
		).toMatchObject({
			ok: false,
			problems: ['Complete V-2: How you will help', 'Confirm the ethical sourcing declarations'],
		})
	})

	test('submit, tell every member, withdraw before the deadline, and no submitting after it', () => {
		const { matrixId } = startMatrix(supplierA, tenderId, ctx) as { matrixId: number }
		saveLine(supplierA, { matrixId, measureId: hoursMeasure, version: version(matrixId), entry: hoursLine }, ctx)
		saveLine(supplierA, { matrixId, measureId: textMeasure, version: version(matrixId), entry: textLine }, ctx)
		expect(submitMatrix(supplierA, { matrixId, version: version(matrixId), declarationsConfirmed: true }, ctx)).toEqual(
			{ ok: true },
		)
		expect(submittedCount(tenderId)).toBe(1)
		const mails = db
			.select()
			.from(outbox)
			.all()
			.filter((m) => m.subject === 'Social value matrix submitted: MX-1')
		expect(mails.map((m) => m.to).sort()).toEqual(['a1@mx1-a.example', 'a2@mx1-a.example'])
		// Submitted lines are read-only.
		expect(
			saveLine(supplierA, { matrixId, measureId: hoursMeasure, version: version(matrixId), entry: hoursLine }, ctx).ok,
		).toBe(false)

		expect(withdrawMatrix(supplierA, { matrixId, version: version(matrixId) }, ctx)).toEqual({ ok: true })
		const late = { ...ctx, now: deadlineAt }
		expect(
			submitMatrix(supplierA, { matrixId, version: version(matrixId), declarationsConfirmed: true }, late),
		).toEqual({ ok: false, message: 'The deadline for this tender has passed' })
		expect(
			saveLine(supplierA, { matrixId, measureId: hoursMeasure, version: version(matrixId), entry: hoursLine }, late),
		).toMatchObject({ ok: false })
		const history = db.select().from(matrixEvents).where(eq(matrixEvents.matrixId, matrixId)).all()
		expect(history.map((e) => e.toStatus)).toEqual(['draft', 'submitted', 'draft'])
	})
})

describe('council review after the deadline', () => {
	test('sealed before, then totals in SQL, scores, decisions with emails, and illegal steps refused', async () => {
		const { reviewList, decideMatrix, setQualityScore, matrixHistory } = await import('./matrix-review.server.ts')
		const { getTender: readTender } = await import('./tenders.server.ts')
		const tender = readTender(tenderId)!
		const manager = {
			id: tender.contractManagerId,
			email: '',
			name: 'Manager',
			role: 'admin' as const,
			organisationId: tender.councilId,
		}
		// Supplier B completes and submits too.
		const b = startMatrix(supplierB, tenderId, ctx) as { matrixId: number }
		saveLine(
			supplierB,
			{
				matrixId: b.matrixId,
				measureId: hoursMeasure,
				version: version(b.matrixId),
				entry: {
					...hoursLine,
					quantityHundredths: 100_00,
					milestones: [{ date: '2029-03-31', cumulativeHundredths: 100_00 }],
				},
			},
			ctx,
		)
		saveLine(
			supplierB,
			{ matrixId: b.matrixId, measureId: textMeasure, version: version(b.matrixId), entry: textLine },
			ctx,
		)
		expect(
			submitMatrix(supplierB, { matrixId: b.matrixId, version: version(b.matrixId), declarationsConfirmed: true }, ctx),
		).toEqual({ ok: true })

		expect(
			decideMatrix(
				manager,
				{ matrixId: b.matrixId, decision: 'approve', reason: '', version: version(b.matrixId) },
				ctx,
			),
		).toMatchObject({ ok: false, status: 403 })

		const after = { ...ctx, now: deadlineAt + 1 }
		const list = reviewList(manager.organisationId, tenderId)!
		const rowB = list.rows.find((r) => r.id === b.matrixId)!
		expect(rowB.totalPence).toBe(169_300) // 100 hours × £16.93
		expect(rowB.quantityScore).toBe(100)
		expect(rowB.socialValueScore).toBeNull()

		expect(setQualityScore(manager, { matrixId: b.matrixId, score: 80, version: version(b.matrixId) }, after)).toEqual({
			ok: true,
		})
		expect(reviewList(manager.organisationId, tenderId)!.rows.find((r) => r.id === b.matrixId)!.socialValueScore).toBe(
			9,
		)

		expect(
			decideMatrix(
				manager,
				{ matrixId: b.matrixId, decision: 'request_changes', reason: '', version: version(b.matrixId) },
				after,
			),
		).toMatchObject({ ok: false })
		expect(
			decideMatrix(
				manager,
				{
					matrixId: b.matrixId,
					decision: 'request_changes',
					reason: 'Add a milestone each year',
					version: version(b.matrixId),
				},
				after,
			),
		).toEqual({
			ok: false,
			message: 'Enter the date changes are due by',
		})
		const dueAt = after.now + 5 * day
		expect(
			decideMatrix(
				manager,
				{
					matrixId: b.matrixId,
					decision: 'request_changes',
					reason: 'Add a milestone each year',
					version: version(b.matrixId),
					clarificationDueAt: dueAt,
				},
				after,
			),
		).toEqual({ ok: true })
		expect(
			db
				.select()
				.from(outbox)
				.all()
				.filter((m) => m.to === 'b1@mx1-b.example' && m.subject.startsWith('The council has asked for changes')),
		).toHaveLength(1)

		// The supplier may now edit and resubmit, even after the deadline.
		expect(
			saveLine(
				supplierB,
				{ matrixId: b.matrixId, measureId: hoursMeasure, version: version(b.matrixId), entry: hoursLine },
				after,
			),
		).toEqual({ ok: true })
		expect(
			submitMatrix(
				supplierB,
				{ matrixId: b.matrixId, version: version(b.matrixId), declarationsConfirmed: true },
				after,
			),
		).toEqual({ ok: true })
		expect(
			decideMatrix(
				manager,
				{ matrixId: b.matrixId, decision: 'approve', reason: '', version: version(b.matrixId) },
				after,
			),
		).toEqual({ ok: true })
		expect(
			decideMatrix(
				manager,
				{ matrixId: b.matrixId, decision: 'reject', reason: 'Changed my mind', version: version(b.matrixId) },
				after,
			),
		).toMatchObject({ ok: false })
		expect(matrixHistory(b.matrixId).map((e) => e.to)).toEqual([
			'draft',
			'submitted',
			'under_review',
			'changes_requested',
			'resubmitted',
			'approved',
		])
	})
})

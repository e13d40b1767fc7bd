import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { outbox } from '#db/schema.ts'
import {
	answeredInHours,
	answeredInWords,
	at,
	periodIdOf,
	returnVersion,
	setUpOpenReturn,
} from '#tests/returns-fixture.ts'
import { contractPeriods, contractProgress, deliveredByCommitment } from './contract-progress.server.ts'
import { addReturnComment, decideReturn, reviewQueue } from './return-review.server.ts'
import { loadReturn } from './return-contents.server.ts'
import { saveReturnLine, setNilReturn } from './return-lines.server.ts'
import { submitReturn } from './return-submission.server.ts'
import { openReturn } from './returns.server.ts'

const start = Date.UTC(2027, 0, 10, 9)
let fixture: Awaited<ReturnType<typeof setUpOpenReturn>>
let contractId: number
let returnId: number
let hoursCommitment: number
let textCommitment: number

const version = returnVersion

// The return as the supplier left it before submitting: the hours answered, the words not yet.
beforeAll(async () => {
	fixture = await setUpOpenReturn('RT-1', start)
	;({ contractId, returnId, hoursCommitment, textCommitment } = fixture)
	expect(
		saveReturnLine(
			fixture.supplierA,
			{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: answeredInHours(43_00) },
			at('2027-10-03T12:00:00Z'),
		),
	).toEqual({ ok: true })
})

describe('a progress return once filled in', () => {
	test('submit only once the period has ended, late after the due date, and the manager is told', () => {
		const early = at('2027-09-30T22:00:00Z') // 11pm on 30 September, UK summer time
		saveReturnLine(
			fixture.supplierA,
			{ returnId, commitmentId: textCommitment, version: version(returnId), entry: answeredInWords },
			early,
		)
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, early)).toMatchObject({
			ok: false,
		})
		const late = at('2027-10-31T09:00:00Z')
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, late)).toEqual({ ok: true })
		expect(loadReturn(returnId)!.progressReturn).toMatchObject({ status: 'submitted', late: true })
		expect(
			saveReturnLine(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: answeredInHours(1) },
				late,
			),
		).toMatchObject({ ok: false })
		const mail = db
			.select()
			.from(outbox)
			.all()
			.filter((m) => m.subject === 'Progress return submitted: RT-1/C, H1 2027/28')
		expect(mail.map((m) => m.to)).toEqual([fixture.admin.email])
		expect(reviewQueue(fixture.admin).map((r) => r.id)).toContain(returnId)
	})

	test('returned with a comment, fixed and resubmitted, then approved: only then does it count', () => {
		const ctx = at('2027-11-02T09:00:00Z')
		expect(
			addReturnComment(fixture.supplierA, { returnId, commitmentId: hoursCommitment, body: 'Approve it' }, ctx),
		).toMatchObject({ ok: false })
		expect(
			addReturnComment(
				fixture.admin,
				{ returnId, commitmentId: hoursCommitment, body: 'The timesheets show 35 hours' },
				ctx,
			),
		).toEqual({ ok: true })
		expect(
			decideReturn(fixture.admin, { returnId, decision: 'return', reason: '', version: version(returnId) }, ctx),
		).toMatchObject({ ok: false })
		expect(
			decideReturn(
				fixture.admin,
				{ returnId, decision: 'return', reason: 'Match the timesheets', version: version(returnId) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(deliveredByCommitment(contractId).get(hoursCommitment)).toBeUndefined()

		expect(
			saveReturnLine(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: answeredInHours(35_00) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, ctx)).toEqual({ ok: true })

		// Two managers decide at once from the same version: one wins, the other changes nothing.
		const seen = version(returnId)
		expect(decideReturn(fixture.admin, { returnId, decision: 'approve', reason: '', version: seen }, ctx)).toEqual({
			ok: true,
		})
		expect(
			decideReturn(fixture.admin, { returnId, decision: 'return', reason: 'No', version: seen }, ctx),
		).toMatchObject({ ok: false, status: 409 })
		expect(loadReturn(returnId)!.history.map((h) => h.to)).toEqual([
			'draft',
			'submitted',
			'returned',
			'submitted',
			'approved',
		])
		expect(deliveredByCommitment(contractId).get(hoursCommitment)).toBe(35_00)

		const progress = contractProgress(contractId, Date.parse('2027-10-01T12:00:00Z'))!
		const hours = progress.rows.find((r) => r.id === hoursCommitment)!
		expect(hours).toMatchObject({ committedHundredths: 200_00, deliveredHundredths: 35_00 })
		expect(hours.expectedHundredths).toBeGreaterThan(45_00)
		expect(hours.rag).toBe('amber') // 35 of about 50 expected by 1 October: 60% or more
		expect(progress.deliveredPence).toBe(59_255) // 35 hours × £16.93
		expect(contractPeriods(contractId, Date.parse('2027-11-02T12:00:00Z')).map((p) => p.state)).toEqual([
			'approved',
			'upcoming',
			'upcoming',
			'upcoming',
		])
	})

	test('an approved return can be reopened with a reason, and stops counting', () => {
		const ctx = at('2027-11-05T09:00:00Z')
		expect(
			decideReturn(fixture.admin, { returnId, decision: 'reopen', reason: '', version: version(returnId) }, ctx),
		).toMatchObject({ ok: false })
		expect(
			decideReturn(
				fixture.admin,
				{ returnId, decision: 'reopen', reason: 'Wrong period', version: version(returnId) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(deliveredByCommitment(contractId).get(hoursCommitment)).toBeUndefined()
		expect(loadReturn(returnId)!.progressReturn.status).toBe('returned')
	})

	test('a nil return needs its reason and no lines', () => {
		const opened = openReturn(fixture.supplierA, periodIdOf(contractId, '2027-28-H2'), at('2028-04-02T09:00:00Z'))
		if (!opened.ok) throw new Error(opened.message)
		const id = opened.returnId
		const ctx = at('2028-04-02T09:00:00Z')
		expect(
			setNilReturn(fixture.supplierA, { returnId: id, version: version(id), nil: true, reason: ' ' }, ctx),
		).toMatchObject({ ok: false })
		expect(
			setNilReturn(
				fixture.supplierA,
				{ returnId: id, version: version(id), nil: true, reason: 'Site closed for works' },
				ctx,
			),
		).toEqual({ ok: true })
		expect(submitReturn(fixture.supplierA, { returnId: id, version: version(id) }, ctx)).toEqual({ ok: true })
		expect(loadReturn(id)!.progressReturn).toMatchObject({ status: 'submitted', nil: true, late: false })
	})
})

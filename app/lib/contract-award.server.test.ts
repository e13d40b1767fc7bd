import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { contractCommitments, contractMilestones, contracts, matrices, outbox } from '#db/schema.ts'
import type { AwardDetails } from '#app/domain/contracts/award-form.ts'
import { day, hoursLine, matrixVersion, setUpMatrixTender, textLine } from '#tests/matrix-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { contractAudience } from '#app/domain/contracts/contract-audience.ts'
import { contractForTender, listContracts, loadContract } from './contracts.server.ts'
import { awardContract } from './contract-award.server.ts'
import { startMatrix } from './matrices.server.ts'
import { editRefusal, saveLine } from './matrix-lines.server.ts'
import { submitMatrix } from './matrix-submission.server.ts'
import { addLineComment, decideMatrix, lineComments, matrixHistory } from './matrix-review.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let fixture: Awaited<ReturnType<typeof setUpMatrixTender>>
let matrixA: number
let matrixB: number
let after: typeof ctx
let later: typeof ctx

function submitted(supplier: SessionUser, entry = hoursLine) {
	const { matrixId } = startMatrix(supplier, fixture.tenderId, ctx) as { matrixId: number }
	saveLine(supplier, { matrixId, measureId: fixture.hoursMeasure, version: matrixVersion(matrixId), entry }, ctx)
	saveLine(
		supplier,
		{ matrixId, measureId: fixture.textMeasure, version: matrixVersion(matrixId), entry: textLine },
		ctx,
	)
	expect(
		submitMatrix(supplier, { matrixId, version: matrixVersion(matrixId), declarationsConfirmed: true }, ctx),
	).toEqual({ ok: true })
	return matrixId
}

const details: AwardDetails = {
	reference: 'CT-1/C',
	title: 'Library cleaning 2027–2029',
	value: 95_000_00,
	startDate: '2027-04-01',
	endDate: '2029-03-31',
	cadence: 'half_yearly',
	contractManagerId: 0,
	commerciallySensitive: false,
}

beforeAll(async () => {
	fixture = await setUpMatrixTender('CT-1', now)
	details.contractManagerId = fixture.admin.id
	matrixA = submitted(fixture.supplierA)
	matrixB = submitted(fixture.supplierB, {
		...hoursLine,
		quantityHundredths: 50_00,
		milestones: [{ date: '2029-03-31', cumulativeHundredths: 50_00 }],
	})
	after = { ...ctx, now: fixture.deadlineAt + 1 }
	later = { ...ctx, now: fixture.deadlineAt + 10 * day }
})

describe('the clarification window and line comments', () => {
	test('comments are kept per line; the supplier edits and resubmits only until the window closes', () => {
		const { admin, supplierA, hoursMeasure } = fixture
		expect(addLineComment(admin, { matrixId: matrixA, measureId: hoursMeasure, body: '  ' }, after)).toEqual({
			ok: false,
			message: 'Enter your comment',
			field: 'comment',
		})
		expect(
			addLineComment(
				admin,
				{ matrixId: matrixA, measureId: hoursMeasure, body: 'Add a milestone for each year' },
				after,
			),
		).toEqual({ ok: true })
		expect(
			addLineComment(fixture.supplierA, { matrixId: matrixA, measureId: hoursMeasure, body: 'Me too' }, after),
		).toMatchObject({ ok: false })
		expect(lineComments(matrixA).map((c) => [c.measureId, c.body])).toEqual([
			[hoursMeasure, 'Add a milestone for each year'],
		])

		const dueAt = after.now + 3 * day
		expect(
			decideMatrix(
				admin,
				{
					matrixId: matrixA,
					decision: 'request_changes',
					reason: 'See the comments',
					version: matrixVersion(matrixA),
					clarificationDueAt: dueAt,
				},
				after,
			),
		).toEqual({ ok: true })
		const mail = db
			.select()
			.from(outbox)
			.all()
			.find((m) => m.to === supplierA.email && m.subject.startsWith('The council has asked for changes'))
		expect(mail?.text).toContain('resubmit your matrix by')

		// While the window is open the council waits.
		expect(
			decideMatrix(
				admin,
				{ matrixId: matrixA, decision: 'approve', reason: '', version: matrixVersion(matrixA) },
				after,
			),
		).toMatchObject({ ok: false })
		const matrix = db.select().from(matrices).where(eq(matrices.id, matrixA)).get()!
		expect(editRefusal(matrix, { deadlineAt: fixture.deadlineAt }, dueAt - 1)).toBeNull()
		expect(editRefusal(matrix, { deadlineAt: fixture.deadlineAt }, dueAt)).toBe('The time for changes has ended')
		const closed = { ...ctx, now: dueAt }
		expect(
			saveLine(
				supplierA,
				{ matrixId: matrixA, measureId: hoursMeasure, version: matrixVersion(matrixA), entry: hoursLine },
				closed,
			),
		).toEqual({ ok: false, message: 'The time for changes has ended' })
		expect(
			submitMatrix(
				supplierA,
				{ matrixId: matrixA, version: matrixVersion(matrixA), declarationsConfirmed: true },
				closed,
			),
		).toEqual({ ok: false, message: 'The time for changes has ended' })

		const inside = { ...ctx, now: dueAt - day }
		expect(
			saveLine(
				supplierA,
				{
					matrixId: matrixA,
					measureId: hoursMeasure,
					version: matrixVersion(matrixA),
					entry: { ...hoursLine, methodStatement: 'Every year, with milestones' },
				},
				inside,
			),
		).toEqual({ ok: true })
		expect(
			submitMatrix(
				supplierA,
				{ matrixId: matrixA, version: matrixVersion(matrixA), declarationsConfirmed: true },
				inside,
			),
		).toEqual({ ok: true })
		expect(
			decideMatrix(
				admin,
				{ matrixId: matrixA, decision: 'approve', reason: '', version: matrixVersion(matrixA) },
				inside,
			),
		).toEqual({ ok: true })
	})

	test('once the window has closed without a resubmission, the council decides on what was submitted', () => {
		const { admin } = fixture
		const dueAt = after.now + day
		expect(
			decideMatrix(
				admin,
				{
					matrixId: matrixB,
					decision: 'request_changes',
					reason: 'Say who leads this',
					version: matrixVersion(matrixB),
					clarificationDueAt: dueAt,
				},
				after,
			),
		).toEqual({ ok: true })
		expect(
			decideMatrix(
				admin,
				{ matrixId: matrixB, decision: 'approve', reason: '', version: matrixVersion(matrixB) },
				{ ...ctx, now: dueAt - 1 },
			),
		).toMatchObject({ ok: false })
		expect(
			decideMatrix(
				admin,
				{ matrixId: matrixB, decision: 'approve', reason: '', version: matrixVersion(matrixB) },
				{ ...ctx, now: dueAt },
			),
		).toEqual({ ok: true })
	})
})

describe('award', () => {
	test('only an approved matrix, by the tender’s manager, with a free reference', () => {
		const { supplierA, admin } = fixture
		// A supplier is no council's staff: to them the council's bids are not there at all.
		expect(
			awardContract(supplierA, { matrixId: matrixA, version: matrixVersion(matrixA), details }, later),
		).toMatchObject({ ok: false, status: 404 })
		expect(
			awardContract(admin, { matrixId: matrixA, version: matrixVersion(matrixA) - 1, details }, later),
		).toMatchObject({ ok: false, status: 409 })
		expect(
			awardContract(
				admin,
				{
					matrixId: matrixA,
					version: matrixVersion(matrixA),
					details: { ...details, contractManagerId: supplierA.id },
				},
				later,
			),
		).toMatchObject({
			ok: false,
			field: 'contractManagerId',
		})
		expect(contractForTender(fixture.tenderId)).toBeUndefined()
	})

	test('creates the contract with a frozen copy of the lines; the other bidder is not awarded; everyone is told', () => {
		const { admin, tenderId, supplierA, colleagueA, supplierB } = fixture
		const result = awardContract(admin, { matrixId: matrixA, version: matrixVersion(matrixA), details }, later)
		if (!result.ok) throw new Error(result.message)
		const loaded = loadContract(result.contractId)!
		expect(loaded.contract).toMatchObject({
			reference: 'CT-1/C',
			valuePence: 95_000_00,
			startDate: '2027-04-01',
			endDate: '2029-03-31',
			cadence: 'half_yearly',
			status: 'active',
		})
		expect(
			loaded.commitments.map((c) => [
				c.measureCode,
				c.quantityHundredths,
				c.commitmentText,
				c.valuePence,
				c.milestones.length,
			]),
		).toEqual([
			['V-1', 200_00, '', 338_600, 2],
			['V-2', null, 'A reading club every month', null, 0],
		])
		expect(loaded.commitments[0]!.methodStatement).toBe('Every year, with milestones')
		expect(loaded.history.map((h) => h.kind)).toEqual(['awarded'])
		expect(
			listContracts({ organisationId: supplierA.organisationId }).map((c) => [c.reference, c.committedPence]),
		).toEqual([['CT-1/C', 338_600]])
		expect(listContracts({ organisationId: supplierB.organisationId })).toEqual([])

		expect(matrixHistory(matrixA).at(-1)).toMatchObject({ to: 'awarded', reason: 'Contract CT-1/C awarded' })
		expect(matrixHistory(matrixB).at(-1)).toMatchObject({ from: 'approved', to: 'not_awarded' })
		const mail = db.select().from(outbox).all()
		expect(
			mail
				.filter((m) => m.subject === 'Contract awarded: CT-1/C')
				.map((m) => m.to)
				.sort(),
		).toEqual([supplierA.email, colleagueA.email].sort())
		expect(mail.filter((m) => m.subject === 'Contract not awarded to you: CT-1').map((m) => m.to)).toEqual([
			supplierB.email,
		])

		expect(
			awardContract(
				admin,
				{ matrixId: matrixB, version: matrixVersion(matrixB), details: { ...details, reference: 'CT-1/D' } },
				later,
			),
		).toMatchObject({ ok: false })
		expect(db.select().from(contracts).where(eq(contracts.tenderId, tenderId)).all()).toHaveLength(1)
	})

	test('commitments cannot be changed or deleted afterwards, whatever code tries', () => {
		const contract = contractForTender(fixture.tenderId)!
		const commitment = db
			.select()
			.from(contractCommitments)
			.where(eq(contractCommitments.contractId, contract.id))
			.all()[0]!
		expect(() =>
			db
				.update(contractCommitments)
				.set({ quantityHundredths: 1 })
				.where(eq(contractCommitments.id, commitment.id))
				.run(),
		).toThrow(/frozen/)
		expect(() => db.delete(contractMilestones).where(eq(contractMilestones.commitmentId, commitment.id)).run()).toThrow(
			/frozen/,
		)
		// Editing the matrix line later does not reach the contract either.
		expect(
			saveLine(
				fixture.supplierA,
				{ matrixId: matrixA, measureId: fixture.hoursMeasure, version: matrixVersion(matrixA), entry: hoursLine },
				later,
			).ok,
		).toBe(false)
		expect(loadContract(contract.id)!.commitments[0]!.quantityHundredths).toBe(200_00)
	})

	test('the public sees published commitments; the supplier and the council more', () => {
		const contract = db.select().from(contracts).where(eq(contracts.tenderId, fixture.tenderId)).get()!
		expect(contractAudience(null, contract)).toBe('public')
		expect(contractAudience(fixture.supplierA, contract)).toBe('supplier')
		expect(contractAudience(fixture.supplierB, contract)).toBe('public')
		expect(contractAudience(fixture.admin, contract)).toBe('council')
	})
})

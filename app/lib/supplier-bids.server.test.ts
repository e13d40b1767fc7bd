import { beforeAll, expect, test } from 'vitest'
import {
	day,
	hoursLine,
	matrixVersion,
	setUpAwardedContract,
	setUpMatrixTender,
	textLine,
} from '#tests/matrix-fixture.ts'
import { startMatrix } from './matrices.server.ts'
import { saveLine } from './matrix-lines.server.ts'
import { submitMatrix, withdrawMatrix } from './matrix-submission.server.ts'
import { organisationBids } from './supplier-bids.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let open: Awaited<ReturnType<typeof setUpMatrixTender>>
let awarded: Awaited<ReturnType<typeof setUpAwardedContract>>

beforeAll(async () => {
	open = await setUpMatrixTender('BIDS-1', now)
	awarded = await setUpAwardedContract('BIDS-2', now)
})

test('each organisation sees its own bids and no other’s, in every state, with the next step', () => {
	const a = startMatrix(open.supplierA, open.tenderId, ctx) as { matrixId: number }
	const b = startMatrix(open.supplierB, open.tenderId, ctx) as { matrixId: number }
	const later = awarded.deadlineAt + 2 * day
	const bidsOfA = organisationBids(open.supplierA.organisationId, later)
	expect(bidsOfA.map((bid) => [bid.tender.reference, bid.status, bid.next.link.to])).toEqual([
		['BIDS-1', 'draft', { matrixId: a.matrixId }],
	])
	const bidsOfB = organisationBids(open.supplierB.organisationId, now)
	expect(bidsOfB.map((bid) => [bid.tender.reference, bid.status, bid.next.link.text])).toEqual([
		['BIDS-1', 'draft', 'Continue your matrix'],
	])
	expect(bidsOfB[0]!.matrixId).toBe(b.matrixId)
	const winner = organisationBids(awarded.supplierA.organisationId, later)
	expect(winner.map((bid) => [bid.tender.reference, bid.status, bid.contractId, bid.next.link])).toEqual([
		['BIDS-2', 'awarded', awarded.contractId, { text: 'Go to your contract', to: { contractId: awarded.contractId } }],
	])
	// The other organisation of the awarded tender started nothing.
	expect(organisationBids(awarded.supplierB.organisationId, later)).toEqual([])
})

test('a matrix submitted and then withdrawn is a draft that says so', () => {
	const { matrixId } = startMatrix(open.supplierA, open.tenderId, ctx) as { matrixId: number }
	saveLine(
		open.supplierA,
		{ matrixId, measureId: open.hoursMeasure, version: matrixVersion(matrixId), entry: hoursLine },
		ctx,
	)
	saveLine(
		open.supplierA,
		{ matrixId, measureId: open.textMeasure, version: matrixVersion(matrixId), entry: textLine },
		ctx,
	)
	expect(
		submitMatrix(open.supplierA, { matrixId, version: matrixVersion(matrixId), declarationsConfirmed: true }, ctx).ok,
	).toBe(true)
	expect(organisationBids(open.supplierA.organisationId, now)[0]).toMatchObject({
		status: 'submitted',
		withdrawn: false,
	})
	expect(withdrawMatrix(open.supplierA, { matrixId, version: matrixVersion(matrixId) }, ctx).ok).toBe(true)
	expect(organisationBids(open.supplierA.organisationId, now)[0]).toMatchObject({
		status: 'draft',
		withdrawn: true,
		next: { note: 'You withdrew it: submit it again before the deadline' },
	})
	expect(organisationBids(open.supplierB.organisationId, now)[0]).toMatchObject({ status: 'draft', withdrawn: false })
})

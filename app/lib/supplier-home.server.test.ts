import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createUser } from '#db/factories.ts'
import { setUpAwardedContract, setUpMatrixTender } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import { startMatrix } from './matrices.server.ts'
import { supplierHome } from './supplier-home.server.ts'

let awarded: Awaited<ReturnType<typeof setUpAwardedContract>>
let open: Awaited<ReturnType<typeof setUpMatrixTender>>
let draftB: number
// H1 2027/28 was due on 30 October 2027; H2 2026/27 ended before the contract began.
const now = Date.parse('2027-11-05T09:00:00Z')

beforeAll(async () => {
	awarded = await setUpAwardedContract('SH-1', Date.UTC(2027, 0, 10, 9))
	open = await setUpMatrixTender('SH-2', now)
	const started = startMatrix(open.supplierB, open.tenderId, { ip: '127.0.0.1', now })
	if (!started.ok) throw new Error(started.message)
	draftB = started.matrixId
	await createUser(db, {
		organisationId: awarded.supplierA.organisationId,
		role: 'supplier',
		status: 'invited',
		name: 'Sam Invited',
		passwordHash: null,
	})
})

test('a supplier sees its own returns to file, bids, contracts and invitations, never another organisation’s', () => {
	const a = supplierHome(awarded.supplierA.organisationId, now)
	expect(a.returnsToFile).toEqual([
		{
			periodId: expect.any(Number),
			label: 'H1 2027/28',
			dueDate: '2027-10-30',
			state: 'overdue',
			returnId: null,
			contract: { id: awarded.contractId, title: 'Library cleaning' },
		},
	])
	expect(a.bids.map((bid) => [bid.matrixId, bid.status])).toEqual([[awarded.matrixId, 'awarded']])
	expect(a.contracts.map((contract) => contract.reference)).toEqual(['SH-1/C'])
	expect(a.invitations.map((invitation) => invitation.name)).toEqual(['Sam Invited'])

	const b = supplierHome(open.supplierB.organisationId, now)
	expect(b.returnsToFile).toEqual([])
	expect(b.contracts).toEqual([])
	expect(b.invitations).toEqual([])
	expect(b.bids.map((bid) => [bid.matrixId, bid.status, bid.next.toDo])).toEqual([[draftB, 'draft', true]])
	// The other organisation of each fixture has nothing at all.
	expect(supplierHome(awarded.supplierB.organisationId, now)).toEqual({
		returnsToFile: [],
		bids: [],
		contracts: [],
		invitations: [],
	})
})

test('a return sent back for changes waits for the supplier; a submitted one does not', () => {
	fileReturn(awarded, '2027-28-H1', 10, 'returned', '2027-11-01T09:00:00Z')
	expect(supplierHome(awarded.supplierA.organisationId, now).returnsToFile).toEqual([
		expect.objectContaining({ label: 'H1 2027/28', state: 'returned', returnId: expect.any(Number) }),
	])
})

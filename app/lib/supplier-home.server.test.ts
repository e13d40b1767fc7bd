import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
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
			contract: { id: awarded.contractId, title: 'Library cleaning', councilId: awarded.admin.organisationId },
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
	// With one council nothing is grouped: the page is as it always was.
	expect(supplierHome(awarded.supplierB.organisationId, now)).toEqual({
		returnsToFile: [],
		bids: [],
		contracts: [],
		invitations: [],
		councilNames: null,
		byCouncil: null,
		openByCouncil: null,
	})
})

test('a return sent back for changes waits for the supplier; a submitted one does not', () => {
	fileReturn(awarded, '2027-28-H1', 10, 'returned', '2027-11-01T09:00:00Z')
	expect(supplierHome(awarded.supplierA.organisationId, now).returnsToFile).toEqual([
		expect.objectContaining({ label: 'H1 2027/28', state: 'returned', returnId: expect.any(Number) }),
	])
})

// Last: from here on the deployment serves two councils.
test('with two councils, a supplier’s bids and contracts come grouped by council, only councils it deals with', async () => {
	const first = awarded.admin.organisationId
	const dale = createOrganisation(db, { kind: 'council', name: 'Dale District Council' })
	const daleTender = await setUpMatrixTender('DL-1', now, { councilId: dale.id })
	const quiet = createOrganisation(db, { kind: 'council', name: 'Quiet Borough Council' })
	const started = startMatrix(awarded.supplierA, daleTender.tenderId, { ip: '127.0.0.1', now })
	if (!started.ok) throw new Error(started.message)
	// Another supplier's bid in the same tender is none of supplier A's business.
	const other = startMatrix(daleTender.supplierB, daleTender.tenderId, { ip: '127.0.0.1', now })
	if (!other.ok) throw new Error(other.message)

	const home = supplierHome(awarded.supplierA.organisationId, now)
	expect(home.councilNames).toMatchObject({ [first]: expect.any(String), [dale.id]: 'Dale District Council' })
	expect(
		home.byCouncil?.map((group) => ({
			council: group.council.name,
			bids: group.bids.map((bid) => bid.matrixId),
			contracts: group.contracts.map((contract) => contract.reference),
		})),
	).toEqual([
		{ council: home.councilNames![first], bids: [awarded.matrixId], contracts: ['SH-1/C'] },
		{ council: 'Dale District Council', bids: [started.matrixId], contracts: [] },
	])
	expect(home.byCouncil?.some((group) => group.council.id === quiet.id)).toBe(false)
	expect(home.bids.map((bid) => bid.matrixId)).not.toContain(other.matrixId)
	expect(home.returnsToFile.map((period) => period.contract.councilId)).toEqual([first])
	// Each council with tenders open is counted, whether or not the supplier bids there.
	expect(home.openByCouncil).toEqual([
		{ name: home.councilNames![first], slug: expect.any(String), open: 1 },
		{ name: 'Dale District Council', slug: 'dale-district-council', open: 1 },
	])

	// Supplier B of the Dale fixture has only its own bid, with Dale.
	const b = supplierHome(daleTender.supplierB.organisationId, now)
	expect(b.byCouncil?.map((group) => [group.council.id, group.bids.map((bid) => bid.matrixId)])).toEqual([
		[dale.id, [other.matrixId]],
	])
})

import { beforeAll, expect, test } from 'vitest'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import { supplierContracts } from './supplier-dashboard.server.ts'

let first: Awaited<ReturnType<typeof setUpAwardedContract>>
let second: Awaited<ReturnType<typeof setUpAwardedContract>>
const now = Date.parse('2027-10-05T09:00:00Z')

beforeAll(async () => {
	first = await setUpAwardedContract('SD-1', Date.UTC(2027, 0, 10, 9))
	second = await setUpAwardedContract('SD-2', Date.UTC(2027, 0, 10, 9))
})

const references = (organisationId: number) => supplierContracts(organisationId, now).map((c) => c.reference)
const deliveredPence = (organisationId: number) => supplierContracts(organisationId, now)[0]!.progress!.deliveredPence

test('each organisation gets its own contracts, however recently the other’s were worked out', () => {
	expect(first.supplierA.organisationId).not.toBe(second.supplierA.organisationId)
	expect(references(first.supplierA.organisationId)).toEqual(['SD-1/C'])
	expect(references(second.supplierA.organisationId)).toEqual(['SD-2/C'])
	expect(references(first.supplierA.organisationId)).toEqual(['SD-1/C'])
})

test('an approved return shows at once, and the next return moves on', () => {
	expect(deliveredPence(first.supplierA.organisationId)).toBe(0)
	expect(supplierContracts(first.supplierA.organisationId, now)[0]!.next).toMatchObject({
		label: 'H1 2027/28',
		state: 'due',
	})
	fileReturn(first, '2027-28-H1', 35, 'approved', '2027-10-05T09:00:00Z')
	expect(deliveredPence(first.supplierA.organisationId)).toBe(35 * 1693)
	expect(supplierContracts(first.supplierA.organisationId, now)[0]!.next).toMatchObject({
		label: 'H2 2027/28',
		state: 'upcoming',
	})
})

test('a period falls due when the UK day turns, not before', () => {
	const organisationId = second.supplierA.organisationId
	// H1 ends on 30 September; its return can be filed from midnight, UK time (BST, an hour ahead).
	const before = Date.parse('2027-09-30T22:59:00Z')
	const after = Date.parse('2027-09-30T23:00:00Z')
	expect(supplierContracts(organisationId, before)[0]!.next).toMatchObject({ label: 'H1 2027/28', state: 'upcoming' })
	expect(supplierContracts(organisationId, after)[0]!.next).toMatchObject({ label: 'H1 2027/28', state: 'due' })
})

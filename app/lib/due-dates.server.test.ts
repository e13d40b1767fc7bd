import { beforeAll, expect, test } from 'vitest'
import { dueDateUid, type DueDate } from '#app/domain/due-dates/due-dates.ts'
import { addContractManager, setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import { dueDatePath, dueDatesFor } from './due-dates.server.ts'
import { startMatrix } from './matrices.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
/** Late November 2027: the first half-year's return is approved, the second half-year is running. */
const later = Date.parse('2027-11-20T10:00:00Z')

let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let otherManager: Awaited<ReturnType<typeof addContractManager>>
let matrixB: number

beforeAll(async () => {
	fixture = await setUpAwardedContract('DUE-1', now)
	otherManager = await addContractManager(fixture)
	matrixB = (startMatrix(fixture.supplierB, fixture.tenderId, { ip: '127.0.0.1', now }) as { matrixId: number })
		.matrixId
	fileReturn(fixture, '2027-28-H1', 40, 'approved', '2027-10-05T09:00:00Z')
})

const summary = (entries: DueDate[]) =>
	entries.map((entry) => `${dueDateUid(entry).split('-')[0]} ${entry.date} ${entry.state}`)

test('a supplier sees its own contract’s returns and the deadline of the tender it bid for, earliest first', () => {
	const entries = dueDatesFor(fixture.supplierA, later)
	expect(summary(entries)).toEqual([
		'tender 2027-01-20 closed',
		'period 2027-10-30 approved',
		'period 2028-04-30 upcoming',
		'period 2028-10-30 upcoming',
		'period 2029-04-30 upcoming',
	])
	const tender = entries[0]!
	expect(tender.kind === 'tender' && tender.matrixId).toBe(fixture.matrixId)
	expect(
		entries.every((entry) => entry.kind === 'tender' || entry.supplier.id === fixture.supplierA.organisationId),
	).toBe(true)
})

test('another supplier sees only the tender it has a matrix for, leading to its own matrix', () => {
	const entries = dueDatesFor(fixture.supplierB, later)
	expect(entries).toHaveLength(1)
	expect(entries[0]!.kind === 'tender' && entries[0]!.matrixId).toBe(matrixB)
	expect(dueDatePath(entries[0]!, 'supplier')).toBe(`/matrices/${matrixB}`)
})

test('the contract’s manager sees its returns and the tender; another contract manager sees neither', () => {
	expect(summary(dueDatesFor(fixture.admin, later))).toEqual(summary(dueDatesFor(fixture.supplierA, later)))
	expect(dueDatesFor(otherManager, later)).toEqual([])
})

test('each due date leads to where it is acted on, for the supplier and for the council', () => {
	const [tender, approved, upcoming] = dueDatesFor(fixture.admin, later) as [DueDate, DueDate, DueDate]
	expect(dueDatePath(tender, 'admin')).toBe(`/manage/tenders/${fixture.tenderId}`)
	const returnId = approved.kind === 'return' ? approved.returnId : null
	expect(dueDatePath(approved, 'admin')).toBe(`/manage/returns/${returnId}`)
	expect(dueDatePath(approved, 'supplier')).toBe(`/returns/${returnId}`)
	expect(dueDatePath(upcoming, 'admin')).toBe(`/contracts/${fixture.contractId}`)
	const periodId = upcoming.kind === 'return' ? upcoming.periodId : null
	expect(dueDatePath(upcoming, 'supplier')).toBe(`/returns/start/${periodId}`)
})

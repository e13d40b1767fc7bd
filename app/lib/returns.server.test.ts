import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { reportingPeriods } from '#db/schema.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { answeredInHours, at, periodIdOf, returnVersion } from '#tests/returns-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { contractPeriods } from './contract-progress.server.ts'
import { loadReturn } from './return-contents.server.ts'
import { saveReturnLine } from './return-lines.server.ts'
import { getOwnReturn, openReturn } from './returns.server.ts'

const start = Date.UTC(2027, 0, 10, 9)
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let contractId: number

const version = returnVersion

beforeAll(async () => {
	fixture = await setUpAwardedContract('RT-1', start)
	contractId = fixture.contractId
	const periods = db.select().from(reportingPeriods).where(eq(reportingPeriods.contractId, contractId)).all()
	expect(periods.map((p) => [p.key, p.startDate, p.endDate, p.dueDate])).toEqual([
		['2027-28-H1', '2027-04-01', '2027-09-30', '2027-10-30'],
		['2027-28-H2', '2027-10-01', '2028-03-31', '2028-04-30'],
		['2028-29-H1', '2028-04-01', '2028-09-30', '2028-10-30'],
		['2028-29-H2', '2028-10-01', '2029-03-31', '2029-04-30'],
	])
})

describe('a progress return', () => {
	let returnId: number

	test('the supplier opens it; another supplier cannot, whatever id they send', () => {
		expect(
			openReturn(fixture.supplierB, periodIdOf(contractId, '2027-28-H1'), at('2027-10-01T09:00:00Z')),
		).toMatchObject({
			ok: false,
			status: 404,
		})
		const opened = openReturn(fixture.supplierA, periodIdOf(contractId, '2027-28-H1'), at('2027-10-01T09:00:00Z'))
		if (!opened.ok) throw new Error(opened.message)
		returnId = opened.returnId
		expect(openReturn(fixture.colleagueA, periodIdOf(contractId, '2027-28-H1'), at('2027-10-02T09:00:00Z'))).toEqual({
			ok: true,
			returnId,
		})
		expect(getOwnReturn(fixture.supplierB, returnId)).toBeUndefined()
		const loaded = loadReturn(returnId)!
		const hoursCommitment = loaded.commitments.find((c) => !c.qualitative)!.id
		expect(
			saveReturnLine(
				fixture.supplierB,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: answeredInHours(1) },
				at('2027-10-02T09:00:00Z'),
			),
		).toMatchObject({ ok: false, status: 404 })
	})
})

test('a supplier who is not in the contract sees none of it', () => {
	const stranger: SessionUser = fixture.supplierB
	expect(contractPeriods(contractId, Date.now()).length).toBe(4)
	expect(openReturn(stranger, periodIdOf(contractId, '2028-29-H1'), at('2028-10-01T09:00:00Z'))).toMatchObject({
		ok: false,
		status: 404,
	})
})

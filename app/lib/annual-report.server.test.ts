import { expect, test } from 'vitest'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import { FEATURED_CONTRACTS, annualReport } from './annual-report.server.ts'
import { contractTotalsRows } from './delivery-export.server.ts'

test('the report lists the contracts with most committed; the download has every one of them', async () => {
	const contracts = []
	for (let i = 0; i <= FEATURED_CONTRACTS; i++)
		contracts.push(await setUpAwardedContract(`AR-${String(i).padStart(2, '0')}`, Date.UTC(2027, 0, 10, 9)))
	const report = annualReport(contracts[0]!.admin.organisationId, '2027-28', Date.UTC(2028, 5, 1))
	expect(report.year.key).toBe('2027-28')
	expect(report.contractCount).toBe(FEATURED_CONTRACTS + 1)
	expect(report.totals.byContract).toHaveLength(FEATURED_CONTRACTS)
	const rows = contractTotalsRows(contracts[0]!.admin.organisationId, report.year, contracts[0]!.admin)
	expect(rows).toHaveLength(FEATURED_CONTRACTS + 1)
	expect(rows.slice(0, FEATURED_CONTRACTS).map((row) => row[0])).toEqual(
		report.totals.byContract.map((row) => row.label),
	)
	expect(rows[0]).toEqual([
		'AR-00/C · Library cleaning',
		expect.stringMatching(/^Organisation /),
		expect.any(Number),
		0,
	])
})

test('a period counts as due only once its due date has passed; those not yet due are counted apart', async () => {
	// Half-yearly from 1 April 2027: H1 2027/28 is due on 30 October 2027, H2 on 30 April 2028.
	const contract = await setUpAwardedContract('AR-DUE', Date.UTC(2027, 0, 10, 9))
	const returnsOn = (iso: string) => annualReport(contract.admin.organisationId, '2027-28', Date.parse(iso)).returns
	// The file's other contracts, over the same years, have filed nothing.
	const n = annualReport(contract.admin.organisationId, '2027-28', Date.parse('2027-12-07T12:00:00Z')).contractCount - 1
	expect(returnsOn('2027-12-07T12:00:00Z')).toEqual({
		due: 1 + n,
		onTime: 0,
		late: 0,
		missing: 1 + n,
		notYetDue: 1 + n,
		notYetDueReceived: 0,
	})
	expect(annualReport(contract.admin.organisationId, '2027-28', Date.parse('2027-12-07T12:00:00Z')).asOf).toBe(
		'2027-12-07',
	)

	fileReturn(contract, '2027-28-H1', 40, 'approved', '2027-11-20T10:00:00Z') // three weeks late
	fileReturn(contract, '2027-28-H2', 30, 'approved', '2028-04-05T10:00:00Z') // early
	expect(returnsOn('2028-04-10T12:00:00Z')).toEqual({
		due: 1 + n,
		onTime: 0,
		late: 1,
		missing: n,
		notYetDue: 1 + n,
		notYetDueReceived: 1,
	})
	// H2 falls due at midnight UK time (summer time) at the end of 30 April.
	expect(returnsOn('2028-04-30T22:59:00Z')).toMatchObject({ due: 1 + n, notYetDue: 1 + n })
	expect(returnsOn('2028-04-30T23:00:00Z')).toEqual({
		due: 2 + 2 * n,
		onTime: 1,
		late: 1,
		missing: 2 * n,
		notYetDue: 0,
		notYetDueReceived: 0,
	})
})

import { expect, test } from 'vitest'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { FEATURED_CONTRACTS, annualReport } from './annual-report.server.ts'
import { contractTotalsRows } from './delivery-export.server.ts'

test('the report lists the contracts with most committed; the download has every one of them', async () => {
	for (let i = 0; i <= FEATURED_CONTRACTS; i++) await setUpAwardedContract(`AR-${String(i).padStart(2, '0')}`, Date.UTC(2027, 0, 10, 9))
	const report = annualReport('2027-28', Date.UTC(2028, 5, 1))
	expect(report.year.key).toBe('2027-28')
	expect(report.contractCount).toBe(FEATURED_CONTRACTS + 1)
	expect(report.totals.byContract).toHaveLength(FEATURED_CONTRACTS)
	const rows = contractTotalsRows(report.year)
	expect(rows).toHaveLength(FEATURED_CONTRACTS + 1)
	expect(rows.slice(0, FEATURED_CONTRACTS).map((row) => row[0])).toEqual(report.totals.byContract.map((row) => row.label))
	expect(rows[0]).toEqual(['AR-00/C · Library cleaning', expect.stringMatching(/^Organisation /), expect.any(Number), 0])
})

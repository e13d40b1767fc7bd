import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { contracts } from '#db/schema.ts'
import { addContractManager, setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn, publishAccount } from '#tests/returns-fixture.ts'
import { annualReport, annualReportFor } from './annual-report.server.ts'

// Who may read a commercially sensitive contract’s figures in the annual report: in a file of
// its own, so that the report holds only the two contracts it sets up.
test('a commercially sensitive contract’s figures are in the report for its own contract manager and the administrators, not another contract manager', async () => {
	const contract = await setUpAwardedContract('AR-SENS', Date.UTC(2027, 0, 10, 9))
	const open = await setUpAwardedContract('AR-OPEN', Date.UTC(2027, 0, 10, 9))
	// 37 hours at £16.93 (£626.41) on the sensitive contract; 40 hours (£677.20) on the other.
	publishAccount(
		fileReturn(contract, '2027-28-H1', 37, 'approved', '2027-10-05T10:00:00Z'),
		'Thirty-seven hours at the library',
	)
	fileReturn(open, '2027-28-H1', 40, 'approved', '2027-10-05T10:00:00Z')
	const [own, other] = [await addContractManager(contract), await addContractManager(contract)]
	db.update(contracts)
		.set({ commerciallySensitive: true, contractManagerId: own.id })
		.where(eq(contracts.id, contract.contractId))
		.run()

	// The report is worked out once for everyone; each reader gets their own view of it.
	const report = annualReport(contract.admin.organisationId, '2027-28', Date.UTC(2028, 5, 1))
	const row = (viewer: typeof own) =>
		annualReportFor(viewer, report).totals.byContract.find((r) => r.key === String(contract.contractId))
	const label = 'AR-SENS/C · Library cleaning'
	expect(row(own)).toEqual({ key: String(contract.contractId), label, committedPence: 169_300, deliveredPence: 62_641 })
	expect(row(contract.admin)).toEqual(row(own))
	expect(row(other)).toEqual({ key: String(contract.contractId), label, committedPence: null, deliveredPence: null })
	// Other contracts' figures, and the council-wide totals, are there for everyone.
	const openRow = (viewer: typeof own) =>
		annualReportFor(viewer, report).totals.byContract.find((r) => r.key === String(open.contractId))
	expect(openRow(other)).toMatchObject({ committedPence: 169_300, deliveredPence: 67_720 })
	expect(annualReportFor(other, report).totals.overall).toEqual({ committedPence: 338_600, deliveredPence: 130_361 })
	// The account is told, without what it was worth.
	expect(annualReportFor(other, report).caseStudies).toEqual([
		{
			id: expect.any(Number),
			reference: 'AR-SENS/C',
			contract: 'Library cleaning',
			supplier: expect.any(String),
			measure: 'V-1: Volunteering hours',
			period: 'H1 2027/28',
			narrative: 'Thirty-seven hours at the library',
			contractId: contract.contractId,
		},
		expect.objectContaining({ reference: 'AR-SENS/C', measure: 'V-2: How you will help' }),
	])
	expect(JSON.stringify(annualReportFor(other, report))).not.toMatch(/62641|626\.41/)
	expect(JSON.stringify(annualReportFor(own, report))).toMatch(/62641/)
})

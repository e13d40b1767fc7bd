import { readSheet } from 'read-excel-file/node'
import { expect, test } from 'vitest'
import { comparisonCsv, comparisonXlsx } from './matrix-comparison-export.server.ts'

const rows = [
	{
		organisation: 'Brightstart, CIC',
		status: 'approved' as const,
		totalPence: 2_020_000,
		percentBasisPoints: 2020,
		quantityScore: 100,
		qualityScore: 80,
		socialValueScore: 9,
	},
	{
		organisation: 'Northgate “Construction”',
		status: 'under_review' as const,
		totalPence: 1_010_050,
		percentBasisPoints: 1010,
		quantityScore: 50,
		qualityScore: null,
		socialValueScore: null,
	},
]

test('the comparison exports as CSV with quoting, a BOM and pounds', () => {
	const csv = comparisonCsv(rows)
	expect(csv.startsWith('\uFEFFSupplier,Status,Social value (£)')).toBe(true)
	expect(csv).toContain('"Brightstart, CIC",Approved,20200,20.2,100,80,9')
	expect(csv).toContain('Northgate “Construction”,Under review,10100.5,10.1,50,,')
})

test('the comparison exports as an Excel workbook that reads back', async () => {
	const sheet = await readSheet(await comparisonXlsx(rows))
	expect(sheet[0]).toEqual([
		'Supplier',
		'Status',
		'Social value (£)',
		'Share of contract value (%)',
		'Quantity score',
		'Quality score',
		'Social value score',
	])
	expect(sheet[1]?.slice(0, 3)).toEqual(['Brightstart, CIC', 'Approved', 20200])
})

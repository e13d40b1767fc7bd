import { formatBasisPoints, type MatrixTotals } from '#app/domain/matrix/valuation.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { TableCell } from './govuk/table.tsx'

export const matrixTotalsHead: TableCell[] = [{ text: 'Theme' }, { text: 'Value', format: 'numeric' }]

/** A matrix's value by theme, its total, and its share of the contract value against the tender's target. */
export function matrixTotalsRows(totals: MatrixTotals, targetPercent: number | null): TableCell[][] {
	const percent = totals.percentOfContractBasisPoints
	const share = percent === null ? 'Not known' : formatBasisPoints(percent)
	return [
		...totals.byTheme.map((theme): TableCell[] => [
			{ text: theme.themeName },
			{ text: formatPounds(theme.totalPence), format: 'numeric' },
		]),
		[
			{ text: 'Total' },
			{ text: formatPounds(totals.totalPence), format: 'numeric', classes: 'govuk-!-font-weight-bold' },
		],
		[
			{ text: 'Share of the contract value' },
			{ text: targetPercent === null ? share : `${share} (target ${targetPercent}%)`, format: 'numeric' },
		],
	]
}

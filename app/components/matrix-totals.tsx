import type { MatrixTotals } from '#app/domain/matrix/valuation.ts'
import { Table } from './govuk/table.tsx'
import { matrixTotalsHead, matrixTotalsRows } from './matrix-totals-rows.ts'

/** The running totals of a matrix: by theme, overall, and against the tender's target. */
export function MatrixTotalsTable({
	totals,
	targetPercent,
	caption = 'Social value offered',
}: {
	totals: MatrixTotals
	targetPercent: number | null
	caption?: string
}) {
	return (
		<Table
			caption={caption}
			captionClasses="govuk-table__caption--m"
			head={matrixTotalsHead}
			rows={matrixTotalsRows(totals, targetPercent)}
			firstCellIsHeader
		/>
	)
}

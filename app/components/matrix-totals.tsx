import { formatBasisPoints, type MatrixTotals } from '#app/domain/matrix/valuation.ts'
import { formatPounds } from '#app/domain/toms/money.ts'

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
	const percent = totals.percentOfContractBasisPoints
	return (
		<table className="govuk-table">
			<caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
			<thead className="govuk-table__head">
				<tr className="govuk-table__row">
					<th scope="col" className="govuk-table__header">
						Theme
					</th>
					<th scope="col" className="govuk-table__header govuk-table__header--numeric">
						Value
					</th>
				</tr>
			</thead>
			<tbody className="govuk-table__body">
				{totals.byTheme.map((theme) => (
					<tr className="govuk-table__row" key={theme.themeName}>
						<th scope="row" className="govuk-table__header">
							{theme.themeName}
						</th>
						<td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(theme.totalPence)}</td>
					</tr>
				))}
				<tr className="govuk-table__row">
					<th scope="row" className="govuk-table__header">
						Total
					</th>
					<td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
						{formatPounds(totals.totalPence)}
					</td>
				</tr>
				<tr className="govuk-table__row">
					<th scope="row" className="govuk-table__header">
						Share of the contract value
					</th>
					<td className="govuk-table__cell govuk-table__cell--numeric">
						{percent === null ? 'Not known' : formatBasisPoints(percent)}
						{targetPercent !== null ? ` (target ${targetPercent}%)` : ''}
					</td>
				</tr>
			</tbody>
		</table>
	)
}

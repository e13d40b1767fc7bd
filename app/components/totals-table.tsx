import { useId } from 'react'
import { formatProgress } from '#app/domain/returns/progress.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { cx } from './govuk/shared.ts'

export type TotalsRow = { key: string; label: string; committedPence: number; deliveredPence: number }

/** Delivered as a share of committed, like "43%", or a dash when nothing was committed. */
export function shareOf(deliveredPence: number, committedPence: number): string {
	return committedPence > 0 ? formatProgress(Math.round((deliveredPence * 10_000) / committedPence)) : '–'
}

type TotalsTableProps = {
	id?: string
	caption: string
	first: string
	rows: TotalsRow[]
	link?: (row: TotalsRow) => string
	describedBy?: string
	classes?: string
}

/** Committed against delivered, one row per theme, priority, contract or supplier. */
export function TotalsTable({ id, caption, first, rows, link, describedBy, classes }: TotalsTableProps) {
	if (rows.length === 0) return null
	return (
		<table className={cx('govuk-table', classes)} id={id} aria-describedby={describedBy}>
			<caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
			<thead className="govuk-table__head">
				<tr className="govuk-table__row">
					<th scope="col" className="govuk-table__header">
						{first}
					</th>
					<th scope="col" className="govuk-table__header govuk-table__header--numeric">
						Committed
					</th>
					<th scope="col" className="govuk-table__header govuk-table__header--numeric">
						Delivered
					</th>
					<th scope="col" className="govuk-table__header govuk-table__header--numeric">
						Delivered of committed
					</th>
				</tr>
			</thead>
			<tbody className="govuk-table__body">
				{rows.map((row) => (
					<tr className="govuk-table__row" key={row.key}>
						<th scope="row" className="govuk-table__header">
							{link ? (
								<a className="govuk-link" href={link(row)}>
									{row.label}
								</a>
							) : (
								row.label
							)}
						</th>
						<td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(row.committedPence)}</td>
						<td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(row.deliveredPence)}</td>
						<td className="govuk-table__cell govuk-table__cell--numeric">
							{shareOf(row.deliveredPence, row.committedPence)}
						</td>
					</tr>
				))}
			</tbody>
		</table>
	)
}

/**
 * Totals by council priority. A measure can serve several priorities and is counted under
 * each, so the rows can add up to more than the total: the note under the table says so.
 */
export function PriorityTotalsTable({ caption, first, rows }: Pick<TotalsTableProps, 'caption' | 'first' | 'rows'>) {
	const noteId = useId()
	if (rows.length === 0) return null
	return (
		<>
			<TotalsTable caption={caption} first={first} rows={rows} describedBy={noteId} classes="govuk-!-margin-bottom-2" />
			<p className="govuk-body-s" id={noteId}>
				A measure that serves more than one council priority is counted under each of them, so these rows can add up to
				more than the total.
			</p>
		</>
	)
}

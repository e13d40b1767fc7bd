import { formatDateTime } from '#app/domain/dates.ts'
import { matrixStatusLabels, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'

export type HistoryRow = { id: number; at: number; what: string; by: string; why: string }

/** What happened, when, who and why: the history table on matrix and contract pages. */
export function HistoryTable({ rows, whyHeading = 'Why' }: { rows: HistoryRow[]; whyHeading?: string }) {
	return (
		<table className="govuk-table">
			<caption className="govuk-table__caption govuk-table__caption--m">History</caption>
			<thead className="govuk-table__head">
				<tr className="govuk-table__row">
					<th scope="col" className="govuk-table__header">
						When
					</th>
					<th scope="col" className="govuk-table__header">
						What
					</th>
					<th scope="col" className="govuk-table__header">
						Who
					</th>
					<th scope="col" className="govuk-table__header">
						{whyHeading}
					</th>
				</tr>
			</thead>
			<tbody className="govuk-table__body">
				{rows.map((row) => (
					<tr className="govuk-table__row" key={row.id}>
						<td className="govuk-table__cell">{formatDateTime(row.at)}</td>
						<td className="govuk-table__cell">{row.what}</td>
						<td className="govuk-table__cell">{row.by}</td>
						<td className="govuk-table__cell app-preserve-lines">{row.why}</td>
					</tr>
				))}
			</tbody>
		</table>
	)
}

export type HistoryEvent = {
	id: number
	at: number
	from: MatrixStatus | null
	to: MatrixStatus
	reason: string | null
	by: string
}

/** Every status change of a matrix. */
export function MatrixHistory({ events }: { events: HistoryEvent[] }) {
	return (
		<HistoryTable
			rows={events.map((event) => ({
				id: event.id,
				at: event.at,
				what: event.from === null ? 'Started' : matrixStatusLabels[event.to],
				by: event.by,
				why: event.reason ?? '',
			}))}
		/>
	)
}

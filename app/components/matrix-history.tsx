import { formatDateTime } from '#app/domain/dates.ts'
import { matrixStatusLabels, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'

export type HistoryEvent = { id: number; at: number; from: MatrixStatus | null; to: MatrixStatus; reason: string | null; by: string }

/** Every status change: what, who, when and why. */
export function MatrixHistory({ events }: { events: HistoryEvent[] }) {
	return (
		<table className="govuk-table">
			<caption className="govuk-table__caption govuk-table__caption--m">History</caption>
			<thead className="govuk-table__head">
				<tr className="govuk-table__row">
					<th scope="col" className="govuk-table__header">When</th>
					<th scope="col" className="govuk-table__header">What</th>
					<th scope="col" className="govuk-table__header">Who</th>
					<th scope="col" className="govuk-table__header">Why</th>
				</tr>
			</thead>
			<tbody className="govuk-table__body">
				{events.map((event) => (
					<tr className="govuk-table__row" key={event.id}>
						<td className="govuk-table__cell">{formatDateTime(event.at)}</td>
						<td className="govuk-table__cell">{event.from === null ? 'Started' : matrixStatusLabels[event.to]}</td>
						<td className="govuk-table__cell">{event.by}</td>
						<td className="govuk-table__cell app-preserve-lines">{event.reason ?? ''}</td>
					</tr>
				))}
			</tbody>
		</table>
	)
}

import { Table } from './govuk/table.tsx'
import { type HistoryEvent, type HistoryRow, historyHead, historyRows, matrixHistoryRows } from './history-rows.ts'

/** What happened, when, who and why: the history table on matrix and contract pages. */
export function HistoryTable({ rows, whyHeading = 'Why' }: { rows: HistoryRow[]; whyHeading?: string }) {
	return (
		<Table
			caption="History"
			captionClasses="govuk-table__caption--m"
			head={historyHead(whyHeading)}
			rows={historyRows(rows)}
		/>
	)
}

/** Every status change of a matrix. */
export function MatrixHistory({ events }: { events: HistoryEvent[] }) {
	return <HistoryTable rows={matrixHistoryRows(events)} />
}

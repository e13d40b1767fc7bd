import { formatDateTime } from '#app/domain/dates.ts'
import { matrixStatusLabels, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import type { TableCell } from './govuk/table.tsx'

export type HistoryRow = { id: number; at: number; what: string; by: string; why: string }

export function historyHead(whyHeading: string): TableCell[] {
	return [{ text: 'When' }, { text: 'What' }, { text: 'Who' }, { text: whyHeading }]
}

/** What happened, when, who and why, the why kept in the lines it was written in. */
export function historyRows(rows: HistoryRow[]): TableCell[][] {
	return rows.map((row) => [
		{ text: formatDateTime(row.at) },
		{ text: row.what },
		{ text: row.by },
		{ text: row.why, classes: 'app-preserve-lines' },
	])
}

export type HistoryEvent = {
	id: number
	at: number
	from: MatrixStatus | null
	to: MatrixStatus
	reason: string | null
	by: string
}

/** A matrix's status changes as history rows: the first is its start. */
export function matrixHistoryRows(events: HistoryEvent[]): HistoryRow[] {
	return events.map((event) => ({
		id: event.id,
		at: event.at,
		what: event.from === null ? 'Started' : matrixStatusLabels[event.to],
		by: event.by,
		why: event.reason ?? '',
	}))
}

import { useId } from 'react'
import { Table } from './govuk/table.tsx'
import { type TotalsRow, totalsHead, totalsRows } from './totals-rows.ts'

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
		<Table
			caption={caption}
			captionClasses="govuk-table__caption--m"
			head={totalsHead(first)}
			rows={totalsRows(rows, link)}
			firstCellIsHeader
			classes={classes}
			attributes={{
				id: { value: id, optional: true },
				'aria-describedby': { value: describedBy, optional: true },
			}}
		/>
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

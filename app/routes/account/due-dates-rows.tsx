import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import {
	dueDateStateLabels,
	dueDateStateTagClasses,
	dueDateSummary,
	type DueDate,
} from '#app/domain/due-dates/due-dates.ts'
import { Hint } from '#app/components/govuk/hint.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'

/** A due date as the page shows it: where to act on it, and the days to go while it is still to do. */
export type ShownDueDate = DueDate & { path: string; timing: string | null }

export const dueDatesHead: TableCell[] = [{ text: 'Date' }, { text: 'What' }, { text: 'Status' }, { text: 'Time' }]

/**
 * Each due date, linking to where it is acted on; council staff see whose return or matrix it
 * is, and a supplier, who works for several councils, which council it is for.
 */
export function dueDateRows(entries: readonly ShownDueDate[], showSupplier: boolean): TableCell[][] {
	return entries.map((entry) => [
		{ text: entry.kind === 'return' ? formatCalendarDate(entry.date) : formatDateTime(entry.deadlineAt) },
		{
			children: (
				<>
					<a className="govuk-link" href={entry.path}>
						{dueDateSummary(entry)}
					</a>
					{showSupplier && entry.kind !== 'tender' ? (
						<Hint classes="govuk-!-margin-bottom-0">{entry.supplier.name}</Hint>
					) : null}
					{showSupplier ? null : <Hint classes="govuk-!-margin-bottom-0">{entry.council.name}</Hint>}
				</>
			),
		},
		{ children: <Tag text={dueDateStateLabels[entry.state]} classes={dueDateStateTagClasses[entry.state]} /> },
		{ text: entry.timing ?? '' },
	])
}

import type { ReactNode } from 'react'
import { href } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { quantityIn, unitFor, type UnitCatalogue } from '#app/domain/toms/units.ts'
import { periodStateLabels, periodStateTagClasses, type PeriodState } from '#app/domain/returns/period-state.ts'
import { formatProgress, ragLabels, ragTagClasses, type RagStatus } from '#app/domain/returns/progress.ts'
import type { CommitmentProgress } from '#app/lib/contract-progress.server.ts'
import { escapeHtml } from './govuk/shared.ts'
import type { TableCell } from './govuk/table.tsx'
import { linkHtml, tagHtml } from './table-cells.ts'

export type ProgressRow = Pick<
	CommitmentProgress,
	| 'id'
	| 'measureCode'
	| 'measureTitle'
	| 'qualitative'
	| 'unit'
	| 'committedHundredths'
	| 'deliveredHundredths'
	| 'expectedHundredths'
	| 'progressBasisPoints'
	| 'rag'
>

export const progressHead: TableCell[] = [
	{ text: 'Commitment' },
	{ text: 'Committed', format: 'numeric' },
	{ text: 'Delivered', format: 'numeric' },
	{ text: 'Expected by now', format: 'numeric' },
	{ text: 'Status' },
]

/** Progress as a share of what is expected, then its RAG tag: "80% Amber". */
export function progressStatusHtml(progressBasisPoints: number | null, rag: RagStatus): string {
	const share = progressBasisPoints === null ? '' : `${formatProgress(progressBasisPoints)} `
	return share + tagHtml(ragLabels[rag], ragTagClasses[rag])
}

/** One row per commitment: committed, delivered (approved returns only), expected by today and its status. */
export function progressRows(rows: ProgressRow[], units: UnitCatalogue): TableCell[][] {
	return rows.map((row) => {
		const unit = unitFor(units, row.unit)
		return [
			{ text: `${row.measureCode}: ${row.measureTitle}` },
			{
				text: row.committedHundredths === null ? 'In words' : quantityIn(unit, row.committedHundredths),
				format: 'numeric',
			},
			{ text: row.qualitative ? '' : quantityIn(unit, row.deliveredHundredths), format: 'numeric' },
			{ text: row.expectedHundredths === null ? '' : quantityIn(unit, row.expectedHundredths), format: 'numeric' },
			{ html: progressStatusHtml(row.progressBasisPoints, row.rag) },
		]
	})
}

export type PeriodRow = {
	id: number
	label: string
	startDate: string
	endDate: string
	dueDate: string
	returnId: number | null
	late: boolean | null
	/** Brought in approved by a bulk import, from before the council used the portal. */
	imported?: boolean | null
	state: PeriodState
	/** "12 days to go", "3 days late" while the return is still to be filed. */
	timing: string | null
}

export type PeriodsAudience = 'public' | 'supplier' | 'council'

export const periodsHead: TableCell[] = [
	{ text: 'Period' },
	{ text: 'Due' },
	{ text: 'Status' },
	{ html: '<span class="govuk-visually-hidden">Action</span>' },
]

/**
 * The next step on a period for this reader: the supplier opens its return or starts one once
 * the period has ended (`startButton`, a form); the council reviews a return that was sent.
 */
function periodAction(period: PeriodRow, audience: PeriodsAudience, startButton: (period: PeriodRow) => ReactNode) {
	const hiddenText = ` the ${period.label} return`
	if (audience === 'supplier') {
		if (period.returnId !== null)
			return {
				html: linkHtml(href('/returns/:returnId', { returnId: String(period.returnId) }), 'Open', { hiddenText }),
			}
		return period.state === 'upcoming' ? {} : { children: startButton(period) }
	}
	if (period.returnId !== null && period.state !== 'due' && period.state !== 'overdue')
		return {
			html: linkHtml(href('/manage/returns/:returnId', { returnId: String(period.returnId) }), 'Review', {
				hiddenText,
			}),
		}
	return {}
}

/** The contract's reporting periods and where each return stands, with the next step for this reader. */
export function periodRows(
	periods: PeriodRow[],
	audience: PeriodsAudience,
	startButton: (period: PeriodRow) => ReactNode,
): TableCell[][] {
	return periods.map((period) => [
		{
			html: `${escapeHtml(period.label)}<br><span class="govuk-body-s">${formatCalendarDate(period.startDate)} to ${formatCalendarDate(period.endDate)}</span>`,
		},
		{
			html:
				formatCalendarDate(period.dueDate) +
				(period.timing ? `<br><span class="govuk-body-s">${escapeHtml(period.timing)}</span>` : ''),
		},
		{
			html:
				tagHtml(periodStateLabels[period.state], periodStateTagClasses[period.state]) +
				(period.late ? ' Late' : '') +
				(period.imported ? ` ${tagHtml('Imported', 'govuk-tag--grey')}` : ''),
		},
		periodAction(period, audience, startButton),
	])
}

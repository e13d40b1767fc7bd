import { href } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { escapeHtml } from '#app/components/govuk/shared.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { cadenceLabels, textRow } from '#app/components/tender-summary-rows.ts'

export type DraftDetails = {
	reference: string
	organisation: string
	contact: { name: string; email: string } | null
	valuePence: number
	startDate: string
	endDate: string
	cadence: string
	manager: string
}

/** A contract being recorded, as its pages list it before its commitments. */
export function draftDetailRows(draft: DraftDetails): SummaryListRow[] {
	return [
		textRow('Reference', draft.reference),
		textRow('Supplier', draft.organisation),
		...(draft.contact
			? [textRow('Contact to invite', `${draft.contact.name} (${draft.contact.email}), invited when you confirm`)]
			: []),
		textRow('Contract value', formatPounds(draft.valuePence)),
		textRow('Contract term', `${formatCalendarDate(draft.startDate)} to ${formatCalendarDate(draft.endDate)}`),
		textRow('Progress reports', cadenceLabels[draft.cadence] ?? draft.cadence),
		textRow('Contract manager', draft.manager),
	]
}

export type DraftInProgress = {
	matrixId: number
	reference: string
	title: string
	supplier: string
	lines: number
	measures: number
}

export const draftsHead: TableCell[] = [
	{ text: 'Contract' },
	{ text: 'Supplier' },
	{ text: 'Commitments entered', format: 'numeric' },
]

/** Contracts still being recorded, each linking to its page. */
export function draftRows(drafts: DraftInProgress[]): TableCell[][] {
	return drafts.map((draft) => [
		{
			html: `<a class="govuk-link" href="${escapeHtml(
				href('/manage/contract-drafts/:matrixId', { matrixId: String(draft.matrixId) }),
			)}">${escapeHtml(`${draft.reference}: ${draft.title}`)}</a>`,
		},
		{ text: draft.supplier },
		{ text: `${draft.lines} of ${draft.measures}`, format: 'numeric' },
	])
}

import { href } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import { tenderStateLabels, tenderStateTagClasses, type TenderState } from '#app/domain/tenders/tender-state.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { escapeHtml } from '#app/components/govuk/shared.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { linkHtml, tagHtml } from '#app/components/table-cells.ts'

export type ListedTender = {
	id: number
	reference: string
	title: string
	deadlineAt: number
	estimatedValuePence: number
	managerName: string
	state: TenderState
}

/** The tenders list's head; the social value lead also sees whose each tender is. */
export function tendersHead(showManager: boolean): TableCell[] {
	return [
		{ text: 'Tender' },
		{ text: 'Value', format: 'numeric' },
		{ text: 'Deadline' },
		{ text: 'Status' },
		...(showManager ? [{ text: 'Contract manager' }] : []),
	]
}

/** Each tender: a link to it with its reference, its value, deadline and where it stands. */
export function tendersRows(tenders: ListedTender[], showManager: boolean): TableCell[][] {
	return tenders.map((tender) => [
		{
			html:
				linkHtml(href('/manage/tenders/:tenderId', { tenderId: String(tender.id) }), tender.title) +
				`<div class="govuk-hint govuk-!-margin-bottom-0">${escapeHtml(tender.reference)}</div>`,
		},
		{ text: formatPounds(tender.estimatedValuePence), format: 'numeric' },
		{ text: formatDateTime(tender.deadlineAt) },
		{ html: tagHtml(tenderStateLabels[tender.state], tenderStateTagClasses[tender.state]) },
		...(showManager ? [{ text: tender.managerName }] : []),
	])
}

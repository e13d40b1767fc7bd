import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { formatProgress, ragLabels, ragTagClasses, type ReturnLineStanding } from '#app/domain/returns/progress.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import { tagHtml } from '#app/components/table-cells.ts'

function quantity(hundredths: number | null) {
	return hundredths === null ? 'No milestones' : formatQuantity(hundredths)
}

/** A commitment's progress as the reviewer weighs it: approved so far, this return apart, against what is expected. */
export function returnProgressRows(progress: ReturnLineStanding): SummaryListRow[] {
	const share = progress.percent === null ? 'Not due yet' : formatProgress(progress.percent)
	return [
		{ key: { text: 'Committed' }, value: { text: quantity(progress.committed) } },
		{ key: { text: 'Delivered in approved returns' }, value: { text: formatQuantity(progress.before) } },
		{ key: { text: 'Delivered in this return' }, value: { text: formatQuantity(progress.thisReturn) } },
		{ key: { text: 'Expected by the end of the period' }, value: { text: quantity(progress.expected) } },
		{
			key: { text: 'Progress' },
			value: { html: `${share} ${tagHtml(ragLabels[progress.rag], ragTagClasses[progress.rag])}` },
		},
	]
}

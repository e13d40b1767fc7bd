import { quantityIn, type Unit } from '#app/domain/toms/units.ts'
import { formatProgress, ragLabels, ragTagClasses, type ReturnLineStanding } from '#app/domain/returns/progress.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import { tagHtml } from '#app/components/table-cells.ts'

function quantity(unit: Unit, hundredths: number | null) {
	return hundredths === null ? 'No milestones' : quantityIn(unit, hundredths)
}

/** A commitment's progress as the reviewer weighs it: approved so far, this return apart, against what is expected. */
export function returnProgressRows(progress: ReturnLineStanding, unit: Unit): SummaryListRow[] {
	const share = progress.percent === null ? 'Not due yet' : formatProgress(progress.percent)
	return [
		{ key: { text: 'Committed' }, value: { text: quantity(unit, progress.committed) } },
		{ key: { text: 'Delivered in approved returns' }, value: { text: quantityIn(unit, progress.before) } },
		{ key: { text: 'Delivered in this return' }, value: { text: quantityIn(unit, progress.thisReturn) } },
		{ key: { text: 'Expected by the end of the period' }, value: { text: quantity(unit, progress.expected) } },
		{
			key: { text: 'Progress' },
			value: { html: `${share} ${tagHtml(ragLabels[progress.rag], ragTagClasses[progress.rag])}` },
		},
	]
}

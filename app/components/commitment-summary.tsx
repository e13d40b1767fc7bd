import { formatCalendarDate } from '#app/domain/dates.ts'
import { quantityIn, unitFor, type UnitCatalogue } from '#app/domain/toms/units.ts'
import { type Answer, answerRows } from './answer-rows.ts'
import { SummaryList } from './govuk/summary-list.tsx'
import { useUnits } from './use-units.ts'

export type CommitmentView = {
	quantityHundredths: number | null
	commitmentText: string
	unit: string
	milestones: { date: string; cumulativeHundredths: number }[]
}

/** What was committed over the contract, by which milestones, and (for a number) how much approved returns delivered. */
export function commitmentSummaryRows(
	commitment: CommitmentView,
	deliveredToDate: number | null,
	units: UnitCatalogue,
): Answer[] {
	const unit = unitFor(units, commitment.unit)
	const rows: Answer[] = [
		[
			'Committed over the contract',
			commitment.quantityHundredths === null
				? commitment.commitmentText
				: quantityIn(unit, commitment.quantityHundredths),
		],
		[
			'Milestones',
			commitment.milestones
				.map((m) => `${formatCalendarDate(m.date)}: ${quantityIn(unit, m.cumulativeHundredths)}`)
				.join('; ') || 'None',
		],
	]
	if (deliveredToDate !== null) rows.push(['Delivered in approved returns', quantityIn(unit, deliveredToDate)])
	return rows
}

/** What the supplier committed to, and by when: shown beside every return answer. */
export function CommitmentSummary({
	commitment,
	deliveredToDate,
}: {
	commitment: CommitmentView
	deliveredToDate: number | null
}) {
	const units = useUnits()
	return (
		<SummaryList
			classes="govuk-summary-list--no-border"
			rows={answerRows(commitmentSummaryRows(commitment, deliveredToDate, units))}
		/>
	)
}

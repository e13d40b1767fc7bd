import { formatCalendarDate } from '#app/domain/dates.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { unitLabel } from '#app/domain/toms/format.ts'

export type CommitmentView = {
	quantityHundredths: number | null
	commitmentText: string
	unit: string
	milestones: { date: string; cumulativeHundredths: number }[]
}

/** What the supplier committed to, and by when: shown beside every return answer. */
export function CommitmentSummary({
	commitment,
	deliveredToDate,
}: {
	commitment: CommitmentView
	deliveredToDate: number | null
}) {
	const rows: Array<[string, string]> = [
		[
			'Committed over the contract',
			commitment.quantityHundredths === null
				? commitment.commitmentText
				: `${formatQuantity(commitment.quantityHundredths)} ${unitLabel(commitment.unit)}`,
		],
		[
			'Milestones',
			commitment.milestones
				.map((m) => `${formatCalendarDate(m.date)}: ${formatQuantity(m.cumulativeHundredths)}`)
				.join('; ') || 'None',
		],
		...(deliveredToDate === null
			? []
			: ([['Delivered in approved returns', formatQuantity(deliveredToDate)]] as Array<[string, string]>)),
	]
	return (
		<dl className="govuk-summary-list govuk-summary-list--no-border">
			{rows.map(([key, value]) => (
				<div className="govuk-summary-list__row" key={key}>
					<dt className="govuk-summary-list__key">{key}</dt>
					<dd className="govuk-summary-list__value app-preserve-lines">{value}</dd>
				</div>
			))}
		</dl>
	)
}

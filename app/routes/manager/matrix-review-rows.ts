import { formatCalendarDate } from '#app/domain/dates.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { quantityIn, type Unit } from '#app/domain/toms/units.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'

export type ReviewedLine = {
	measure: { qualitative: boolean; quantityUnit: Unit }
	entry: LineEntry | null
	valuePence: number | null
}

function row(key: string, value: string): SummaryListRow {
	// Suppliers write in lines and paragraphs: the value keeps them.
	return { key: { text: key }, value: { text: value, classes: 'app-preserve-lines' } }
}

/** What a supplier offered on one line of its matrix, as the evaluator reads it. */
export function matrixLineRows({ measure, entry, valuePence }: ReviewedLine): SummaryListRow[] {
	if (!entry) return [row('Answer', 'Not answered')]
	if (entry.declined) return [row('Not committing', entry.declineReason)]
	return [
		measure.qualitative
			? row('Commitment', entry.commitmentText)
			: row(
					'Quantity',
					entry.quantityHundredths === null ? '' : quantityIn(measure.quantityUnit, entry.quantityHundredths),
				),
		row('Social value', valuePence === null ? 'None (record only or qualitative)' : formatPounds(valuePence)),
		row(
			'Milestones',
			entry.milestones
				.map(
					(milestone) =>
						`${formatCalendarDate(milestone.date)}: ${quantityIn(measure.quantityUnit, milestone.cumulativeHundredths)}`,
				)
				.join('; ') || 'None',
		),
		row(
			'Responsible',
			[entry.responsibleName, entry.responsibleRole, entry.responsibleEmail].filter(Boolean).join(', '),
		),
		row('Method statement', entry.methodStatement),
	]
}

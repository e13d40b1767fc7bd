import { formatCalendarDate } from '#app/domain/dates.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { quantityIn, type Unit } from '#app/domain/toms/units.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { Answer } from './answer-rows.ts'

export type AnsweredLine = {
	measure: { qualitative: boolean; quantityUnit: Unit }
	entry: LineEntry | null
	valuePence: number | null
}

/** A matrix line's answers, question by question, as the supplier checks them and the read-only line shows them. */
export function matrixLineAnswerRows({ measure, entry, valuePence }: AnsweredLine): Answer[] {
	if (!entry) return [['Answer', 'Not started']]
	if (entry.declined) return [['Not committing', entry.declineReason]]
	return [
		[
			measure.qualitative ? 'Commitment' : 'Quantity',
			measure.qualitative
				? entry.commitmentText
				: entry.quantityHundredths === null
					? 'Not given'
					: quantityIn(measure.quantityUnit, entry.quantityHundredths),
		],
		['Social value', valuePence === null ? 'None (record only or qualitative)' : formatPounds(valuePence)],
		[
			'Milestones',
			entry.milestones
				.map((m) => `${formatCalendarDate(m.date)}: ${quantityIn(measure.quantityUnit, m.cumulativeHundredths)}`)
				.join('; ') || 'None',
		],
		[
			'Responsible',
			[entry.responsibleName, entry.responsibleRole, entry.responsibleEmail].filter(Boolean).join(', ') || 'Not given',
		],
		['Method statement', entry.methodStatement || 'Not given'],
	]
}

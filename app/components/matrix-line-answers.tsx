import { formatCalendarDate } from '#app/domain/dates.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { describeProxyValue, unitLabel } from '#app/domain/toms/format.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { DocumentTitle } from './document-title.tsx'
import { BackLink } from './govuk/back-link.tsx'
import { InsetText } from './govuk/inset-text.tsx'
import { SummaryList } from './govuk/summary-list.tsx'
import { LineComments, type LineCommentView } from './line-comments.tsx'

type AnsweredLine = { measure: { qualitative: boolean }; entry: LineEntry | null; valuePence: number | null }

/** A matrix line's answers as summary-list rows of [question, answer]. */
export function matrixLineAnswerRows({ measure, entry, valuePence }: AnsweredLine): Array<[string, string]> {
	if (!entry) return [['Answer', 'Not started']]
	if (entry.declined) return [['Not committing', entry.declineReason]]
	return [
		[
			measure.qualitative ? 'Commitment' : 'Quantity',
			measure.qualitative
				? entry.commitmentText
				: entry.quantityHundredths === null
					? 'Not given'
					: formatQuantity(entry.quantityHundredths),
		],
		['Social value', valuePence === null ? 'None (record only or qualitative)' : formatPounds(valuePence)],
		[
			'Milestones',
			entry.milestones
				.map((m) => `${formatCalendarDate(m.date)}: ${formatQuantity(m.cumulativeHundredths)}`)
				.join('; ') || 'None',
		],
		[
			'Responsible',
			[entry.responsibleName, entry.responsibleRole, entry.responsibleEmail].filter(Boolean).join(', ') || 'Not given',
		],
		['Method statement', entry.methodStatement || 'Not given'],
	]
}

export type MatrixLineAnswersProps = {
	matrixId: number
	measure: { code: string; title: string; themeName: string; unit: string; proxyValuePence: number | null }
	rows: Array<[string, string]>
	/** Why the line cannot be changed now, and what the supplier can do about it. */
	reason: string
	comments: LineCommentView[]
}

/** One line of a matrix that can no longer be changed: its answers, read only. */
export function MatrixLineAnswers({ matrixId, measure, rows, reason, comments }: MatrixLineAnswersProps) {
	return (
		<>
			<BackLink href={`/matrices/${matrixId}`} text="Back to your matrix" />
			<DocumentTitle title={`${measure.code}: ${measure.title}`} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<span className="govuk-caption-l">{measure.themeName}</span>
					<h1 className="govuk-heading-l">
						{measure.code}: {measure.title}
					</h1>
					<InsetText>
						<p className="govuk-body">{reason}</p>
						<p className="govuk-body">
							Unit: {unitLabel(measure.unit)}. Social value: {describeProxyValue(measure.unit, measure.proxyValuePence)}
							.
						</p>
					</InsetText>
					<SummaryList
						rows={rows.map(([key, value]) => ({
							key: { text: key },
							value: { text: value, classes: 'app-preserve-lines' },
						}))}
					/>
					<LineComments comments={comments} />
				</div>
			</div>
		</>
	)
}

import { href } from 'react-router'
import { proxyValueIn, unitFor } from '#app/domain/toms/units.ts'
import { type Answer, answerRows } from './answer-rows.ts'
import { DocumentTitle } from './document-title.tsx'
import { BackLink } from './govuk/back-link.tsx'
import { InsetText } from './govuk/inset-text.tsx'
import { SummaryList } from './govuk/summary-list.tsx'
import { LineComments, type LineCommentView } from './line-comments.tsx'
import { useUnits } from './use-units.ts'

export type MatrixLineAnswersProps = {
	matrixId: number
	measure: { code: string; title: string; themeName: string; unit: string; proxyValuePence: number | null }
	rows: Answer[]
	/** Why the line cannot be changed now, and what the supplier can do about it. */
	reason: string
	comments: LineCommentView[]
}

/** One line of a matrix that can no longer be changed: its answers, read only. */
export function MatrixLineAnswers({ matrixId, measure, rows, reason, comments }: MatrixLineAnswersProps) {
	const unit = unitFor(useUnits(), measure.unit)
	return (
		<>
			<BackLink href={href('/matrices/:matrixId', { matrixId: String(matrixId) })} text="Back to your matrix" />
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
							Unit: {unit.name}. Social value: {proxyValueIn(unit, measure.proxyValuePence)}.
						</p>
					</InsetText>
					<SummaryList rows={answerRows(rows)} />
					<LineComments comments={comments} />
				</div>
			</div>
		</>
	)
}

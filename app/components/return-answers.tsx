import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { milestoneStatusLabels } from '#app/domain/returns/milestone-status.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { unitLabel } from '#app/domain/toms/format.ts'
import { SummaryList, type SummaryListAction } from './govuk/summary-list.tsx'

export type ReturnAnswer = {
	commitment: { id: number; measureCode: string; measureTitle: string; unit: string; qualitative: boolean }
	entry: ReturnLineEntry | null
	evidence: { id: number; fileName: string }[]
}

function row(key: string, value: string) {
	return { key: { text: key }, value: { text: value, classes: 'app-preserve-lines' } }
}

/** One commitment's answer in a return, as a summary card; with a Change link while it may change. */
export function ReturnAnswerCard({
	answer,
	changeHref,
	children,
}: {
	answer: ReturnAnswer
	changeHref?: string
	children?: React.ReactNode
}) {
	const { commitment, entry, evidence } = answer
	const actions: SummaryListAction[] = changeHref
		? [{ href: changeHref, text: 'Change', visuallyHiddenText: commitment.measureCode }]
		: []
	const delivered = commitment.qualitative
		? entry?.deliveredText || 'Not answered'
		: entry?.deliveredHundredths == null
			? 'Not answered'
			: `${formatQuantity(entry.deliveredHundredths)} ${unitLabel(commitment.unit)}`
	return (
		<div className="govuk-summary-card" id={`commitment-${commitment.id}`}>
			<div className="govuk-summary-card__title-wrapper">
				<h2 className="govuk-summary-card__title">
					{commitment.measureCode}: {commitment.measureTitle}
				</h2>
				{actions.length ? (
					<ul className="govuk-summary-card__actions">
						<li className="govuk-summary-card__action">
							<a className="govuk-link" href={changeHref}>
								Change<span className="govuk-visually-hidden"> {commitment.measureCode}</span>
							</a>
						</li>
					</ul>
				) : null}
			</div>
			<div className="govuk-summary-card__content">
				<SummaryList
					rows={[
						row('Delivered in the period', delivered),
						row('Milestones', entry?.milestoneStatus ? milestoneStatusLabels[entry.milestoneStatus] : 'Not answered'),
						row('What happened', entry?.narrative || 'Nothing written'),
						row('May be published', entry?.mayPublish ? 'Yes' : 'No'),
					]}
				/>
				<h3 className="govuk-heading-s">Evidence</h3>
				{evidence.length === 0 ? (
					<p className="govuk-body">No files.</p>
				) : (
					<ul className="govuk-list">
						{evidence.map((file) => (
							<li key={file.id}>
								<a className="govuk-link" href={`/evidence/${file.id}`}>
									{file.fileName}
								</a>
							</li>
						))}
					</ul>
				)}
				{children}
			</div>
		</div>
	)
}

import { href } from 'react-router'
import { milestoneStatusLabels } from '#app/domain/returns/milestone-status.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { quantityIn, unitFor, type UnitCatalogue } from '#app/domain/toms/units.ts'
import { type Answer, answerRows } from './answer-rows.ts'
import { SummaryCard, SummaryList } from './govuk/summary-list.tsx'
import { useUnits } from './use-units.ts'

export type ReturnAnswer = {
	commitment: { id: number; measureCode: string; measureTitle: string; unit: string; qualitative: boolean }
	entry: ReturnLineEntry | null
	evidence: { id: number; fileName: string }[]
}

/** What a return says about one commitment, question by question; what is left out says so. */
export function returnAnswerRows(
	{ commitment, entry }: Pick<ReturnAnswer, 'commitment' | 'entry'>,
	units: UnitCatalogue,
): Answer[] {
	const delivered = commitment.qualitative
		? entry?.deliveredText || 'Not answered'
		: entry?.deliveredHundredths == null
			? 'Not answered'
			: quantityIn(unitFor(units, commitment.unit), entry.deliveredHundredths)
	return [
		['Delivered in the period', delivered],
		['Milestones', entry?.milestoneStatus ? milestoneStatusLabels[entry.milestoneStatus] : 'Not answered'],
		['What happened', entry?.narrative || 'Nothing written'],
		['May be published', entry?.mayPublish ? 'Yes' : 'No'],
	]
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
	const { commitment, evidence } = answer
	const units = useUnits()
	return (
		<SummaryCard
			card={{
				title: { text: `${commitment.measureCode}: ${commitment.measureTitle}` },
				actions: changeHref ? { items: [{ href: changeHref, text: 'Change' }] } : undefined,
				attributes: { id: `commitment-${commitment.id}` },
			}}
		>
			<SummaryList rows={answerRows(returnAnswerRows(answer, units))} />
			<h3 className="govuk-heading-s">Evidence</h3>
			{evidence.length === 0 ? (
				<p className="govuk-body">No files.</p>
			) : (
				<ul className="govuk-list">
					{evidence.map((file) => (
						<li key={file.id}>
							<a className="govuk-link" href={href('/evidence/:evidenceId', { evidenceId: String(file.id) })}>
								{file.fileName}
							</a>
						</li>
					))}
				</ul>
			)}
			{children}
		</SummaryCard>
	)
}

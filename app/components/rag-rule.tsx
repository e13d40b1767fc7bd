import { ragLabels, ragMeanings, ragTagClasses, type RagThresholds } from '#app/domain/returns/progress.ts'
import { Tag } from './govuk/tag.tsx'

/**
 * What the RAG tags in the table beside it mean, from the thresholds they were decided by.
 * Give the table `aria-describedby={id}` so screen readers hear the rule with it.
 */
export function RagRule({ thresholds, id }: { thresholds: RagThresholds; id?: string }) {
	return (
		<div id={id}>
			<p className="govuk-body-s govuk-!-margin-bottom-1">
				Status compares what approved returns have delivered with what the milestones expect:
			</p>
			<ul className="govuk-list govuk-!-font-size-16">
				{ragMeanings(thresholds).map(({ status, meaning }) => (
					<li key={status}>
						<Tag text={ragLabels[status]} classes={ragTagClasses[status]} /> means {meaning}.
					</li>
				))}
			</ul>
		</div>
	)
}

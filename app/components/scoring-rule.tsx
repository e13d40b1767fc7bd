import { describeScoring, type ScoringTerms } from '#app/domain/matrix/scoring.ts'

/** How a tender's bids are scored, told to bidders before they submit. */
export function ScoringRule({ terms }: { terms: ScoringTerms }) {
	const rule = describeScoring(terms)
	return (
		<section aria-labelledby="scoring-rule">
			<h2 className="govuk-heading-m" id="scoring-rule">
				How bids are scored for social value
			</h2>
			<ul className="govuk-list govuk-list--bullet">
				<li>{rule.weighting}</li>
				<li>{rule.split}</li>
				<li>{rule.quantity}</li>
				<li>{rule.quality}</li>
				<li>{rule.formula}</li>
			</ul>
			<p className="govuk-body">{rule.example}</p>
		</section>
	)
}

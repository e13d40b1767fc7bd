import { describeProxyValue, unitLabel } from '#app/domain/toms/format.ts'
import type { MeasureContent } from '#app/domain/toms/content.ts'

export type PriorityName = { code: string; name: string }

/** The facts of one measure, as a summary list: shared by the public pages and the admin pages. */
export function MeasureDetails({ measure, priorities }: { measure: MeasureContent; priorities: PriorityName[] }) {
	const rows: Array<[string, React.ReactNode]> = [
		['Unit', unitLabel(measure.unit)],
		['Social value', describeProxyValue(measure.unit, measure.proxyValuePence)],
		['Guidance', measure.guidance || 'None given'],
		['Evidence of delivery', measure.evidenceGuidance || 'None given'],
		[
			'Council priorities',
			priorities.length === 0 ? (
				'None linked'
			) : (
				<ul className="govuk-list">
					{priorities.map((priority) => (
						<li key={priority.code}>{priority.name}</li>
					))}
				</ul>
			),
		],
	]
	return (
		<dl className="govuk-summary-list app-measure-details">
			{rows.map(([key, value]) => (
				<div className="govuk-summary-list__row" key={key}>
					<dt className="govuk-summary-list__key">{key}</dt>
					<dd className="govuk-summary-list__value app-preserve-lines">{value}</dd>
				</div>
			))}
		</dl>
	)
}

import { href } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import type { listAssessments } from '#app/lib/maturity.server.ts'
import { Hint } from '#app/components/govuk/hint.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'

export type AssessmentRow = ReturnType<typeof listAssessments>[number]

export const assessmentsHead: TableCell[] = [
	{ text: 'Assessment' },
	{ text: 'Date' },
	{ text: 'Areas rated' },
	{ children: <span className="govuk-visually-hidden">Action plan</span> },
]

/** One row per assessment: its name (leading to it) and who started it, its date, how many areas are rated, its plan. */
export function assessmentsRows(assessments: AssessmentRow[], areaCount: number): TableCell[][] {
	return assessments.map((assessment) => {
		const params = { assessmentId: String(assessment.id) }
		return [
			{
				children: (
					<>
						<a className="govuk-link" href={href('/admin/maturity/:assessmentId', params)}>
							{assessment.title}
						</a>
						<Hint classes="govuk-!-margin-bottom-0">Started by {assessment.createdBy}</Hint>
					</>
				),
			},
			{ text: formatCalendarDate(assessment.assessedOn) },
			{ text: `${assessment.areas} of ${areaCount}` },
			{
				children: (
					<a className="govuk-link" href={href('/admin/maturity/:assessmentId/plan', params)}>
						Action plan<span className="govuk-visually-hidden"> for {assessment.title}</span>
					</a>
				),
			},
		]
	})
}

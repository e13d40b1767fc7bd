import { formatCalendarDate } from '#app/domain/dates.ts'
import { maturityLevelLabels } from '#app/domain/maturity/levels.ts'
import { actionStatusLabels, type ActionStatus } from '#app/domain/maturity/plan.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { planWithProgress } from '#app/lib/maturity-plan.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { countOf } from '#app/domain/plural.ts'
import type { Route } from './+types/plan.ts'

const statusTagClasses: Record<ActionStatus, string> = {
	not_started: 'govuk-tag--grey',
	in_progress: 'govuk-tag--blue',
	done: 'govuk-tag--green',
}

export function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const plan = planWithProgress(parseId(params.assessmentId))
	if (!plan) throw new Response('Not found', { status: 404 })
	return plan
}

export default function MaturityPlan({ loaderData }: Route.ComponentProps) {
	const { assessment, hasLevels, areas } = loaderData
	return (
		<>
			<BackLink href={`/admin/maturity/${assessment.id}`} text="Back to the assessment" />
			<DocumentTitle title={`Action plan: ${assessment.title}`} />
			<NoticeBanner />
			<span className="govuk-caption-l">{assessment.title}</span>
			<h1 className="govuk-heading-l">Social Value Maturity Index action plan</h1>
			<p className="govuk-body">
				The council’s levels on {formatCalendarDate(assessment.assessedOn)}, the targets it set, and the actions between
				them.
			</p>
			{!hasLevels ? (
				<p className="govuk-body">
					<a className="govuk-link" href={`/admin/maturity/${assessment.id}`}>
						Choose the present and target levels
					</a>{' '}
					first: the plan follows from them.
				</p>
			) : (
				<>
					<p className="govuk-body app-no-print">
						To keep a copy, print this page or save it as a PDF. Download the plan as{' '}
						<a className="govuk-link" href={`/admin/maturity/${assessment.id}/plan/export/csv`}>
							CSV
						</a>{' '}
						or{' '}
						<a className="govuk-link" href={`/admin/maturity/${assessment.id}/plan/export/xlsx`}>
							Excel
						</a>
						.
					</p>
					<table className="govuk-table">
						<caption className="govuk-table__caption govuk-table__caption--m">Levels and progress</caption>
						<thead className="govuk-table__head">
							<tr className="govuk-table__row">
								<th scope="col" className="govuk-table__header">
									Area
								</th>
								<th scope="col" className="govuk-table__header">
									Present
								</th>
								<th scope="col" className="govuk-table__header">
									Target
								</th>
								<th scope="col" className="govuk-table__header">
									Actions done
								</th>
							</tr>
						</thead>
						<tbody className="govuk-table__body">
							{areas.map((area) => (
								<tr className="govuk-table__row" key={area.area}>
									<th scope="row" className="govuk-table__header">
										<a className="govuk-link" href={`#${area.area}`}>
											{area.name}
										</a>
									</th>
									<td className="govuk-table__cell">{maturityLevelLabels[area.present]}</td>
									<td className="govuk-table__cell">{maturityLevelLabels[area.target]}</td>
									<td className="govuk-table__cell">
										{area.progress.total === 0 ? 'None needed' : `${area.progress.done} of ${area.progress.total}`}
									</td>
								</tr>
							))}
						</tbody>
					</table>
					{areas.map((area) => (
						<section
							key={area.area}
							id={area.area}
							className="app-maturity-area"
							aria-labelledby={`${area.area}-heading`}
						>
							<h2 className="govuk-heading-m" id={`${area.area}-heading`}>
								{area.name}
							</h2>
							<p className="govuk-body">
								{maturityLevelLabels[area.present]} now; target {maturityLevelLabels[area.target].toLowerCase()}.{' '}
								{area.standing === 'at_target'
									? 'The area is at its target: no actions are needed.'
									: area.standing === 'above_target'
										? 'The area is above its target: no actions are planned.'
										: `${area.progress.done} of ${countOf(area.progress.total, 'action')} done, ${area.progress.inProgress} in progress.`}
							</p>
							{area.steps.map((step) => (
								<div key={step.level}>
									<h3 className="govuk-heading-s">To reach {maturityLevelLabels[step.level].toLowerCase()}</h3>
									{step.actions.length === 0 ? (
										<p className="govuk-body">No actions of its own at this level.</p>
									) : (
										<table className="govuk-table">
											<caption className="govuk-table__caption govuk-visually-hidden">
												{area.name}: actions to reach {maturityLevelLabels[step.level].toLowerCase()}
											</caption>
											<thead className="govuk-table__head">
												<tr className="govuk-table__row">
													<th scope="col" className="govuk-table__header govuk-!-width-one-half">
														Action
													</th>
													<th scope="col" className="govuk-table__header">
														Owner
													</th>
													<th scope="col" className="govuk-table__header">
														Due
													</th>
													<th scope="col" className="govuk-table__header">
														Status
													</th>
												</tr>
											</thead>
											<tbody className="govuk-table__body">
												{step.actions.map((action) => (
													<tr className="govuk-table__row" key={action.key}>
														<td className="govuk-table__cell">{action.text}</td>
														<td className="govuk-table__cell">{action.owner || 'Not assigned'}</td>
														<td className="govuk-table__cell">
															{action.dueDate ? formatCalendarDate(action.dueDate) : 'Not set'}
														</td>
														<td className="govuk-table__cell">
															<Tag text={actionStatusLabels[action.status]} classes={statusTagClasses[action.status]} />
														</td>
													</tr>
												))}
											</tbody>
										</table>
									)}
								</div>
							))}
							{area.progress.total > 0 ? (
								<p className="govuk-body app-no-print">
									<a className="govuk-link" href={`/admin/maturity/${assessment.id}/plan/${area.area}`}>
										Update owners, dates and statuses
										<span className="govuk-visually-hidden"> for {area.name.toLowerCase()}</span>
									</a>
								</p>
							) : null}
						</section>
					))}
				</>
			)}
		</>
	)
}

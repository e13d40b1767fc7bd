import { href } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { maturityLevelLabels } from '#app/domain/maturity/levels.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { planWithProgress } from '#app/lib/maturity-plan.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { countOf } from '#app/domain/plural.ts'
import { actionsHead, actionsRows, progressHead, progressRows } from './plan-tables.tsx'
import type { Route } from './+types/plan.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const plan = planWithProgress(admin.organisationId, parseId(params.assessmentId))
	if (!plan) throw new Response('Not found', { status: 404 })
	return plan
}

export default function MaturityPlan({ loaderData }: Route.ComponentProps) {
	const { assessment, hasLevels, areas } = loaderData
	const params = { assessmentId: String(assessment.id) }
	return (
		<>
			<BackLink href={href('/admin/maturity/:assessmentId', params)} text="Back to the assessment" />
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
					<a className="govuk-link" href={href('/admin/maturity/:assessmentId', params)}>
						Choose the present and target levels
					</a>{' '}
					first: the plan follows from them.
				</p>
			) : (
				<>
					<p className="govuk-body app-no-print">
						To keep a copy, print this page or save it as a PDF. Download the plan as{' '}
						<a
							className="govuk-link"
							href={href('/admin/maturity/:assessmentId/plan/export/:format', { ...params, format: 'csv' })}
						>
							CSV
						</a>{' '}
						or{' '}
						<a
							className="govuk-link"
							href={href('/admin/maturity/:assessmentId/plan/export/:format', { ...params, format: 'xlsx' })}
						>
							Excel
						</a>
						.
					</p>
					<Table
						caption="Levels and progress"
						captionClasses="govuk-table__caption--m"
						firstCellIsHeader
						head={progressHead}
						rows={progressRows(areas)}
					/>
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
										<Table
											caption={`${area.name}: actions to reach ${maturityLevelLabels[step.level].toLowerCase()}`}
											captionClasses="govuk-visually-hidden"
											head={actionsHead}
											rows={actionsRows(step.actions)}
										/>
									)}
								</div>
							))}
							{area.progress.total > 0 ? (
								<p className="govuk-body app-no-print">
									<a
										className="govuk-link"
										href={href('/admin/maturity/:assessmentId/plan/:area', { ...params, area: area.area })}
									>
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

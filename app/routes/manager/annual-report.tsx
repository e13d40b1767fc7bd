import { Form } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { countOf } from '#app/domain/plural.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { annualReport, annualReportFor } from '#app/lib/annual-report.server.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'
import { getCouncilName } from '#app/lib/settings.server.ts'
import { CommittedDeliveredChart } from '#app/components/charts.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { PriorityTotalsTable, TotalsTable } from '#app/components/totals-table.tsx'
import { shareOf } from '#app/components/totals-rows.ts'
import { Button } from '#app/components/govuk/button.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { exportHref, headlineHead, headlineRows } from './annual-report-rows.ts'
import type { Route } from './+types/annual-report.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const requested = new URL(request.url).searchParams.get('year')
	const now = Date.now()
	// A whole year's figures, the same for everyone until the database next changes.
	const councilId = user.organisationId
	const report = cachedRead(`annual-report:${councilId}:${requested ?? ''}:${toLondonDateTime(now).date}`, () =>
		annualReport(councilId, requested, now),
	)
	return { councilName: getCouncilName(councilId), ...annualReportFor(user, report) }
}

export default function AnnualReport({ loaderData }: Route.ComponentProps) {
	const {
		councilName,
		years,
		year,
		asOf,
		previousYear,
		totals,
		contractCount,
		returns,
		caseStudies: stories,
		caseStudyCount,
	} = loaderData
	const { overall } = totals
	return (
		<>
			<DocumentTitle title={`Social Value Report ${year.label}`} />
			<Form method="get" className="app-filter-form app-no-print">
				<Select
					id="year"
					name="year"
					label={{ text: 'Financial year', classes: 'govuk-label--s' }}
					value={year.key}
					items={years.map((y) => ({ value: y.key, text: y.label }))}
				/>
				<Button text="Show" classes="govuk-button--secondary" />
			</Form>
			<p className="govuk-body app-no-print">To save the report as a PDF, print this page and choose “Save as PDF”.</p>
			<span className="govuk-caption-xl">{councilName}</span>
			<h1 className="govuk-heading-xl">Social Value Report {year.label}</h1>
			<p className="govuk-body-l">
				In {year.label} our contracts committed {formatPounds(overall.committedPence)} of social value, and suppliers
				delivered {formatPounds(overall.deliveredPence)} ({shareOf(overall.deliveredPence, overall.committedPence)}).
			</p>
			<Table
				caption="Headline figures"
				captionClasses="govuk-table__caption--m"
				head={headlineHead(year.label, previousYear.label)}
				rows={headlineRows(overall, previousYear)}
				firstCellIsHeader
			/>
			<p className="govuk-body">
				Progress returns for periods in {year.label}, as at {formatCalendarDate(asOf)}: {returns.due} due so far, of
				which {returns.onTime} received on time, {returns.late} late and {returns.missing} not received.
				{returns.notYetDue > 0
					? ` ${returns.notYetDue} more ${returns.notYetDue === 1 ? 'is' : 'are'} not due yet (${returns.notYetDueReceived} already received).`
					: null}
			</p>
			<CommittedDeliveredChart
				id="report-theme-chart"
				title={`Social value delivered against committed, by theme, ${year.label}`}
				rows={totals.byTheme}
			/>
			<TotalsTable caption="Delivery by theme" first="Theme" rows={totals.byTheme} />
			<PriorityTotalsTable caption="Delivery by council priority" first="Priority" rows={totals.byPriority} />
			<TotalsTable caption="Delivery by contract" first="Contract" rows={totals.byContract} />
			{contractCount > totals.byContract.length ? (
				<p className="govuk-body">
					The {countOf(totals.byContract.length, 'contract')} with the most social value committed in {year.label}, of{' '}
					{contractCount}.{' '}
					<span className="app-no-print">
						Download all of them as{' '}
						<a className="govuk-link" href={exportHref('contracts', 'csv', year.key)}>
							CSV
						</a>{' '}
						or{' '}
						<a className="govuk-link" href={exportHref('contracts', 'xlsx', year.key)}>
							Excel
						</a>
						.
					</span>
				</p>
			) : null}
			<h2 className="govuk-heading-l">Case studies</h2>
			{stories.length === 0 ? (
				<p className="govuk-body">No supplier has yet agreed to publish an account of its work in {year.label}.</p>
			) : (
				<>
					{caseStudyCount > stories.length ? (
						<p className="govuk-body">
							{stories.length} of the {countOf(caseStudyCount, 'account')} suppliers agreed to publish for {year.label}:
							the most valuable from each contract in turn.{' '}
							<span className="app-no-print">
								Download all of them as{' '}
								<a className="govuk-link" href={exportHref('case-studies', 'csv', year.key)}>
									CSV
								</a>{' '}
								or{' '}
								<a className="govuk-link" href={exportHref('case-studies', 'xlsx', year.key)}>
									Excel
								</a>
								.
							</span>
						</p>
					) : null}
					{stories.map((story) => (
						<div className="app-case-study" key={story.id}>
							<h3 className="govuk-heading-s">
								{story.supplier}: {story.contract}
							</h3>
							<p className="govuk-body-s">
								{story.measure}, {story.period}
							</p>
							<p className="govuk-body app-preserve-lines">{story.narrative}</p>
						</div>
					))}
				</>
			)}
		</>
	)
}

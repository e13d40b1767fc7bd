import { formatDateTime } from '#app/domain/dates.ts'
import { pageOf } from '#app/domain/pagination.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { timeLeft } from '#app/domain/tenders/tender-state.ts'
import { countOpenOpportunities, openOpportunities } from '#app/lib/tenders.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { PageNavigation } from '#app/components/page-navigation.tsx'
import type { Route } from './+types/opportunities.ts'

const PAGE_SIZE = 25

export function loader({ request }: Route.LoaderArgs) {
	const now = Date.now()
	// A large council has a hundred tenders open at once: they are listed a page at a time.
	const page = pageOf(countOpenOpportunities(now), new URL(request.url).searchParams.get('tenders-page'), PAGE_SIZE)
	return { page, opportunities: openOpportunities(now, page).map((o) => ({ ...o, timeLeft: timeLeft(o.deadlineAt, now) })) }
}

export default function Opportunities({ loaderData }: Route.ComponentProps) {
	const { opportunities, page } = loaderData
	return (
		<>
			<DocumentTitle title="Opportunities" />
			<h1 className="govuk-heading-l">Opportunities</h1>
			<p className="govuk-body">
				Tenders open for bids, soonest deadline first. Each asks bidders to commit to social value against the
				measures listed on its page.
			</p>
			{opportunities.length === 0 ? (
				<p className="govuk-body">There are no open tenders at the moment.</p>
			) : (
				<>
					<table className="govuk-table" id="tenders-page">
						<caption className="govuk-table__caption govuk-visually-hidden">Open tenders</caption>
						<thead className="govuk-table__head">
							<tr className="govuk-table__row">
								<th scope="col" className="govuk-table__header">Tender</th>
								<th scope="col" className="govuk-table__header govuk-table__header--numeric">Estimated value</th>
								<th scope="col" className="govuk-table__header">Deadline</th>
								<th scope="col" className="govuk-table__header">Time left</th>
							</tr>
						</thead>
						<tbody className="govuk-table__body">
							{opportunities.map((o) => (
								<tr className="govuk-table__row" key={o.id}>
									<td className="govuk-table__cell">
										<a className="govuk-link" href={`/opportunities/${o.id}`}>
											{o.title}
										</a>
										<div className="govuk-hint govuk-!-margin-bottom-0">
											{o.reference}
											{o.amendments > 0 ? ` · amended ${o.amendments} ${o.amendments === 1 ? 'time' : 'times'}` : ''}
										</div>
									</td>
									<td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(o.estimatedValuePence)}</td>
									<td className="govuk-table__cell">{formatDateTime(o.deadlineAt)}</td>
									<td className="govuk-table__cell">{o.timeLeft}</td>
								</tr>
							))}
						</tbody>
					</table>
					<PageNavigation page={page} param="tenders-page" label="Pages of open tenders" />
				</>
			)}
		</>
	)
}

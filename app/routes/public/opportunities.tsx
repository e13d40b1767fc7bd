import { pageOf } from '#app/domain/pagination.ts'
import { timeLeft } from '#app/domain/tenders/tender-state.ts'
import { publicListing } from '#app/lib/councils.server.ts'
import { countOpenOpportunities, openOpportunities } from '#app/lib/tenders.server.ts'
import { CouncilFilter } from '#app/components/council-filter.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { PageNavigation } from '#app/components/page-navigation.tsx'
import { useCouncilPath } from '#app/components/use-council-path.ts'
import { opportunityHead, opportunityRows, withCouncilColumn } from './rows.tsx'
import type { Route } from './+types/opportunities.ts'

const PAGE_SIZE = 25

export function loader({ request, params }: Route.LoaderArgs) {
	const now = Date.now()
	const listing = publicListing(request, params)
	// A large council has a hundred tenders open at once: they are listed a page at a time.
	const page = pageOf(
		countOpenOpportunities(now, listing.councilId),
		new URL(request.url).searchParams.get('tenders-page'),
		PAGE_SIZE,
	)
	return {
		page,
		councilNames: listing.councilNames,
		filter: listing.filter,
		opportunities: openOpportunities(now, page, listing.councilId).map((o) => ({
			...o,
			timeLeft: timeLeft(o.deadlineAt, now),
		})),
	}
}

export default function Opportunities({ loaderData }: Route.ComponentProps) {
	const { opportunities, page, councilNames, filter } = loaderData
	const context = { path: useCouncilPath(), councilNames }
	return (
		<>
			<DocumentTitle title="Opportunities" />
			<h1 className="govuk-heading-l">Opportunities</h1>
			<p className="govuk-body">
				Tenders open for bids, soonest deadline first. Each asks bidders to commit to social value against the measures
				listed on its page.
			</p>
			{filter ? <CouncilFilter filter={filter} what="the tenders" /> : null}
			{opportunities.length === 0 ? (
				<p className="govuk-body">There are no open tenders at the moment.</p>
			) : (
				<>
					<Table
						attributes={{ id: 'tenders-page' }}
						caption="Open tenders"
						captionClasses="govuk-visually-hidden"
						head={withCouncilColumn(opportunityHead, context)}
						rows={opportunityRows(opportunities, context)}
					/>
					<PageNavigation page={page} param="tenders-page" label="Pages of open tenders" />
				</>
			)}
		</>
	)
}

import { href } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { loadAccount } from '#app/lib/account.server.ts'
import { supplierHome } from '#app/lib/supplier-home.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { bidHead, bidRows, contractHead, contractRows, toDoHead, toDoItems, toDoRows } from './home-items.ts'
import type { Route } from './+types/home.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['supplier'])
	const now = Date.now()
	const home = supplierHome(user.organisationId, now)
	return {
		organisationName: loadAccount(user).organisationName,
		now,
		toDo: toDoItems(home, now),
		bids: home.bids,
		contracts: home.contracts,
	}
}

export default function SupplierHome({ loaderData }: Route.ComponentProps) {
	const { organisationName, now, toDo, bids, contracts } = loaderData
	return (
		<>
			<DocumentTitle title="Home" />
			<NoticeBanner />
			<span className="govuk-caption-l">{organisationName}</span>
			<h1 className="govuk-heading-l">Home</h1>

			<h2 className="govuk-heading-m">To do now</h2>
			{toDo.length === 0 ? (
				<p className="govuk-body">
					You have nothing to do now. Find a tender to bid for in the{' '}
					<a className="govuk-link" href={href('/opportunities')}>
						opportunities open for bids
					</a>
					, or read{' '}
					<a className="govuk-link" href={href('/toms')}>
						the TOMs
					</a>{' '}
					to see what you could commit to.
				</p>
			) : (
				<Table
					caption="To do now, most urgent first"
					captionClasses="govuk-visually-hidden"
					head={toDoHead}
					rows={toDoRows(toDo)}
				/>
			)}

			<h2 className="govuk-heading-m">Your bids</h2>
			{bids.length === 0 ? (
				<p className="govuk-body">Your organisation has not started a social value matrix for any tender yet.</p>
			) : (
				<>
					<Table
						caption="Your bids, by state"
						captionClasses="govuk-visually-hidden"
						head={bidHead}
						rows={bidRows(bids)}
					/>
					<p className="govuk-body">
						<a className="govuk-link" href={href('/bids')}>
							See the next step for each bid
						</a>
					</p>
				</>
			)}

			<h2 className="govuk-heading-m">Your contracts</h2>
			{contracts.length === 0 ? (
				<p className="govuk-body">Your organisation has no contracts yet.</p>
			) : (
				<>
					<Table
						caption="Your contracts"
						captionClasses="govuk-visually-hidden"
						head={contractHead}
						rows={contractRows(contracts, now)}
					/>
					<p className="govuk-body">
						<a className="govuk-link" href={href('/your-contracts')}>
							See how each commitment is going
						</a>
					</p>
				</>
			)}
		</>
	)
}

import { href } from 'react-router'
import { councilPath } from '#app/domain/councils/council-path.ts'
import { countOf } from '#app/domain/plural.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { loadAccount } from '#app/lib/account.server.ts'
import { supplierHome } from '#app/lib/supplier-home.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import {
	bidHead,
	bidRows,
	contractHead,
	contractRows,
	toDoHead,
	toDoItems,
	toDoRows,
	type HomeBid,
	type HomeContract,
} from './home-items.ts'
import type { Route } from './+types/home.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['supplier'])
	const now = Date.now()
	const home = supplierHome(user.organisationId, now)
	return {
		organisationName: loadAccount(user).organisationName,
		now,
		toDo: toDoItems(home, now, home.councilNames),
		bids: home.bids,
		contracts: home.contracts,
		byCouncil: home.byCouncil,
		openByCouncil: home.openByCouncil,
	}
}

function NothingToDo() {
	return (
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
	)
}

/** The bids table; `council` names it apart from the other councils' tables on the same page. */
function BidsTable({ bids, council }: { bids: HomeBid[]; council?: string }) {
	return (
		<Table
			caption={council ? `Your bids with ${council}, by state` : 'Your bids, by state'}
			captionClasses="govuk-visually-hidden"
			head={bidHead}
			rows={bidRows(bids)}
		/>
	)
}

function ContractsTable({ contracts, now, council }: { contracts: HomeContract[]; now: number; council?: string }) {
	return (
		<Table
			caption={council ? `Your contracts with ${council}` : 'Your contracts'}
			captionClasses="govuk-visually-hidden"
			head={contractHead}
			rows={contractRows(contracts, now)}
		/>
	)
}

const NO_BIDS = 'Your organisation has not started a social value matrix for any tender yet.'
const NO_CONTRACTS = 'Your organisation has no contracts yet.'

const bidsLink = (
	<p className="govuk-body">
		<a className="govuk-link" href={href('/bids')}>
			See the next step for each bid
		</a>
	</p>
)

const contractsLink = (
	<p className="govuk-body">
		<a className="govuk-link" href={href('/your-contracts')}>
			See how each commitment is going
		</a>
	</p>
)

type Grouped = NonNullable<Route.ComponentProps['loaderData']['byCouncil']>
type Open = NonNullable<Route.ComponentProps['loaderData']['openByCouncil']>

/** With several councils: a section per council the supplier has something with, then each council's open tenders. */
function ByCouncil({ groups, open, now }: { groups: Grouped; open: Open; now: number }) {
	// One table of each kind needs no council in its name; several need telling apart.
	const name = (council: string) => (groups.length > 1 ? council : undefined)
	const anyBids = groups.some((group) => group.bids.length > 0)
	const anyContracts = groups.some((group) => group.contracts.length > 0)
	return (
		<>
			{groups.length === 0 ? (
				<>
					<h2 className="govuk-heading-m">Your bids</h2>
					<p className="govuk-body">{NO_BIDS}</p>
					<h2 className="govuk-heading-m">Your contracts</h2>
					<p className="govuk-body">{NO_CONTRACTS}</p>
				</>
			) : (
				groups.map((group) => (
					<section key={group.council.id} aria-labelledby={`council-${group.council.id}`}>
						<h2 className="govuk-heading-m" id={`council-${group.council.id}`}>
							{group.council.name}
						</h2>
						<h3 className="govuk-heading-s">Your bids</h3>
						{group.bids.length === 0 ? (
							<p className="govuk-body">{anyBids ? 'No bids with this council.' : NO_BIDS}</p>
						) : (
							<BidsTable bids={group.bids} council={name(group.council.name)} />
						)}
						<h3 className="govuk-heading-s">Your contracts</h3>
						{group.contracts.length === 0 ? (
							<p className="govuk-body">{anyContracts ? 'No contracts with this council.' : NO_CONTRACTS}</p>
						) : (
							<ContractsTable contracts={group.contracts} now={now} council={name(group.council.name)} />
						)}
					</section>
				))
			)}
			{anyBids ? bidsLink : null}
			{anyContracts ? contractsLink : null}
			<h2 className="govuk-heading-m">Open for bids</h2>
			{open.length === 0 ? (
				<p className="govuk-body">No council has a tender open for bids at the moment.</p>
			) : (
				<ul className="govuk-list">
					{open.map((council) => (
						<li key={council.slug}>
							<a className="govuk-link" href={councilPath(council.slug, '/opportunities')}>
								{council.name}
							</a>
							: {countOf(council.open, 'tender')} open for bids
						</li>
					))}
				</ul>
			)}
		</>
	)
}

export default function SupplierHome({ loaderData }: Route.ComponentProps) {
	const { organisationName, now, toDo, bids, contracts, byCouncil, openByCouncil } = loaderData
	return (
		<>
			<DocumentTitle title="Home" />
			<NoticeBanner />
			<span className="govuk-caption-l">{organisationName}</span>
			<h1 className="govuk-heading-l">Home</h1>

			<h2 className="govuk-heading-m">To do now</h2>
			{toDo.length === 0 ? (
				<NothingToDo />
			) : (
				<Table
					caption="To do now, most urgent first"
					captionClasses="govuk-visually-hidden"
					head={toDoHead}
					rows={toDoRows(toDo)}
				/>
			)}

			{byCouncil && openByCouncil ? (
				<ByCouncil groups={byCouncil} open={openByCouncil} now={now} />
			) : (
				<>
					<h2 className="govuk-heading-m">Your bids</h2>
					{bids.length === 0 ? (
						<p className="govuk-body">{NO_BIDS}</p>
					) : (
						<>
							<BidsTable bids={bids} />
							{bidsLink}
						</>
					)}

					<h2 className="govuk-heading-m">Your contracts</h2>
					{contracts.length === 0 ? (
						<p className="govuk-body">{NO_CONTRACTS}</p>
					) : (
						<>
							<ContractsTable contracts={contracts} now={now} />
							{contractsLink}
						</>
					)}
				</>
			)}
		</>
	)
}

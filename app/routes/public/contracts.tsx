import { href } from 'react-router'
import { pageOf } from '#app/domain/pagination.ts'
import { getUser } from '#app/lib/auth.server.ts'
import { countContracts, registerContracts } from '#app/lib/contracts.server.ts'
import { publicListing } from '#app/lib/councils.server.ts'
import { CouncilFilter } from '#app/components/council-filter.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { PageNavigation } from '#app/components/page-navigation.tsx'
import { useCouncilPath } from '#app/components/use-council-path.ts'
import { registerHead, registerRows, withCouncilColumn } from './rows.tsx'
import type { Route } from './+types/contracts.ts'

const PAGE_SIZE = 25

export function loader({ request, params }: Route.LoaderArgs) {
	const user = getUser(request)
	const url = new URL(request.url)
	const listing = publicListing(request, params)
	const mine = url.searchParams.get('show') === 'mine'
	const own =
		mine && user?.role === 'supplier'
			? { organisationId: user.organisationId }
			: mine && user?.role === 'contract_manager'
				? { contractManagerId: user.id }
				: {}
	const filter = { ...own, councilId: listing.councilId }
	// Staff tools belong with their own council's register, not with another council's.
	const council =
		(user?.role === 'admin' || user?.role === 'contract_manager') &&
		(listing.councilId === undefined || listing.councilId === user.organisationId)
	// A council awards hundreds of contracts over the years: the register is read a page at a time.
	const page = pageOf(countContracts(filter), url.searchParams.get('contracts-page'), PAGE_SIZE)
	const contracts = registerContracts(user, Date.now(), filter, page)
	return {
		contracts,
		page,
		canFilter: user?.role === 'supplier' || user?.role === 'contract_manager',
		mine,
		role: user?.role ?? null,
		council,
		councilNames: listing.councilNames,
		filter: listing.filter,
	}
}

export default function Contracts({ loaderData }: Route.ComponentProps) {
	const { contracts, page, canFilter, mine, role, council, councilNames, filter } = loaderData
	const path = useCouncilPath()
	const context = { path, councilNames }
	// The register as downloaded is the one on the page: one council's when one is chosen.
	const registerHref = (format: string) =>
		path(`/contracts/register/${format}`) + (filter?.chosen ? `?council=${encodeURIComponent(filter.chosen)}` : '')
	return (
		<>
			<DocumentTitle title="Contracts" />
			<h1 className="govuk-heading-l">Contracts</h1>
			{council ? (
				<Button href={href('/manage/contracts/new')} text="Record a contract" classes="govuk-button--secondary" />
			) : null}
			<p className="govuk-body">
				Awarded contracts and the social value each supplier committed to. Commitments are published when a contract is
				awarded.
			</p>
			{canFilter ? (
				<p className="govuk-body">
					{mine ? (
						<a className="govuk-link" href={path('/contracts')}>
							Show all contracts
						</a>
					) : (
						<a className="govuk-link" href={path('/contracts?show=mine')}>
							{role === 'supplier' ? 'Show only your organisation’s contracts' : 'Show only contracts you manage'}
						</a>
					)}
				</p>
			) : null}
			<p className="govuk-body">
				Download the register as{' '}
				<a className="govuk-link" href={registerHref('csv')} download>
					CSV
				</a>{' '}
				or{' '}
				<a className="govuk-link" href={registerHref('xlsx')} download>
					Excel (.xlsx)
				</a>
				.
			</p>
			{council ? (
				<p className="govuk-body">
					{role === 'admin' ? 'For every contract' : 'For the contracts you manage'}, download the commitments (
					<a className="govuk-link" href="/manage/exports/commitments/csv" download>
						CSV
					</a>
					,{' '}
					<a className="govuk-link" href="/manage/exports/commitments/xlsx" download>
						Excel
					</a>
					) or the delivery lines, one per commitment per period (
					<a className="govuk-link" href="/manage/exports/delivery/csv" download>
						CSV
					</a>
					,{' '}
					<a className="govuk-link" href="/manage/exports/delivery/xlsx" download>
						Excel
					</a>
					).
				</p>
			) : null}
			{filter ? <CouncilFilter filter={filter} what="the contracts" /> : null}
			{contracts.length === 0 ? (
				<p className="govuk-body">No contracts have been awarded yet.</p>
			) : (
				<>
					<Table
						attributes={{ id: 'contracts-page' }}
						caption="Awarded contracts"
						captionClasses="govuk-visually-hidden"
						head={withCouncilColumn(registerHead, context)}
						rows={registerRows(contracts, context)}
					/>
					<PageNavigation page={page} param="contracts-page" label="Pages of contracts" />
				</>
			)}
		</>
	)
}

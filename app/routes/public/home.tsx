import { href } from 'react-router'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { useRootData } from '#app/components/use-root-data.ts'
import { useCouncilPath } from '#app/components/use-council-path.ts'
import { councilPath } from '#app/domain/councils/council-path.ts'
import { homePathFor } from '#app/domain/roles.ts'
import { listCouncils, publicListingCouncil } from '#app/lib/councils.server.ts'
import type { Route } from './+types/home.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	// A host several councils share opens on the list of them; each has its own pages.
	const councils =
		publicListingCouncil(request, params) === null
			? listCouncils().map((council) => ({ name: council.name, href: councilPath(council.slug, '/') }))
			: null
	return { councils }
}

function CouncilList({ councils }: { councils: Array<{ name: string; href: string }> }) {
	return (
		<>
			<h2 className="govuk-heading-m">Councils using this service</h2>
			<p className="govuk-body">Each council publishes its own tenders, contracts and TOMs.</p>
			<ul className="govuk-list">
				{councils.map((council) => (
					<li key={council.href}>
						<a className="govuk-link" href={council.href}>
							{council.name}
						</a>
					</li>
				))}
			</ul>
		</>
	)
}

export default function Home({ loaderData }: Route.ComponentProps) {
	const root = useRootData()
	const path = useCouncilPath()
	const { councils } = loaderData
	const councilName = root?.councilName ?? 'The council'
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Home" />
			<div className="govuk-grid-column-two-thirds">
				{councils ? (
					<>
						<h1 className="govuk-heading-xl">Get social value from council contracts</h1>
						<p className="govuk-body-l">
							Use this service to commit to social value when you bid for a contract with one of the councils below, and
							to report what you have delivered.
						</p>
						<CouncilList councils={councils} />
					</>
				) : (
					<>
						<h1 className="govuk-heading-xl">Get social value from {councilName} contracts</h1>
						<p className="govuk-body-l">
							Use this service to commit to social value when you bid for a contract with {councilName}, and to report
							what you have delivered.
						</p>
					</>
				)}
				<p className="govuk-body">
					Social value is the extra good a contract does for local people, places and the environment: jobs and
					apprenticeships for local residents, spending with local small businesses and charities, volunteering, and
					cutting carbon.
				</p>
				<h2 className="govuk-heading-m">Who this service is for</h2>
				<ul className="govuk-list govuk-list--bullet">
					<li>
						suppliers of every size, from a charity bidding for its first contract to a national company, who bid for or
						deliver contracts for {councils ? 'these councils' : councilName}
					</li>
					<li>council contract managers who review bids and check that promises are kept</li>
					<li>the council&apos;s social value team, who set the measures and report on what has been delivered</li>
				</ul>
				<h2 className="govuk-heading-m">What you can do</h2>
				<ul className="govuk-list govuk-list--bullet">
					<li>
						read the council&apos;s{' '}
						<a className="govuk-link" href={path(href('/toms'))}>
							themes, outcomes and measures (TOMs)
						</a>
						, without signing in
					</li>
					<li>submit a social value matrix with your tender</li>
					<li>report progress on the commitments in your contract every half year</li>
				</ul>
				{root?.user ? (
					<Button text="Go to your home page" href={homePathFor(root.user.role)} isStartButton />
				) : (
					<>
						<Button text="Sign in" href={href('/sign-in')} isStartButton />
						<p className="govuk-body">
							New supplier?{' '}
							<a href={href('/register')} className="govuk-link">
								Register your organisation
							</a>
							. Or{' '}
							<a href={path(href('/opportunities'))} className="govuk-link">
								see the tenders open for bids
							</a>{' '}
							without signing in.
						</p>
					</>
				)}
			</div>
		</div>
	)
}

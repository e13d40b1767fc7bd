import { Form, href } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { listCouncils } from '#app/lib/councils.server.ts'
import { supplierContracts } from '#app/lib/supplier-dashboard.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { SummaryCard, SummaryList } from '#app/components/govuk/summary-list.tsx'
import { ContractProgressTable } from '#app/components/contract-progress.tsx'
import { contractSummaryRows } from './your-contracts-rows.tsx'
import type { Route } from './+types/your-contracts.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['supplier'])
	const councils = listCouncils()
	// Where the deployment serves several councils, each contract says whose it is.
	const councilName = new Map(councils.map((council) => [council.id, council.name]))
	return {
		contracts: supplierContracts(user.organisationId, Date.now()).map((contract) => ({
			...contract,
			council: councils.length > 1 ? (councilName.get(contract.councilId) ?? null) : null,
		})),
	}
}

export default function YourContracts({ loaderData }: Route.ComponentProps) {
	const { contracts } = loaderData
	return (
		<>
			<DocumentTitle title="Your contracts" />
			<h1 className="govuk-heading-l">Your contracts</h1>
			<p className="govuk-body">
				Contracts your organisation has won, how each commitment is going, and what is due next. For each reporting
				period, tell the council what you delivered against your social value commitments.
			</p>
			<div id="contracts" tabIndex={-1}>
				{contracts.length === 0 ? (
					<p className="govuk-body">Your organisation has no contracts yet.</p>
				) : (
					contracts.map((contract) => (
						<SummaryCard
							key={contract.id}
							card={{
								title: {
									text: contract.title,
									children: (
										<a
											className="govuk-link"
											href={href('/contracts/:contractId', { contractId: String(contract.id) })}
										>
											{contract.title}
										</a>
									),
								},
							}}
						>
							<SummaryList rows={contractSummaryRows(contract)} />
							{contract.progress ? <ContractProgressTable progress={contract.progress} /> : null}
							{contract.next && contract.next.returnId === null && contract.next.state !== 'upcoming' ? (
								<Form method="post" action={href('/returns/start/:periodId', { periodId: String(contract.next.id) })}>
									<Button text={`Start the ${contract.next.label} return`} />
								</Form>
							) : null}
						</SummaryCard>
					))
				)}
			</div>
		</>
	)
}

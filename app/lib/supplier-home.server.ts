import { groupByCouncil } from '#app/domain/councils/group-by-council.ts'
import { needsAction } from '#app/domain/returns/period-state.ts'
import { periodsOf } from './contract-progress.server.ts'
import { listCouncils } from './councils.server.ts'
import { organisationBids } from './supplier-bids.server.ts'
import { supplierContracts } from './supplier-dashboard.server.ts'
import { pendingInvitations } from './supplier-organisation.server.ts'
import { countOpenOpportunities } from './tenders.server.ts'

/**
 * Everything a supplier's home shows, for their own organisation only: its contracts with
 * the next return, every return waiting for it to act, every bid, and colleagues who have not
 * yet accepted an invitation. A handful of queries however many contracts and bids there are.
 *
 * Suppliers belong to the deployment, not to a council: where it serves several councils, the
 * bids and contracts come grouped by council too (only those the organisation has something
 * with), and each council's open tenders are counted.
 */
export function supplierHome(organisationId: number, now: number) {
	const contracts = supplierContracts(organisationId, now)
	const byId = new Map(contracts.map((contract) => [contract.id, contract]))
	const returnsToFile = periodsOf([...byId.keys()], now)
		.filter((period) => needsAction.has(period.state))
		.map((period) => ({
			periodId: period.id,
			label: period.label,
			dueDate: period.dueDate,
			state: period.state,
			returnId: period.returnId,
			contract: {
				id: period.contractId,
				title: byId.get(period.contractId)?.title ?? '',
				councilId: byId.get(period.contractId)?.councilId,
			},
		}))
	const bids = organisationBids(organisationId, now)
	const councils = listCouncils()
	const several = councils.length > 1
	return {
		returnsToFile,
		bids,
		contracts,
		invitations: pendingInvitations(organisationId),
		councilNames: several ? Object.fromEntries(councils.map((council) => [council.id, council.name])) : null,
		byCouncil: several ? groupByCouncil(councils, { bids, contracts }) : null,
		openByCouncil: several
			? councils
					.map(({ name, slug, id }) => ({ name, slug, open: countOpenOpportunities(now, id) }))
					.filter((council) => council.open > 0)
			: null,
	}
}

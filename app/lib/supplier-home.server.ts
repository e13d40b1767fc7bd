import { needsAction } from '#app/domain/returns/period-state.ts'
import { periodsOf } from './contract-progress.server.ts'
import { organisationBids } from './supplier-bids.server.ts'
import { supplierContracts } from './supplier-dashboard.server.ts'
import { pendingInvitations } from './supplier-organisation.server.ts'

/**
 * Everything a supplier's home shows, for their own organisation only: its contracts with
 * the next return, every return waiting for it to act, every bid, and colleagues who have not
 * yet accepted an invitation. A handful of queries however many contracts and bids there are.
 */
export function supplierHome(organisationId: number, now: number) {
	const contracts = supplierContracts(organisationId, now)
	const titles = new Map(contracts.map((contract) => [contract.id, contract.title]))
	const returnsToFile = periodsOf([...titles.keys()], now)
		.filter((period) => needsAction.has(period.state))
		.map((period) => ({
			periodId: period.id,
			label: period.label,
			dueDate: period.dueDate,
			state: period.state,
			returnId: period.returnId,
			contract: { id: period.contractId, title: titles.get(period.contractId) ?? '' },
		}))
	return {
		returnsToFile,
		bids: organisationBids(organisationId, now),
		contracts,
		invitations: pendingInvitations(organisationId),
	}
}

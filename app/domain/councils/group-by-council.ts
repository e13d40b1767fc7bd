/** A council the supplier has something with, and those things. */
export type CouncilGroup<B, C> = { council: { id: number; name: string; slug: string }; bids: B[]; contracts: C[] }

/**
 * The supplier's bids and contracts by council, in the deployment's order of councils, leaving
 * out the councils it has nothing with.
 */
export function groupByCouncil<B extends { tender: { councilId?: number } }, C extends { councilId?: number }>(
	councils: Array<{ id: number; name: string; slug: string }>,
	items: { bids: B[]; contracts: C[] },
): Array<CouncilGroup<B, C>> {
	return councils
		.map(({ id, name, slug }) => ({
			council: { id, name, slug },
			bids: items.bids.filter((bid) => bid.tender.councilId === id),
			contracts: items.contracts.filter((contract) => contract.councilId === id),
		}))
		.filter((group) => group.bids.length > 0 || group.contracts.length > 0)
}

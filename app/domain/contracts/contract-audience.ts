import type { UserRole } from '#db/schema.ts'

/** Who is asking: a signed-in person, or null for the public. */
export type Viewer = { id: number; role: UserRole; organisationId: number | null } | null

/** Whose a contract is: its council's, its contract manager's and its supplier's. */
export type ContractParties = { councilId: number; contractManagerId: number; organisationId: number }

/**
 * Who may see what of a contract: the council (its administrators, who see everything, and the
 * contract's own contract manager), its supplier's people, or the public, which sees the
 * published commitments only. Any other contract manager or supplier, and every officer of
 * another council, reads it as the public does.
 */
export type ContractAudience = 'public' | 'supplier' | 'council'

/** What stands in place of a figure its reader may not see, on a page or in a download. */
export const NOT_PUBLISHED = 'Not published'

export function contractAudience(viewer: Viewer, contract: ContractParties): ContractAudience {
	if (viewer === null) return 'public'
	const ownCouncil = viewer.role !== 'supplier' && viewer.organisationId === contract.councilId
	if (ownCouncil && (viewer.role === 'admin' || viewer.id === contract.contractManagerId)) return 'council'
	if (viewer.role === 'supplier' && viewer.organisationId === contract.organisationId) return 'supplier'
	return 'public'
}

/**
 * Whether `viewer` may see a contract's figures: its value, and the social value committed and
 * delivered, line by line and in total. Everyone may, unless the contract is commercially
 * sensitive; then only the council and the supplier it belongs to.
 */
export function maySeeContractFigures(
	viewer: Viewer,
	contract: ContractParties & { commerciallySensitive: boolean },
): boolean {
	return !contract.commerciallySensitive || contractAudience(viewer, contract) !== 'public'
}

import { behindPlan, type RagStatus } from './progress.ts'

/**
 * Which suppliers may need help: each contract with a commitment behind its milestones, the
 * contracts with most red commitments first, then most amber, then the furthest behind.
 */

export type CommitmentStanding = {
	measureCode: string
	measureTitle: string
	themeName: string
	rag: RagStatus
	progressBasisPoints: number | null
}
export type ContractInScope = { id: number; reference: string; title: string; organisationName: string }

export type StrugglingContract = {
	contractId: number
	contract: string
	supplier: string
	red: number
	amber: number
	/** The commitment furthest behind, and its progress against what is expected by now. */
	furthest: { commitment: string; rag: 'red' | 'amber'; progressBasisPoints: number | null }
}

export function strugglingContracts(
	contracts: ContractInScope[],
	standings: (contractId: number) => CommitmentStanding[],
	theme: string | null,
): StrugglingContract[] {
	const result: StrugglingContract[] = []
	for (const contract of contracts) {
		const rows = standings(contract.id).filter(
			(row) => behindPlan(row.rag) && (theme === null || row.themeName === theme),
		) as (CommitmentStanding & { rag: 'red' | 'amber' })[]
		if (rows.length === 0) continue
		const furthest = rows.reduce((worst, row) =>
			(row.progressBasisPoints ?? 0) < (worst.progressBasisPoints ?? 0) ? row : worst,
		)
		result.push({
			contractId: contract.id,
			contract: `${contract.reference} · ${contract.title}`,
			supplier: contract.organisationName,
			red: rows.filter((row) => row.rag === 'red').length,
			amber: rows.filter((row) => row.rag === 'amber').length,
			furthest: {
				commitment: `${furthest.measureCode}: ${furthest.measureTitle}`,
				rag: furthest.rag,
				progressBasisPoints: furthest.progressBasisPoints,
			},
		})
	}
	return result.sort(
		(a, b) =>
			b.red - a.red ||
			b.amber - a.amber ||
			(a.furthest.progressBasisPoints ?? 0) - (b.furthest.progressBasisPoints ?? 0) ||
			a.contract.localeCompare(b.contract),
	)
}

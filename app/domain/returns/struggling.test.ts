import { expect, test } from 'vitest'
import type { RagStatus } from './progress.ts'
import { strugglingContracts, type CommitmentStanding } from './struggling.ts'

const contract = (id: number) => ({
	id,
	reference: `C/${id}`,
	title: `Contract ${id}`,
	organisationName: `Supplier ${id}`,
})
const standing = (
	code: string,
	rag: RagStatus,
	progressBasisPoints: number | null,
	themeName = 'Jobs',
): CommitmentStanding => ({ measureCode: code, measureTitle: `Measure ${code}`, themeName, rag, progressBasisPoints })

const standings = new Map<number, CommitmentStanding[]>([
	[1, [standing('A', 'green', 10_000), standing('B', 'amber', 8_000)]],
	[2, [standing('A', 'red', 4_000), standing('B', 'amber', 7_500, 'Environment'), standing('C', 'red', 2_500)]],
	[3, [standing('A', 'green', 12_000), standing('B', 'not_due', null)]],
	[4, [standing('A', 'red', 6_000, 'Environment')]],
	[5, [standing('A', 'amber', 7_000)]],
])
const all = [1, 2, 3, 4, 5].map(contract)
const lookup = (id: number) => standings.get(id) ?? []

test('contracts with red commitments come first, then more amber, then the furthest behind; contracts on track are left out', () => {
	const rows = strugglingContracts(all, lookup, null)
	expect(rows.map((row) => [row.contractId, row.red, row.amber])).toEqual([
		[2, 2, 1],
		[4, 1, 0],
		[5, 0, 1],
		[1, 0, 1],
	])
	expect(rows[0]).toEqual({
		contractId: 2,
		contract: 'C/2 · Contract 2',
		supplier: 'Supplier 2',
		red: 2,
		amber: 1,
		furthest: { commitment: 'C: Measure C', rag: 'red', progressBasisPoints: 2_500 },
	})
})

test('a theme filter counts only that theme’s commitments', () => {
	const rows = strugglingContracts(all, lookup, 'Environment')
	expect(rows.map((row) => [row.contractId, row.red, row.amber])).toEqual([
		[4, 1, 0],
		[2, 0, 1],
	])
})

import { expect, test } from 'vitest'
import { groupByCouncil } from './group-by-council.ts'

const councils = [
	{ id: 1, name: 'Northshire Council', slug: 'northshire' },
	{ id: 2, name: 'Dale Council', slug: 'dale' },
	{ id: 3, name: 'Quiet Council', slug: 'quiet' },
]

test('bids and contracts group under their council, in the deployment’s order, leaving out councils with nothing', () => {
	const groups = groupByCouncil(councils, {
		bids: [
			{ id: 'b1', tender: { councilId: 2 } },
			{ id: 'b2', tender: { councilId: 1 } },
		],
		contracts: [{ id: 'c1', councilId: 2 }],
	})
	expect(
		groups.map((group) => [group.council.slug, group.bids.map((b) => b.id), group.contracts.map((c) => c.id)]),
	).toEqual([
		['northshire', ['b2'], []],
		['dale', ['b1'], ['c1']],
	])
	expect(groupByCouncil(councils, { bids: [], contracts: [] })).toEqual([])
})

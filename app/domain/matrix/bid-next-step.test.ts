import { describe, expect, test } from 'vitest'
import { bidNextStep, orderBids, type Bid } from './bid-next-step.ts'

const deadlineAt = Date.UTC(2027, 4, 14, 11)
const before = deadlineAt - 1
const after = deadlineAt + 1

function bid(overrides: Partial<Bid> = {}): Bid {
	return {
		matrixId: 7,
		status: 'draft',
		withdrawn: false,
		clarificationDueAt: null,
		tender: { status: 'published', deadlineAt },
		contractId: null,
		...overrides,
	}
}

describe('the next step for each state of a bid', () => {
	test('a draft before the deadline: continue it, by the deadline', () => {
		expect(bidNextStep(bid(), before)).toEqual({
			link: { text: 'Continue your matrix', to: { matrixId: 7 } },
			note: null,
			toDo: true,
			dueBy: deadlineAt,
		})
	})

	test('a withdrawn draft: continue it, and it says it must be submitted again', () => {
		expect(bidNextStep(bid({ withdrawn: true }), before)).toMatchObject({
			link: { text: 'Continue your matrix' },
			note: 'You withdrew it: submit it again before the deadline',
			toDo: true,
		})
	})

	test('a draft after the deadline: nothing to do, it was never submitted', () => {
		expect(bidNextStep(bid(), deadlineAt)).toEqual({
			link: { text: 'View your matrix', to: { matrixId: 7 } },
			note: 'Not submitted: the deadline has passed',
			toDo: false,
			dueBy: null,
		})
	})

	test('submitted before the deadline: it may be withdrawn; after it, the council decides', () => {
		expect(bidNextStep(bid({ status: 'submitted' }), before)).toMatchObject({
			link: { text: 'View or withdraw your matrix' },
			note: 'You can withdraw it to change it until the deadline',
			toDo: false,
		})
		expect(bidNextStep(bid({ status: 'submitted' }), after)).toMatchObject({
			link: { text: 'View your matrix' },
			note: 'Waiting for the council’s decision',
			toDo: false,
		})
	})

	test.each(['under_review', 'resubmitted'] as const)('%s: waiting for the council', (status) => {
		expect(bidNextStep(bid({ status }), after)).toMatchObject({
			link: { text: 'View your matrix' },
			note: 'Waiting for the council’s decision',
			toDo: false,
		})
	})

	test('changes requested: make them by the date given; once it has passed, wait', () => {
		const clarificationDueAt = after + 10 * 86_400_000
		const changes = bid({ status: 'changes_requested', clarificationDueAt })
		expect(bidNextStep(changes, after)).toEqual({
			link: { text: 'Make the changes asked for', to: { matrixId: 7 } },
			note: null,
			toDo: true,
			dueBy: clarificationDueAt,
		})
		expect(bidNextStep(changes, clarificationDueAt)).toMatchObject({
			link: { text: 'View your matrix' },
			note: 'The time for changes has ended: waiting for the council’s decision',
			toDo: false,
		})
		expect(bidNextStep(bid({ status: 'changes_requested', clarificationDueAt: null }), after)).toMatchObject({
			link: { text: 'Make the changes asked for' },
			toDo: true,
			dueBy: null,
		})
	})

	test('approved, rejected and not awarded: nothing to do', () => {
		expect(bidNextStep(bid({ status: 'approved' }), after).note).toBe(
			'Approved: waiting for the council to award the contract',
		)
		expect(bidNextStep(bid({ status: 'rejected' }), after).note).toBe(
			'The council rejected this matrix: its reason is on the matrix',
		)
		expect(bidNextStep(bid({ status: 'not_awarded' }), after).note).toBe('The contract was awarded to another bidder')
	})

	test('awarded: go to the contract', () => {
		expect(bidNextStep(bid({ status: 'awarded', contractId: 3 }), after)).toEqual({
			link: { text: 'Go to your contract', to: { contractId: 3 } },
			note: 'You won this contract',
			toDo: false,
			dueBy: null,
		})
	})

	test('a cancelled tender leaves nothing to do, whatever state the matrix was in', () => {
		for (const status of ['draft', 'submitted', 'changes_requested'] as const) {
			expect(bidNextStep(bid({ status, tender: { status: 'cancelled', deadlineAt } }), before)).toMatchObject({
				note: 'The council cancelled this tender',
				toDo: false,
			})
		}
	})
})

test('bids with something to do come first, soonest due first; then the latest tenders', () => {
	const soon = after + 86_400_000
	const bids = [
		bid({ matrixId: 1, status: 'rejected', tender: { status: 'published', deadlineAt: deadlineAt - 100 } }),
		bid({ matrixId: 2, status: 'awarded', tender: { status: 'published', deadlineAt: deadlineAt - 50 } }),
		bid({ matrixId: 3, status: 'draft', tender: { status: 'published', deadlineAt: soon + 86_400_000 } }),
		bid({ matrixId: 4, status: 'changes_requested', clarificationDueAt: soon }),
		bid({ matrixId: 5, status: 'changes_requested', clarificationDueAt: null }),
	]
	expect(orderBids(bids, after).map((b) => b.matrixId)).toEqual([4, 3, 5, 2, 1])
})

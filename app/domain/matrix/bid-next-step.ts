import type { TenderStatus } from '#db/schema.ts'
import { tenderState } from '../tenders/tender-state.ts'
import { clarificationOpen } from './clarification.ts'
import type { MatrixStatus } from './matrix-state.ts'

/** One of an organisation's matrices, as its list of bids needs it. */
export type Bid = {
	matrixId: number
	status: MatrixStatus
	/** A draft that was submitted once and taken back: it is no longer in the running. */
	withdrawn: boolean
	clarificationDueAt: number | null
	tender: { status: TenderStatus; deadlineAt: number }
	contractId: number | null
}

/** The page where a step is taken: the bid's matrix, or the contract it won. */
export type NextStepPage = { matrixId: number } | { contractId: number }

export type NextStep = {
	/** The page where the supplier takes the step, and the words of the link to it. */
	link: { text: string; to: NextStepPage }
	/** Why there is nothing to do, or what to bear in mind; null when the link says it all. */
	note: string | null
	/** Whether the supplier has something to do. */
	toDo: boolean
	/** When it must be done by, if there is a date. */
	dueBy: number | null
}

/** What a supplier's next step on one bid is at `now`, with the page where they take it. */
export function bidNextStep(bid: Bid, now: number): NextStep {
	const matrixPage = { matrixId: bid.matrixId }
	const view = (note: string): NextStep => ({
		link: { text: 'View your matrix', to: matrixPage },
		note,
		toDo: false,
		dueBy: null,
	})
	const act = (text: string, note: string | null, dueBy: number | null): NextStep => ({
		link: { text, to: matrixPage },
		note,
		toDo: true,
		dueBy,
	})
	const state = tenderState(bid.tender, now)
	if (state === 'cancelled') return view('The council cancelled this tender')
	switch (bid.status) {
		case 'draft':
			if (state !== 'open') return view('Not submitted: the deadline has passed')
			return act(
				'Continue your matrix',
				bid.withdrawn ? 'You withdrew it: submit it again before the deadline' : null,
				bid.tender.deadlineAt,
			)
		case 'submitted':
			if (state === 'open')
				return {
					link: { text: 'View or withdraw your matrix', to: matrixPage },
					note: 'You can withdraw it to change it until the deadline',
					toDo: false,
					dueBy: null,
				}
			return view('Waiting for the council’s decision')
		case 'under_review':
		case 'resubmitted':
			return view('Waiting for the council’s decision')
		case 'changes_requested':
			return clarificationOpen(bid.clarificationDueAt, now)
				? act('Make the changes asked for', null, bid.clarificationDueAt)
				: view('The time for changes has ended: waiting for the council’s decision')
		case 'approved':
			return view('Approved: waiting for the council to award the contract')
		case 'rejected':
			return view('The council rejected this matrix: its reason is on the matrix')
		case 'awarded':
			return bid.contractId === null
				? view('You won this contract')
				: {
						link: { text: 'Go to your contract', to: { contractId: bid.contractId } },
						note: 'You won this contract',
						toDo: false,
						dueBy: null,
					}
		case 'not_awarded':
			return view('The contract was awarded to another bidder')
	}
}

/**
 * The bids with something to do first, soonest due first; then the rest, latest tender
 * deadline first.
 */
export function orderBids<T extends Bid>(bids: T[], now: number): Array<T & { next: NextStep }> {
	const due = (step: NextStep) => step.dueBy ?? Number.POSITIVE_INFINITY
	return bids
		.map((bid) => ({ ...bid, next: bidNextStep(bid, now) }))
		.sort((a, b) => {
			if (a.next.toDo !== b.next.toDo) return a.next.toDo ? -1 : 1
			if (a.next.toDo && due(a.next) !== due(b.next)) return due(a.next) - due(b.next)
			return b.tender.deadlineAt - a.tender.deadlineAt || b.matrixId - a.matrixId
		})
}

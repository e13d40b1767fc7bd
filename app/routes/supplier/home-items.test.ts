import { expect, test } from 'vitest'
import { bidNextStep } from '#app/domain/matrix/bid-next-step.ts'
import type { MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { tableText } from '#tests/table-text.tsx'
import {
	type HomeBid,
	type HomeContract,
	type ReturnToFile,
	bidHead,
	bidRows,
	contractHead,
	contractRows,
	toDoHead,
	toDoItems,
	toDoRows,
} from './home-items.ts'

// 5 November 2027, 9am in London.
const now = Date.parse('2027-11-05T09:00:00Z')
const day = 86_400_000

function period(periodId: number, state: ReturnToFile['state'], dueDate: string, returnId: number | null = null) {
	return {
		periodId,
		label: `H${periodId} 2027/28`,
		dueDate,
		state,
		returnId,
		contract: { id: periodId * 10, title: `Contract ${periodId}` },
	}
}

function bid(
	matrixId: number,
	status: MatrixStatus,
	deadlineAt: number,
	options: { withdrawn?: boolean; clarificationDueAt?: number } = {},
): HomeBid {
	const base = {
		matrixId,
		status,
		withdrawn: options.withdrawn ?? false,
		clarificationDueAt: options.clarificationDueAt ?? null,
		contractId: null,
		tender: {
			id: matrixId * 100,
			title: `Tender ${matrixId}`,
			reference: `T-${matrixId}`,
			status: 'published' as const,
			deadlineAt,
		},
	}
	return { ...base, next: bidNextStep(base, now) }
}

test('the to-do list puts returns first (overdue, then soonest due), then changes asked for, drafts and invitations', () => {
	const items = toDoItems(
		{
			returnsToFile: [
				period(1, 'due', '2027-11-20'),
				period(2, 'returned', '2027-10-30', 22),
				period(3, 'overdue', '2027-10-30', 33),
				period(4, 'overdue', '2027-10-01'),
			],
			bids: [
				bid(5, 'draft', now + 3 * day),
				bid(6, 'submitted', now + 3 * day),
				bid(7, 'changes_requested', now - 10 * day, { clarificationDueAt: now + day }),
				bid(8, 'draft', now + 20 * day, { withdrawn: true }),
			],
			invitations: [{ id: 9, name: 'Sam', email: 'sam@a.example', invitedAt: now - 2 * day }],
		},
		now,
	)
	expect(items.map((item) => [item.action, item.href, item.due])).toEqual([
		['Start the H4 2027/28 return', '/returns/start/4', '1 October 2027: 35 days late'],
		['Finish the H3 2027/28 return', '/returns/33', '30 October 2027: 6 days late'],
		['Start the H1 2027/28 return', '/returns/start/1', '20 November 2027: 15 days to go'],
		['Make the changes to the H2 2027/28 return', '/returns/22', 'Sent back by the council'],
		['Make the changes asked for', '/matrices/7', 'Changes due by 6 November 2027 at 9:00am: Due tomorrow'],
		['Continue your matrix', '/matrices/5', 'Tender closes 8 November 2027 at 9:00am: 3 days to go'],
		['Continue your matrix', '/matrices/8', 'Tender closes 25 November 2027 at 9:00am: 20 days to go'],
		['Ask Sam to accept your invitation', '/organisation', 'Invited 3 November 2027'],
	])
	expect(tableText(toDoHead, toDoRows(items.slice(0, 1)))).toEqual([
		['What to do', 'Status', 'Due'],
		['Start the H4 2027/28 return for Contract 4 Contract 4', 'Overdue', '1 October 2027: 35 days late'],
	])
})

test('a tender closing at midnight is due on the day that ends', () => {
	// Midnight at the end of 5 November, UK time (GMT).
	const [item] = toDoItems(
		{ returnsToFile: [], bids: [bid(1, 'draft', Date.parse('2027-11-06T00:00:00Z'))], invitations: [] },
		now,
	)
	expect(item?.due).toBe('Tender closes 5 November 2027 at midnight: Due today')
})

test('nothing to do gives an empty list', () => {
	expect(toDoItems({ returnsToFile: [], bids: [bid(1, 'submitted', now + day)], invitations: [] }, now)).toEqual([])
})

test('every bid is listed by state and linked to its matrix, a withdrawn draft apart from a fresh one', () => {
	const rows = bidRows([
		bid(1, 'awarded', now - 90 * day),
		bid(2, 'submitted', now + day),
		bid(3, 'draft', now + day, { withdrawn: true }),
		bid(4, 'draft', now + 2 * day),
		bid(5, 'rejected', now - 30 * day),
		bid(6, 'changes_requested', now - 5 * day, { clarificationDueAt: now + day }),
	])
	expect(tableText(bidHead, rows).map((row) => row.slice(0, 2))).toEqual([
		['Tender', 'State'],
		['Tender 4 T-4', 'Draft'],
		['Tender 3 T-3', 'Withdrawn'],
		['Tender 6 T-6', 'Changes requested'],
		['Tender 2 T-2', 'Submitted'],
		['Tender 1 T-1', 'Awarded'],
		['Tender 5 T-5', 'Rejected'],
	])
	expect(rows[0]?.[0]?.html).toContain('href="/matrices/4"')
})

test('each contract is one line: committed, delivered so far and the next return, linked once it can be filed', () => {
	const contract = (id: number, next: HomeContract['next']): HomeContract => ({
		id,
		title: `Contract ${id}`,
		reference: `C-${id}`,
		committedPence: 3_386_00,
		progress: { deliveredPence: 169_30 },
		next,
	})
	const rows = contractRows(
		[
			contract(1, { id: 11, label: 'H2 2027/28', dueDate: '2028-04-30', state: 'upcoming', returnId: null }),
			contract(2, { id: 21, label: 'H1 2027/28', dueDate: '2027-10-30', state: 'overdue', returnId: null }),
			contract(3, null),
		],
		now,
	)
	expect(tableText(contractHead, rows)).toEqual([
		['Contract', 'Social value committed', 'Delivered so far', 'Next return'],
		['Contract 1 C-1', '£3,386.00', '£169.30', 'H2 2027/28, due 30 April 2028: 177 days to go'],
		[
			'Contract 2 C-2',
			'£3,386.00',
			'£169.30',
			'H1 2027/28, due 30 October 2027: 6 days late Start the H1 2027/28 return for Contract 2',
		],
		['Contract 3 C-3', '£3,386.00', '£169.30', 'None: every return is in'],
	])
	expect(rows[0]?.[0]?.html).toContain('href="/contracts/1"')
	expect(rows[1]?.[3]?.html).toContain('href="/returns/start/21"')
})

test('with several councils, each thing to do names the council it is for', () => {
	const items = toDoItems(
		{
			returnsToFile: [{ ...period(1, 'due', '2027-11-20'), contract: { id: 10, title: 'Contract 1', councilId: 2 } }],
			bids: [{ ...bid(5, 'draft', now + 3 * day), tender: { ...bid(5, 'draft', now + 3 * day).tender, councilId: 1 } }],
			invitations: [],
		},
		now,
		{ 1: 'Northshire Council', 2: 'Dale Council' },
	)
	expect(items.map((item) => item.council)).toEqual(['Dale Council', 'Northshire Council'])
	expect(tableText(toDoHead, toDoRows(items))[1]![0]).toContain('Contract 1, Dale Council')
	// With one council, nothing is named: the rows read as they always did.
	expect(
		toDoItems({ returnsToFile: [period(1, 'due', '2027-11-20')], bids: [], invitations: [] }, now)[0],
	).not.toHaveProperty('council')
})

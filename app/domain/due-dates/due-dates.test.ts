import { expect, test } from 'vitest'
import {
	byMonth,
	changesState,
	compareDueDates,
	deadlineDate,
	dueDateFiltersFrom,
	dueDateSummary,
	dueDateTiming,
	dueDateUid,
	filterChoices,
	filterDueDates,
	firstComingIndex,
	type DueDate,
} from './due-dates.ts'

const now = Date.UTC(2027, 3, 20, 9, 0) // 20 April 2027, 10am in London
const council = { id: 1, name: 'Testshire Council' }

function aReturn(periodId: number, date: string, overrides: Partial<DueDate & { kind: 'return' }> = {}): DueDate {
	return {
		kind: 'return',
		periodId,
		label: 'H2 2026/27',
		date,
		state: 'due',
		returnId: null,
		contract: { id: 1, reference: 'C-001', title: 'Library cleaning' },
		supplier: { id: 10, name: 'Acme Ltd' },
		council,
		...overrides,
	}
}

function aTender(id: number, deadlineAt: number, state: DueDate['state'] = 'open'): DueDate {
	return {
		kind: 'tender',
		tender: { id, reference: `T-00${id}`, title: 'Park keeping' },
		deadlineAt,
		date: deadlineDate(deadlineAt),
		state,
		matrixId: null,
		council,
	}
}

function changes(matrixId: number, deadlineAt: number, supplierId = 10): DueDate {
	return {
		kind: 'changes',
		matrixId,
		tender: { id: 1, reference: 'T-001', title: 'Library cleaning' },
		supplier: { id: supplierId, name: { 10: 'Acme Ltd', 11: 'Bravo' }[supplierId] ?? 'Cobalt' },
		deadlineAt,
		date: deadlineDate(deadlineAt),
		state: changesState(deadlineAt, now),
		council,
	}
}

test('a tender deadline falls on its UK date: 11:30pm UTC in summer is the next day in London', () => {
	expect(deadlineDate(Date.UTC(2027, 5, 30, 23, 30))).toBe('2027-07-01')
	expect(deadlineDate(Date.UTC(2027, 11, 31, 23, 30))).toBe('2027-12-31')
})

test('due dates run earliest first, returns before tenders on the same day', () => {
	const tender = aTender(1, Date.UTC(2027, 3, 30, 11, 0))
	const sorted = [tender, aReturn(2, '2027-04-30'), aReturn(1, '2027-04-30'), aReturn(3, '2027-01-31')].sort(
		compareDueDates,
	)
	expect(sorted.map(dueDateUid)).toEqual(['period-3', 'period-1', 'period-2', 'tender-1'])
})

test('on the same day, what has a time runs by its time, a tender deadline before changes due at the same moment', () => {
	const noon = Date.UTC(2027, 3, 30, 11, 0)
	const sorted = [
		changes(7, noon),
		changes(5, Date.UTC(2027, 3, 30, 22, 59)),
		aTender(2, Date.UTC(2027, 3, 30, 15, 0)),
		aReturn(1, '2027-04-30'),
		changes(3, noon),
		aTender(1, noon),
		changes(9, Date.UTC(2027, 3, 29, 22, 59)),
	].sort(compareDueDates)
	expect(sorted.map(dueDateUid)).toEqual([
		'matrix-changes-9',
		'period-1',
		'tender-1',
		'matrix-changes-3',
		'matrix-changes-7',
		'tender-2',
		'matrix-changes-5',
	])
})

test('changes asked of a matrix are the supplier’s to make until their time ends, then the council’s to decide', () => {
	expect(changesState(now + 1, now)).toBe('changes_requested')
	expect(changesState(now, now)).toBe('changes_ended')
	expect(changesState(now - 86_400_000, now)).toBe('changes_ended')
})

test('what is still to do says its days to go or late, or a tender its time left; what is done counts none', () => {
	expect(dueDateTiming(aReturn(1, '2027-05-02'), now)).toBe('12 days to go')
	expect(dueDateTiming(aReturn(1, '2027-04-19', { state: 'overdue' }), now)).toBe('1 day late')
	expect(dueDateTiming(aReturn(1, '2027-03-01', { state: 'returned' }), now)).toBe('50 days late')
	expect(dueDateTiming(aReturn(1, '2027-03-01', { state: 'approved' }), now)).toBeNull()
	expect(dueDateTiming(aReturn(1, '2027-04-19', { state: 'submitted' }), now)).toBeNull()
	expect(dueDateTiming(aTender(1, Date.UTC(2027, 3, 20, 11, 0)), now)).toBe('2 hours left')
	expect(dueDateTiming(aTender(1, Date.UTC(2027, 3, 23, 11, 0)), now)).toBe('3 days left')
	expect(dueDateTiming(aTender(1, Date.UTC(2027, 3, 1), 'closed'), now)).toBeNull()
	expect(dueDateTiming(changes(1, Date.UTC(2027, 3, 20, 14, 0)), now)).toBe('5 hours left')
	expect(dueDateTiming(changes(1, Date.UTC(2027, 3, 22, 22, 59)), now)).toBe('2 days left')
	expect(dueDateTiming(changes(1, Date.UTC(2027, 3, 19, 22, 59)), now)).toBeNull()
})

test('each due date is summed up in a line that names what is due', () => {
	expect(dueDateSummary(aReturn(1, '2027-04-30'))).toBe('Return due: H2 2026/27, C-001 Library cleaning')
	expect(dueDateSummary(aTender(4, now))).toBe('Tender deadline: T-004 Park keeping')
	expect(dueDateSummary(changes(8, now + 1))).toBe('Changes due: T-001 Library cleaning')
})

test('each kind of due date has its own stable name', () => {
	expect(dueDateUid(aReturn(3, '2027-04-30'))).toBe('period-3')
	expect(dueDateUid(aTender(3, now))).toBe('tender-3')
	expect(dueDateUid(changes(3, now + 1))).toBe('matrix-changes-3')
	// Asked again with a new date, it is the same event, moved.
	expect(dueDateUid(changes(3, now + 86_400_000))).toBe('matrix-changes-3')
})

test('filters keep the due dates of one contract, supplier or status; tenders have no contract or supplier', () => {
	const entries = [
		aReturn(1, '2027-04-30'),
		aReturn(2, '2027-04-30', {
			contract: { id: 2, reference: 'C-002', title: 'Parks' },
			supplier: { id: 11, name: 'Bravo' },
			state: 'approved',
		}),
		aTender(1, now),
		changes(4, now + 1, 11),
		changes(5, now - 1, 12),
	]
	const all = { contractId: null, supplierId: null, state: null }
	expect(filterDueDates(entries, all)).toHaveLength(5)
	expect(filterDueDates(entries, { ...all, contractId: 2 }).map(dueDateUid)).toEqual(['period-2'])
	expect(filterDueDates(entries, { ...all, supplierId: 10 }).map(dueDateUid)).toEqual(['period-1'])
	expect(filterDueDates(entries, { ...all, supplierId: 11 }).map(dueDateUid)).toEqual(['period-2', 'matrix-changes-4'])
	expect(filterDueDates(entries, { ...all, state: 'open' }).map(dueDateUid)).toEqual(['tender-1'])
	expect(filterDueDates(entries, { ...all, state: 'changes_requested' }).map(dueDateUid)).toEqual(['matrix-changes-4'])
	expect(filterDueDates(entries, { ...all, state: 'changes_ended' }).map(dueDateUid)).toEqual(['matrix-changes-5'])
	expect(filterDueDates(entries, { ...all, contractId: 1, state: 'approved' })).toEqual([])
	expect(filterChoices(entries)).toEqual({
		contracts: [
			{ value: '1', text: 'C-001: Library cleaning' },
			{ value: '2', text: 'C-002: Parks' },
		],
		suppliers: [
			{ value: '10', text: 'Acme Ltd' },
			{ value: '11', text: 'Bravo' },
			{ value: '12', text: 'Cobalt' },
		],
	})
})

test('filters read from the address take only real choices, anything else means all', () => {
	expect(dueDateFiltersFrom(new URLSearchParams('contract=12&supplier=3&state=overdue'))).toEqual({
		contractId: 12,
		supplierId: 3,
		state: 'overdue',
	})
	expect(dueDateFiltersFrom(new URLSearchParams('state=changes_requested')).state).toBe('changes_requested')
	expect(dueDateFiltersFrom(new URLSearchParams('state=changes_ended')).state).toBe('changes_ended')
	for (const bad of ['-1', '0', '1e3', 'NaN', '99999999999', ' 5', '<script>', ''])
		expect(dueDateFiltersFrom(new URLSearchParams({ contract: bad, supplier: bad, state: bad }))).toEqual({
			contractId: null,
			supplierId: null,
			state: null,
		})
})

test('a list opens at the first date due today or later, or at its end when all have passed', () => {
	const entries = [aReturn(1, '2027-01-31'), aReturn(2, '2027-04-20'), aReturn(3, '2027-07-31')]
	expect(firstComingIndex(entries, now)).toBe(1)
	expect(firstComingIndex(entries.slice(0, 1), now)).toBe(0)
	expect(firstComingIndex([], now)).toBe(-1)
})

test('due dates are grouped by month, in order', () => {
	const groups = byMonth([aReturn(1, '2027-04-02'), aReturn(2, '2027-04-30'), aReturn(3, '2028-01-31')])
	expect(groups.map((g) => [g.month, g.entries.length])).toEqual([
		['April 2027', 2],
		['January 2028', 1],
	])
})

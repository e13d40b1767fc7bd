import { formatCalendarDate } from '../dates.ts'
import { daysToGoInWords } from '../days-to-go.ts'
import { groupBy } from '../group-by.ts'
import { clarificationOpen } from '../matrix/clarification.ts'
import { matrixStatusLabels, matrixStatusTagClasses } from '../matrix/matrix-state.ts'
import { periodStateLabels, periodStateTagClasses, type PeriodState } from '../returns/period-state.ts'
import { toLondonDateTime } from '../tenders/london-time.ts'
import { tenderStateLabels, tenderStateTagClasses, timeLeft, type TenderState } from '../tenders/tender-state.ts'

/**
 * While the council's request for changes to a matrix is open: the supplier can still make
 * them, or their time has ended and the council decides.
 */
export type ChangesState = 'changes_requested' | 'changes_ended'

/** Where a due date stands: its period's state for a return, its tender's for a deadline, its request's for changes. */
export type DueDateState = PeriodState | Exclude<TenderState, 'cancelled'> | ChangesState

export const dueDateStates = [
	'overdue',
	'due',
	'returned',
	'upcoming',
	'submitted',
	'approved',
	'draft',
	'open',
	'closed',
	'changes_requested',
	'changes_ended',
] as const satisfies readonly DueDateState[]

export const dueDateStateLabels: Record<DueDateState, string> = {
	...periodStateLabels,
	draft: 'Tender not yet published',
	open: tenderStateLabels.open,
	closed: tenderStateLabels.closed,
	changes_requested: matrixStatusLabels.changes_requested,
	changes_ended: 'Time for changes ended',
}

export const dueDateStateTagClasses: Record<DueDateState, string> = {
	...periodStateTagClasses,
	...tenderStateTagClasses,
	changes_requested: matrixStatusTagClasses.changes_requested,
	changes_ended: 'govuk-tag--grey',
}

type Named = { id: number; reference: string; title: string }

/** The council a due date is for: a supplier's list runs across every council it works for. */
type OfCouncil = { council: { id: number; name: string } }

/** A progress return falling due, a tender's deadline for bids, or the deadline for changes to a matrix. */
export type DueDate = OfCouncil &
	(
		| {
				kind: 'return'
				periodId: number
				label: string
				/** "YYYY-MM-DD", the last day to file. */
				date: string
				state: PeriodState
				returnId: number | null
				contract: Named
				supplier: { id: number; name: string }
		  }
		| {
				kind: 'tender'
				tender: Named
				deadlineAt: number
				/** The UK calendar date of the deadline. */
				date: string
				state: DueDateState
				/** The supplier's own matrix for the tender, when the list is a supplier's. */
				matrixId: number | null
		  }
		| {
				kind: 'changes'
				matrixId: number
				tender: Named
				supplier: { id: number; name: string }
				/** When the time for changes ends. */
				deadlineAt: number
				/** The UK calendar date of that moment. */
				date: string
				state: ChangesState
		  }
	)

/** A tender's deadline falls on its UK calendar date. */
export function deadlineDate(deadlineAt: number): string {
	return toLondonDateTime(deadlineAt).date
}

/**
 * Whether changes asked of a matrix can still be made (the supplier's to do), or their time
 * has ended (the council's to decide). Only a request with a date has a due date.
 */
export function changesState(clarificationDueAt: number, now: number): ChangesState {
	return clarificationOpen(clarificationDueAt, now) ? 'changes_requested' : 'changes_ended'
}

const kindOrder: Record<DueDate['kind'], number> = { return: 0, tender: 1, changes: 2 }

/**
 * Earliest first. On the same day, returns (due all day) before what has a time, and those by
 * their time; at the same moment, tender deadlines before changes.
 */
export function compareDueDates(a: DueDate, b: DueDate): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1
	if (a.kind === 'return' || b.kind === 'return') {
		if (a.kind !== b.kind) return a.kind === 'return' ? -1 : 1
		return a.kind === 'return' && b.kind === 'return' ? a.periodId - b.periodId : 0
	}
	return a.deadlineAt - b.deadlineAt || kindOrder[a.kind] - kindOrder[b.kind] || idOf(a) - idOf(b)
}

function idOf(entry: DueDate): number {
	return entry.kind === 'return' ? entry.periodId : entry.kind === 'tender' ? entry.tender.id : entry.matrixId
}

/** A stable name for a due date, the same in every calendar feed it appears in. */
export function dueDateUid(entry: DueDate): string {
	switch (entry.kind) {
		case 'return':
			return `period-${entry.periodId}`
		case 'tender':
			return `tender-${entry.tender.id}`
		// A new request for changes moves the same event: there is one at a time per matrix.
		case 'changes':
			return `matrix-changes-${entry.matrixId}`
	}
}

/**
 * "Return due: 2027-28 H1, C-001 Library cleaning", "Tender deadline: T-001 Library cleaning",
 * "Changes due: T-001 Library cleaning".
 */
export function dueDateSummary(entry: DueDate): string {
	switch (entry.kind) {
		case 'return':
			return `Return due: ${entry.label}, ${entry.contract.reference} ${entry.contract.title}`
		case 'tender':
			return `Tender deadline: ${entry.tender.reference} ${entry.tender.title}`
		case 'changes':
			return `Changes due: ${entry.tender.reference} ${entry.tender.title}`
	}
}

const stillToDo: ReadonlySet<DueDateState> = new Set([
	'upcoming',
	'due',
	'overdue',
	'returned',
	'draft',
	'open',
	'changes_requested',
])

/**
 * "12 days to go", "3 days late" for a return; "5 hours left" for a tender or changes, whose
 * deadline has a time. Said of what is still to be done: a return in, a tender closed or a
 * time for changes ended says its state instead, as counting days would only alarm.
 */
export function dueDateTiming(
	entry: { state: DueDateState; date: string; deadlineAt?: number },
	now: number,
): string | null {
	if (!stillToDo.has(entry.state)) return null
	return entry.deadlineAt === undefined ? daysToGoInWords(entry.date, now) : timeLeft(entry.deadlineAt, now)
}

export type DueDateFilters = { contractId: number | null; supplierId: number | null; state: DueDateState | null }

/** The supplier a due date is about: a return's or changes' organisation; a tender concerns every bidder. */
function supplierOf(entry: DueDate): { id: number; name: string } | null {
	return entry.kind === 'tender' ? null : entry.supplier
}

export function filterDueDates(entries: readonly DueDate[], filters: DueDateFilters): DueDate[] {
	return entries.filter(
		(entry) =>
			(filters.state === null || entry.state === filters.state) &&
			(filters.contractId === null || (entry.kind === 'return' && entry.contract.id === filters.contractId)) &&
			(filters.supplierId === null || supplierOf(entry)?.id === filters.supplierId),
	)
}

type Choice = { value: string; text: string }

const byName = new Intl.Collator('en-GB')

/** The contracts and suppliers a person's due dates concern, for the filters, by name. */
export function filterChoices(entries: readonly DueDate[]): { contracts: Choice[]; suppliers: Choice[] } {
	const contracts = new Map<number, string>()
	const suppliers = new Map<number, string>()
	for (const entry of entries) {
		if (entry.kind === 'return')
			contracts.set(entry.contract.id, `${entry.contract.reference}: ${entry.contract.title}`)
		const supplier = supplierOf(entry)
		if (supplier) suppliers.set(supplier.id, supplier.name)
	}
	const sorted = (choices: Map<number, string>) =>
		[...choices].map(([id, text]) => ({ value: String(id), text })).sort((a, b) => byName.compare(a.text, b.text))
	return { contracts: sorted(contracts), suppliers: sorted(suppliers) }
}

/** The index of the first entry due today or later, so a list opens at what is coming. */
export function firstComingIndex(entries: readonly DueDate[], now: number): number {
	const today = toLondonDateTime(now).date
	const index = entries.findIndex((entry) => entry.date >= today)
	return index === -1 ? entries.length - 1 : index
}

/** Entries grouped under their month, "April 2027", in the entries' order. */
export function byMonth<T extends { date: string }>(entries: readonly T[]): { month: string; entries: T[] }[] {
	return [...groupBy(entries, (entry) => entry.date.slice(0, 7))].map(([yearMonth, group]) => ({
		month: formatCalendarDate(`${yearMonth}-01`).replace(/^1 /, ''),
		entries: group,
	}))
}

/** The filters as the address gives them: anything that is not a real choice means "all". */
export function dueDateFiltersFrom(params: URLSearchParams): DueDateFilters {
	const id = (name: string) => {
		const value = params.get(name) ?? ''
		return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null
	}
	const state = params.get('state')
	return {
		contractId: id('contract'),
		supplierId: id('supplier'),
		state: (dueDateStates as readonly string[]).includes(state ?? '') ? (state as DueDateState) : null,
	}
}

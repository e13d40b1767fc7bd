import { href } from 'react-router'
import { formatCalendarDate, formatDate, formatDateTime } from '#app/domain/dates.ts'
import { daysToGoInWords } from '#app/domain/days-to-go.ts'
import type { Bid, NextStep } from '#app/domain/matrix/bid-next-step.ts'
import { matrixStatusLabels, matrixStatusTagClasses, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { periodStateLabels, periodStateTagClasses, type PeriodState } from '#app/domain/returns/period-state.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { escapeHtml } from '#app/components/govuk/shared.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { linkHtml, tagHtml } from '#app/components/table-cells.ts'

/** A period whose return waits for the supplier: ready to file, overdue, or sent back for changes. */
export type ReturnToFile = {
	periodId: number
	label: string
	dueDate: string
	state: PeriodState
	returnId: number | null
	contract: { id: number; title: string; councilId?: number }
}

export type HomeBid = Bid & {
	next: NextStep
	tender: Bid['tender'] & { id: number; title: string; reference: string; councilId?: number }
}

/** Each council's name by id, given when the deployment has several, so every row can say whose it is. */
export type CouncilNames = Record<number, string> | null | undefined

function councilOf(names: CouncilNames, councilId: number | undefined): string | null {
	return names && councilId !== undefined ? (names[councilId] ?? null) : null
}

export type PendingInvitation = { id: number; name: string; email: string; invitedAt: number }

/** One thing to do: the link to the page where it is done, its state, and when it is due. */
export type ToDoItem = {
	action: string
	subject: string
	href: string
	tag: { text: string; classes: string }
	due: string | null
	/** The council it is for, where the deployment has several. */
	council?: string | null
}

/** The page where a return is filed: the return once started, else the page that starts it. */
function returnHref(period: Pick<ReturnToFile, 'periodId' | 'returnId'>): string {
	return period.returnId === null
		? href('/returns/start/:periodId', { periodId: String(period.periodId) })
		: href('/returns/:returnId', { returnId: String(period.returnId) })
}

/** A deadline at midnight belongs to the day it ends, as `formatDateTime` says it. */
function deadlineDay(at: number): string {
	return toLondonDateTime(at - 1).date
}

function dueBy(at: number, now: number): string {
	return `${formatDateTime(at)}: ${daysToGoInWords(deadlineDay(at), now)}`
}

type Ranked = ToDoItem & { rank: number; when: number }

/**
 * What the supplier has to do, most urgent first: returns to file (overdue before due, soonest
 * first), returns sent back for changes, matrices the council asked to change, matrices
 * started but not submitted, then colleagues who have not accepted their invitation.
 */
export function toDoItems(
	input: { returnsToFile: ReturnToFile[]; bids: HomeBid[]; invitations: PendingInvitation[] },
	now: number,
	councilNames?: CouncilNames,
): ToDoItem[] {
	const returns = input.returnsToFile.map((period): Ranked => ({
		action: returnAction(period),
		subject: period.contract.title,
		council: councilOf(councilNames, period.contract.councilId),
		href: returnHref(period),
		tag: { text: periodStateLabels[period.state], classes: periodStateTagClasses[period.state] },
		due:
			period.state === 'returned'
				? 'Sent back by the council'
				: `${formatCalendarDate(period.dueDate)}: ${daysToGoInWords(period.dueDate, now)}`,
		rank: period.state === 'returned' ? 1 : 0,
		when: Date.parse(period.dueDate),
	}))
	const bids = input.bids
		.filter((bid) => bid.next.toDo)
		.map((bid): Ranked => ({
			action: bid.next.link.text,
			subject: bid.tender.title,
			council: councilOf(councilNames, bid.tender.councilId),
			href: href('/matrices/:matrixId', { matrixId: String(bid.matrixId) }),
			tag: { text: matrixStatusLabels[bid.status], classes: matrixStatusTagClasses[bid.status] },
			due:
				bid.next.dueBy === null
					? null
					: `${bid.status === 'changes_requested' ? 'Changes due by' : 'Tender closes'} ${dueBy(bid.next.dueBy, now)}`,
			rank: bid.status === 'changes_requested' ? 2 : 3,
			when: bid.next.dueBy ?? Number.POSITIVE_INFINITY,
		}))
	const invitations = input.invitations.map((invitation): Ranked => ({
		action: `Ask ${invitation.name} to accept your invitation`,
		subject: invitation.email,
		href: href('/organisation'),
		tag: { text: 'Invited', classes: 'govuk-tag--grey' },
		due: `Invited ${formatDate(invitation.invitedAt)}`,
		rank: 4,
		when: invitation.invitedAt,
	}))
	return [...returns, ...bids, ...invitations]
		.sort((a, b) => a.rank - b.rank || a.when - b.when)
		.map(({ rank: _rank, when: _when, council, ...item }) => (council ? { ...item, council } : item))
}

export const toDoHead: TableCell[] = [{ text: 'What to do' }, { text: 'Status' }, { text: 'Due' }]

/** One row per thing to do: the link (naming what it is for), its state and when it is due. */
export function toDoRows(items: ToDoItem[]): TableCell[][] {
	return items.map((item) => [
		{
			html: `${linkHtml(item.href, item.action, { hiddenText: ` for ${item.subject}` })}<br><span class="govuk-body-s">${escapeHtml(item.council ? `${item.subject}, ${item.council}` : item.subject)}</span>`,
		},
		{ html: tagHtml(item.tag.text, item.tag.classes) },
		{ text: item.due ?? '' },
	])
}

/** The order bids are listed in: those still being written first, the finished ones last. */
const bidStates = [
	'draft',
	'withdrawn',
	'changes_requested',
	'submitted',
	'under_review',
	'resubmitted',
	'approved',
	'awarded',
	'rejected',
	'not_awarded',
] as const

type BidState = (typeof bidStates)[number]

/** A draft taken back after it was submitted is shown as withdrawn: it is out of the running until sent again. */
function bidState(bid: { status: MatrixStatus; withdrawn: boolean }): BidState {
	return bid.status === 'draft' && bid.withdrawn ? 'withdrawn' : bid.status
}

function bidStateTag(state: BidState): { text: string; classes: string } {
	return state === 'withdrawn'
		? { text: 'Withdrawn', classes: 'govuk-tag--grey' }
		: { text: matrixStatusLabels[state], classes: matrixStatusTagClasses[state] }
}

export const bidHead: TableCell[] = [{ text: 'Tender' }, { text: 'State' }, { text: 'Tender deadline' }]

/** Every bid by state, each linked to its matrix. */
export function bidRows(bids: HomeBid[]): TableCell[][] {
	return [...bids]
		.sort((a, b) => bidStates.indexOf(bidState(a)) - bidStates.indexOf(bidState(b)))
		.map((bid) => {
			const tag = bidStateTag(bidState(bid))
			return [
				{
					html: `${linkHtml(href('/matrices/:matrixId', { matrixId: String(bid.matrixId) }), bid.tender.title)}<br><span class="govuk-body-s">${escapeHtml(bid.tender.reference)}</span>`,
				},
				{ html: tagHtml(tag.text, tag.classes) },
				{ text: formatDateTime(bid.tender.deadlineAt) },
			]
		})
}

/** A won contract as its one line on the home page. */
export type HomeContract = {
	id: number
	councilId?: number
	title: string
	reference: string
	committedPence: number
	progress: { deliveredPence: number } | null
	next: { id: number; label: string; dueDate: string; state: PeriodState; returnId: number | null } | null
}

export const contractHead: TableCell[] = [
	{ text: 'Contract' },
	{ text: 'Social value committed', format: 'numeric' },
	{ text: 'Delivered so far', format: 'numeric' },
	{ text: 'Next return' },
]

/** What the supplier does with a return, as the words of the link to it. */
function returnAction(period: { label: string; state: PeriodState; returnId: number | null }): string {
	if (period.state === 'returned') return `Make the changes to the ${period.label} return`
	if (period.returnId === null) return `Start the ${period.label} return`
	return period.state === 'due' || period.state === 'overdue'
		? `Finish the ${period.label} return`
		: `View the ${period.label} return`
}

/** The next return: its period and due date, linked to where it is filed once the period has ended. */
function nextReturnHtml(contract: HomeContract, now: number): string {
	const { next } = contract
	if (!next) return 'None: every return is in'
	const due = `${escapeHtml(next.label)}, due ${formatCalendarDate(next.dueDate)}: ${daysToGoInWords(next.dueDate, now)}`
	if (next.state === 'upcoming' && next.returnId === null) return due
	const link = linkHtml(returnHref({ periodId: next.id, returnId: next.returnId }), returnAction(next), {
		hiddenText: ` for ${contract.title}`,
	})
	return `${due}<br>${link}`
}

/** One line per contract: committed, delivered so far (approved returns only) and the next return. */
export function contractRows(contracts: HomeContract[], now: number): TableCell[][] {
	return contracts.map((contract) => [
		{
			html: `${linkHtml(href('/contracts/:contractId', { contractId: String(contract.id) }), contract.title)}<br><span class="govuk-body-s">${escapeHtml(contract.reference)}</span>`,
		},
		{ text: formatPounds(contract.committedPence), format: 'numeric' },
		{ text: formatPounds(contract.progress?.deliveredPence ?? 0), format: 'numeric' },
		{ html: nextReturnHtml(contract, now) },
	])
}

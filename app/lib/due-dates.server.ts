import { and, eq, isNotNull, ne, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { href } from 'react-router'
import { db } from '#db/client.server.ts'
import {
	contracts,
	matrices,
	organisations,
	progressReturns,
	reportingPeriods,
	tenders,
	type UserRole,
} from '#db/schema.ts'
import { changesState, compareDueDates, deadlineDate, type DueDate } from '#app/domain/due-dates/due-dates.ts'
import { mergeSorted } from '#app/domain/merge-sorted.ts'
import { periodState, type PeriodState } from '#app/domain/returns/period-state.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { tenderState } from '#app/domain/tenders/tender-state.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'
import type { SessionUser } from './session.server.ts'
import { isTender } from './tenders.server.ts'

/**
 * Every return due date, tender deadline and deadline for changes to a matrix that concerns a
 * person, earliest first, in three queries, each naming its council. A supplier: the periods
 * of their organisation's contracts, the deadlines of the tenders their organisation has
 * started a matrix for (those are the bids they are working on; the other open tenders are on
 * the opportunities list), and the changes the council asked of its matrices, with every
 * council. A contract manager: the contracts and tenders they manage, and the changes asked of
 * bids for those tenders. An administrator: every one of their own council's.
 */
export function dueDatesFor(user: SessionUser, now: number): DueDate[] {
	const scope =
		user.role === 'supplier'
			? `organisation-${user.organisationId}`
			: user.role === 'admin'
				? `council-${user.organisationId}`
				: `manager-${user.id}`
	// Deadlines are set to the minute, so within a minute nothing turns but the data: an
	// administrator's list, thousands long, is put together once a minute at most.
	return cachedRead(`due-dates:${scope}:${Math.floor(now / 60_000)}`, () => {
		const timed = [...tenderDeadlines(user, now), ...changesDeadlines(user, now)].sort(compareDueDates)
		return mergeSorted(keptReturnDueDates(user, scope, now), timed, compareDueDates)
	})
}

/**
 * A council's return due dates run to thousands, and where each stands changes only with the
 * data or the UK date, so they are read and sorted once until either moves. Deadlines with a
 * time (tenders, changes to a matrix) are few and read each minute, as their state turns by the hour.
 */
function keptReturnDueDates(user: SessionUser, scope: string, now: number): DueDate[] {
	return cachedRead(`due-dates:returns:${scope}:${toLondonDateTime(now).date}`, () =>
		returnDueDates(user, now).sort(compareDueDates),
	)
}

/** The council organisation a contract or tender belongs to, for its name. */
const council = alias(organisations, 'council')

function contractScope(user: SessionUser): SQL | undefined {
	if (user.role === 'supplier') return eq(contracts.organisationId, user.organisationId)
	return and(
		eq(contracts.councilId, user.organisationId),
		user.role === 'contract_manager' ? eq(contracts.contractManagerId, user.id) : undefined,
	)
}

/** A council's officer's tenders: their own council's, and a contract manager's own. */
function tenderScope(user: SessionUser): SQL | undefined {
	return and(
		eq(tenders.councilId, user.organisationId),
		user.role === 'contract_manager' ? eq(tenders.contractManagerId, user.id) : undefined,
	)
}

function returnDueDates(user: SessionUser, now: number): DueDate[] {
	const rows = db
		.select({
			periodId: reportingPeriods.id,
			label: reportingPeriods.label,
			endDate: reportingPeriods.endDate,
			dueDate: reportingPeriods.dueDate,
			returnId: progressReturns.id,
			returnStatus: progressReturns.status,
			contract: { id: contracts.id, reference: contracts.reference, title: contracts.title },
			supplier: { id: organisations.id, name: organisations.name },
			council: { id: council.id, name: council.name },
		})
		.from(reportingPeriods)
		.innerJoin(contracts, eq(contracts.id, reportingPeriods.contractId))
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.innerJoin(council, eq(council.id, contracts.councilId))
		.leftJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
		.where(and(eq(reportingPeriods.active, true), contractScope(user)))
		.all()
	// A state follows from the period's dates and its return's status alone, and a council's
	// thousands of periods share a few dozen of those: each is worked out once.
	const states = new Map<string, PeriodState>()
	const stateOf = (row: (typeof rows)[number]) => {
		const key = `${row.endDate} ${row.dueDate} ${row.returnStatus}`
		let state = states.get(key)
		if (state === undefined) states.set(key, (state = periodState(row, row.returnStatus, now)))
		return state
	}
	return rows.map((row) => ({
		kind: 'return',
		periodId: row.periodId,
		label: row.label,
		date: row.dueDate,
		state: stateOf(row),
		returnId: row.returnId,
		contract: row.contract,
		supplier: row.supplier,
		council: row.council,
	}))
}

function tenderDeadlines(user: SessionUser, now: number): DueDate[] {
	const tender = {
		id: tenders.id,
		reference: tenders.reference,
		title: tenders.title,
		status: tenders.status,
		deadlineAt: tenders.deadlineAt,
	}
	const ofCouncil = { id: council.id, name: council.name }
	const rows =
		user.role === 'supplier'
			? db
					.select({ tender, council: ofCouncil, matrixId: matrices.id })
					.from(matrices)
					.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
					.innerJoin(council, eq(council.id, tenders.councilId))
					// Only bids made in this portal: one entered from another system, or the council's draft of a
					// contract it records directly, has no deadline here for the supplier.
					.where(
						and(
							eq(matrices.organisationId, user.organisationId),
							eq(tenders.status, 'published'),
							eq(tenders.bidding, 'portal'),
						),
					)
					.all()
			: db
					.select({ tender, council: ofCouncil })
					.from(tenders)
					.innerJoin(council, eq(council.id, tenders.councilId))
					.where(and(ne(tenders.status, 'cancelled'), isTender, tenderScope(user)))
					.all()
					.map((row) => ({ ...row, matrixId: null }))
	return rows.map(({ tender, council, matrixId }) => {
		const state = tenderState(tender, now)
		return {
			kind: 'tender',
			tender: { id: tender.id, reference: tender.reference, title: tender.title },
			deadlineAt: tender.deadlineAt,
			date: deadlineDate(tender.deadlineAt),
			state: state === 'cancelled' ? 'closed' : state,
			matrixId,
			council,
		}
	})
}

/**
 * The deadlines for changes the council asked of matrices, while its request stands: once the
 * supplier resubmits, or the council decides, the request is over and so is its due date.
 */
function changesDeadlines(user: SessionUser, now: number): DueDate[] {
	const scope = user.role === 'supplier' ? eq(matrices.organisationId, user.organisationId) : tenderScope(user)
	const rows = db
		.select({
			matrixId: matrices.id,
			clarificationDueAt: matrices.clarificationDueAt,
			tender: { id: tenders.id, reference: tenders.reference, title: tenders.title },
			supplier: { id: organisations.id, name: organisations.name },
			council: { id: council.id, name: council.name },
		})
		.from(matrices)
		.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
		.innerJoin(organisations, eq(organisations.id, matrices.organisationId))
		.innerJoin(council, eq(council.id, tenders.councilId))
		.where(
			and(
				eq(matrices.status, 'changes_requested'),
				isNotNull(matrices.clarificationDueAt),
				eq(tenders.status, 'published'),
				scope,
			),
		)
		.all()
	return rows.map(({ clarificationDueAt, ...row }) => ({
		kind: 'changes',
		...row,
		deadlineAt: clarificationDueAt!,
		date: deadlineDate(clarificationDueAt!),
		state: changesState(clarificationDueAt!, now),
	}))
}

/** Where the person acts on a due date: the return or its contract, the bid or the tender, the matrix to change or review. */
export function dueDatePath(entry: DueDate, role: UserRole): string {
	if (entry.kind === 'changes') {
		return role === 'supplier'
			? href('/matrices/:matrixId', { matrixId: String(entry.matrixId) })
			: href('/manage/matrices/:matrixId', { matrixId: String(entry.matrixId) })
	}
	if (entry.kind === 'tender') {
		return entry.matrixId !== null
			? href('/matrices/:matrixId', { matrixId: String(entry.matrixId) })
			: href('/manage/tenders/:tenderId', { tenderId: String(entry.tender.id) })
	}
	if (role === 'supplier')
		return entry.returnId !== null
			? href('/returns/:returnId', { returnId: String(entry.returnId) })
			: href('/returns/start/:periodId', { periodId: String(entry.periodId) })
	return entry.returnId !== null && entry.state !== 'due' && entry.state !== 'overdue'
		? href('/manage/returns/:returnId', { returnId: String(entry.returnId) })
		: href('/contracts/:contractId', { contractId: String(entry.contract.id) })
}

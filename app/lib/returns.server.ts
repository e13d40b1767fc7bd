import { and, eq, sql, type SQL } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { contracts, progressReturns, reportingPeriods, returnEvents } from '#db/schema.ts'
import { supplierCanEditReturn, type ReturnStatus } from '#app/domain/returns/return-state.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'

type Ctx = { ip: string; now: number }
export type ReturnResult<T = object> =
	| ({ ok: true } & T)
	| {
			ok: false
			message: string
			status?: 400 | 403 | 404 | 409
			problems?: string[]
			field?: 'nilReason' | 'evidence'
	  }

export const STALE_RETURN =
	'Someone else changed this return while you were working on it. Your changes were not saved: check the latest version and enter them again.'

/** One step in the return's history. */
export function recordReturnEvent(
	tx: Tx,
	returnId: number,
	byUserId: number,
	fromStatus: ReturnStatus | null,
	toStatus: ReturnStatus,
	at: number,
	reason?: string,
) {
	tx.insert(returnEvents)
		.values({ returnId, at, byUserId, fromStatus, toStatus, reason: reason ?? null })
		.run()
}

/**
 * A supplier's own contract period, or nothing: the organisation condition is what keeps one
 * supplier out of another's returns, whatever id a URL or form carries.
 */
function ownPeriod(tx: Tx | typeof db, user: SessionUser, periodId: number) {
	if (user.role !== 'supplier') return undefined
	return tx
		.select({ period: reportingPeriods, contract: contracts })
		.from(reportingPeriods)
		.innerJoin(contracts, eq(contracts.id, reportingPeriods.contractId))
		.where(and(eq(reportingPeriods.id, periodId), eq(contracts.organisationId, user.organisationId)))
		.get()
}

/** A supplier's own reporting period with its contract and the id of its return, if one was started; or nothing. */
export function getOwnPeriod(user: SessionUser, periodId: number) {
	const found = ownPeriod(db, user, periodId)
	if (!found) return undefined
	const started = db
		.select({ id: progressReturns.id })
		.from(progressReturns)
		.where(eq(progressReturns.periodId, periodId))
		.get()
	return { ...found, returnId: started?.id ?? null }
}

/** A return with its period and contract, matching `where`. */
export function returnWithContext(tx: Tx | typeof db, where: SQL | undefined) {
	// council-scope: callers pin the return by id, and authorise it by its contract's council.
	return tx
		.select({ progressReturn: progressReturns, period: reportingPeriods, contract: contracts })
		.from(progressReturns)
		.innerJoin(contracts, eq(contracts.id, progressReturns.contractId))
		.innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReturns.periodId))
		.where(where)
		.get()
}

export function getOwnReturn(user: SessionUser, returnId: number, tx: Tx | typeof db = db) {
	if (user.role !== 'supplier') return undefined
	return returnWithContext(tx, and(eq(progressReturns.id, returnId), eq(contracts.organisationId, user.organisationId)))
}

/** Opens the period's return, starting a draft the first time. */
export function openReturn(user: SessionUser, periodId: number, ctx: Ctx): ReturnResult<{ returnId: number }> {
	return db.transaction((tx): ReturnResult<{ returnId: number }> => {
		const found = ownPeriod(tx, user, periodId)
		if (!found) return { ok: false, message: 'Reporting period not found', status: 404 }
		const existing = tx
			.select({ id: progressReturns.id })
			.from(progressReturns)
			.where(eq(progressReturns.periodId, periodId))
			.get()
		if (existing) return { ok: true, returnId: existing.id }
		if (!found.period.active) return { ok: false, message: 'This period is no longer part of the contract' }
		const created = tx
			.insert(progressReturns)
			.values({ contractId: found.contract.id, periodId, status: 'draft', createdAt: ctx.now, updatedAt: ctx.now })
			.returning({ id: progressReturns.id })
			.get()
		recordReturnEvent(tx, created.id, user.id, null, 'draft', ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'return_started',
			subject: { type: 'progress_return', id: created.id },
			detail: { periodId },
			ip: ctx.ip,
			councilId: found.contract.councilId,
		})
		return { ok: true, returnId: created.id }
	})
}

/** The supplier's own return, if it may still change and (given a version) nobody changed it since. */
export function editableReturn(tx: Tx, user: SessionUser, returnId: number, version: number | null) {
	const found = getOwnReturn(user, returnId, tx)
	if (!found) return { ok: false as const, message: 'Return not found', status: 404 as const }
	if (!supplierCanEditReturn(found.progressReturn.status) || found.progressReturn.imported)
		return { ok: false as const, message: 'This return cannot be changed now' }
	if (version !== null && found.progressReturn.version !== version)
		return { ok: false as const, message: STALE_RETURN, status: 409 as const }
	return { ok: true as const, ...found }
}

/** Marks the return changed, with any other columns that change with it. */
export function bumpReturnVersion(
	tx: Tx,
	returnId: number,
	now: number,
	extra: Partial<typeof progressReturns.$inferInsert> = {},
) {
	tx.update(progressReturns)
		.set({ ...extra, version: sql`${progressReturns.version} + 1`, updatedAt: now })
		.where(eq(progressReturns.id, returnId))
		.run()
}

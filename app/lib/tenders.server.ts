import { and, asc, count, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import {
	tenderAmendments,
	tenderMeasures,
	tenders,
	tomsEditions,
	tomsMeasures,
	tomsOutcomes,
	tomsThemes,
	users,
} from '#db/schema.ts'
import { describeChanges, tenderTerms, type PublishedTerms } from '#app/domain/tenders/amendments.ts'
import { fromLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { tenderProblems, type TenderForm, type TenderProblem } from '#app/domain/tenders/tender-rules.ts'
import { shortPeriodNotConfirmed, shortTenderPeriod } from '#app/domain/tenders/tender-period.ts'
import { tenderState } from '#app/domain/tenders/tender-state.ts'
import { proxyValueIn, unitFor } from '#app/domain/toms/units.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { getSettings } from './settings.server.ts'
import { loadEditionTree } from './toms-queries.server.ts'
import { unitCatalogueOfEdition } from './units.server.ts'
import { isStaffOf, managesForCouncil } from '#app/domain/roles.ts'

export type Ctx = { ip: string; now: number }
export type TenderResult<T = object> =
	({ ok: true } & T) | { ok: false; problems: TenderProblem[]; status?: 400 | 403 | 404 | 409 }

const NOT_FOUND: TenderProblem = { field: 'version', message: 'This tender no longer exists' }

const STALE: TenderProblem = {
	field: 'version',
	message: 'Someone else changed this tender while you were editing it. Check the latest version and try again.',
}

/**
 * A tender as a tender: not the set-up of a contract the council records directly, which is
 * never listed, opened for bids, counted or reminded about as a tender.
 */
export const isTender = ne(tenders.bidding, 'direct')

/** A matrix bid against a tender, not the commitments the council is typing in for a contract recorded directly. */
export const isBid = sql`not exists (select 1 from "tenders" d where d."id" = "matrices"."tender_id" and d."bidding" = 'direct')`

/** Contract managers act on their own tenders only; administrators on all their council's. */
export function canManageTender(user: SessionUser, tender: { councilId: number; contractManagerId: number }): boolean {
	return managesForCouncil(user, tender)
}

/** The tenders of the user's council: all of them for its administrators, their own for a contract manager. */
export function listTendersFor(user: SessionUser) {
	return db
		.select({
			id: tenders.id,
			reference: tenders.reference,
			title: tenders.title,
			status: tenders.status,
			deadlineAt: tenders.deadlineAt,
			estimatedValuePence: tenders.estimatedValuePence,
			managerName: users.name,
		})
		.from(tenders)
		.innerJoin(users, eq(users.id, tenders.contractManagerId))
		.where(
			and(
				isTender,
				eq(tenders.councilId, user.organisationId),
				user.role === 'admin' ? undefined : eq(tenders.contractManagerId, user.id),
			),
		)
		.orderBy(desc(tenders.updatedAt), desc(tenders.id))
		.all()
}

export function getTender(tenderId: number, tx: Tx | typeof db = db) {
	return tx.select().from(tenders).where(eq(tenders.id, tenderId)).get()
}

/**
 * A tender of the staff user's own council, or nothing: another council's tender is, to them,
 * a tender that does not exist, so its pages answer not found and its actions change nothing.
 */
export function councilTender(user: SessionUser, tenderId: number, tx: Tx | typeof db = db) {
	const tender = getTender(tenderId, tx)
	return tender && isStaffOf(user, tender.councilId) ? tender : undefined
}

export type TenderMeasure = ReturnType<typeof tenderMeasureDetails>[number]

/** The measures in scope with their theme, in the edition's own order. */
export function tenderMeasureDetails(tenderId: number, tx: Tx | typeof db = db) {
	return tx
		.select({
			id: tomsMeasures.id,
			code: tomsMeasures.code,
			title: tomsMeasures.title,
			unit: tomsMeasures.unit,
			proxyValuePence: tomsMeasures.proxyValuePence,
			guidance: tomsMeasures.guidance,
			themeName: tomsThemes.name,
		})
		.from(tenderMeasures)
		.innerJoin(tomsMeasures, eq(tomsMeasures.id, tenderMeasures.measureId))
		.innerJoin(tomsOutcomes, eq(tomsOutcomes.id, tomsMeasures.outcomeId))
		.innerJoin(tomsThemes, eq(tomsThemes.id, tomsOutcomes.themeId))
		.where(eq(tenderMeasures.tenderId, tenderId))
		.orderBy(asc(tomsThemes.position), asc(tomsOutcomes.position), asc(tomsMeasures.position))
		.all()
}

export function tenderAmendmentList(tenderId: number) {
	return db
		.select({
			id: tenderAmendments.id,
			at: tenderAmendments.at,
			reason: tenderAmendments.reason,
			changes: tenderAmendments.changes,
			by: users.name,
		})
		.from(tenderAmendments)
		.innerJoin(users, eq(users.id, tenderAmendments.byUserId))
		.where(eq(tenderAmendments.tenderId, tenderId))
		.orderBy(desc(tenderAmendments.at), desc(tenderAmendments.id))
		.all()
}

/** The name of the contract manager responsible for a tender. */
export function tenderManagerName(tender: { contractManagerId: number }): string {
	return db.select({ name: users.name }).from(users).where(eq(users.id, tender.contractManagerId)).get()?.name ?? ''
}

/** Who can be named a council's contract manager: its own active staff, never another council's. */
export function contractManagers(councilId: number) {
	return db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(
			and(
				eq(users.organisationId, councilId),
				inArray(users.role, ['contract_manager', 'admin']),
				eq(users.status, 'active'),
			),
		)
		.orderBy(asc(users.name))
		.all()
}

/** An edition's measures to choose from, under each theme, each with its £ value per unit. */
export function editionMeasureChoices(editionId: number) {
	const units = unitCatalogueOfEdition(editionId)
	return loadEditionTree(editionId).themes.map((theme) => ({
		id: theme.id,
		name: theme.name,
		measures: theme.outcomes
			.flatMap((o) => o.measures)
			.map((m) => ({
				id: m.id,
				label: `${m.code}: ${m.title}`,
				value: proxyValueIn(unitFor(units, m.unit), m.proxyValuePence),
			})),
	}))
}

export function publishedEditions(councilId: number) {
	return db
		.select({ id: tomsEditions.id, name: tomsEditions.name, isCurrent: tomsEditions.isCurrent })
		.from(tomsEditions)
		.where(and(eq(tomsEditions.councilId, councilId), eq(tomsEditions.status, 'published')))
		.orderBy(desc(tomsEditions.isCurrent), desc(tomsEditions.publishedAt))
		.all()
}

function ruleContext(
	tx: Tx,
	councilId: number,
	form: TenderForm,
	now: number,
	existing?: { status: string; bidding: string } | null,
) {
	const measureRows = form.measureIds.length
		? tx
				.select({ id: tomsMeasures.id, editionId: tomsMeasures.editionId })
				.from(tomsMeasures)
				.where(inArray(tomsMeasures.id, form.measureIds))
				.all()
		: []
	const published = tx
		.select({ id: tomsEditions.id })
		.from(tomsEditions)
		.where(and(eq(tomsEditions.councilId, councilId), eq(tomsEditions.status, 'published')))
		.all()
	return {
		now,
		maxMeasures: getSettings(councilId, tx).maxMeasuresPerTender,
		measureEditions: new Map(measureRows.map((row) => [row.id, row.editionId])),
		publishedEditionIds: new Set(published.map((row) => row.id)),
		publishedBidding: existing?.status === 'published' ? existing.bidding : undefined,
	}
}

function termsOf(tx: Tx, tenderId: number): PublishedTerms {
	const tender = getTender(tenderId, tx)!
	const codes = tx
		.select({ code: tomsMeasures.code })
		.from(tenderMeasures)
		.innerJoin(tomsMeasures, eq(tomsMeasures.id, tenderMeasures.measureId))
		.where(eq(tenderMeasures.tenderId, tenderId))
		.orderBy(asc(tomsMeasures.code))
		.all()
	return { ...tenderTerms(tender), measureCodes: codes.map((row) => row.code) }
}

/**
 * Creates or changes a tender. Drafts change freely; an open tender changes only with a
 * reason, and the change is recorded as an amendment suppliers can read; closed and
 * cancelled tenders do not change.
 */
export function saveTender(
	user: SessionUser,
	tenderId: number | null,
	form: TenderForm,
	ctx: Ctx,
): TenderResult<{ tenderId: number }> {
	return db.transaction((tx): TenderResult<{ tenderId: number }> => {
		// A tender is its author's council's: staff act for their own council only.
		const councilId = user.organisationId
		const existing = tenderId === null ? null : councilTender(user, tenderId, tx)
		if (tenderId !== null && !existing) return { ok: false, problems: [NOT_FOUND], status: 404 }
		const managerId = user.role === 'admin' ? form.contractManagerId : user.id
		const manager = tx
			.select({ id: users.id, role: users.role, status: users.status })
			.from(users)
			.where(and(eq(users.id, managerId), eq(users.organisationId, councilId)))
			.get()
		if (!manager || manager.role === 'supplier' || manager.status !== 'active') {
			return {
				ok: false,
				problems: [{ field: 'contractManagerId', message: 'Select the responsible contract manager' }],
			}
		}
		if (existing && !canManageTender(user, existing))
			return { ok: false, problems: [{ field: 'version', message: 'You cannot change this tender' }], status: 403 }
		if (existing && existing.version !== form.version) return { ok: false, problems: [STALE], status: 409 }
		const state = existing ? tenderState(existing, ctx.now) : 'draft'
		if (state === 'closed' || state === 'cancelled') {
			return { ok: false, problems: [{ field: 'version', message: `This tender is ${state}, so it cannot change` }] }
		}
		const problems = tenderProblems(form, ruleContext(tx, councilId, form, ctx.now, existing))
		if (existing && state === 'open' && form.editionId !== existing.editionId) {
			problems.push({ field: 'editionId', message: 'The TOMs edition of an open tender cannot change' })
		}
		if (state === 'open' && !form.amendmentReason) {
			problems.push({ field: 'amendmentReason', message: 'Enter the reason for this amendment: suppliers will see it' })
		}
		const clash = tx
			.select({ id: tenders.id })
			.from(tenders)
			.where(
				and(
					eq(tenders.councilId, councilId),
					sql`lower(${tenders.reference}) = ${form.reference.toLowerCase()}`,
					tenderId === null ? undefined : ne(tenders.id, tenderId),
				),
			)
			.get()
		if (clash) problems.push({ field: 'reference', message: 'Another tender already has this reference' })
		if (problems.length > 0) return { ok: false, problems }

		const deadlineAt = fromLondonDateTime(form.deadlineDate, form.deadlineTime)!
		const before = existing && state === 'open' ? termsOf(tx, existing.id) : null
		const values = {
			reference: form.reference,
			title: form.title,
			description: form.description,
			estimatedValuePence: form.estimatedValue,
			contractStart: form.contractStart,
			contractEnd: form.contractEnd,
			deadlineAt,
			weightingPercent: form.weightingPercent,
			quantitySharePercent: form.quantitySharePercent,
			targetPercent: form.targetPercent,
			cadence: form.cadence,
			bidding: form.bidding,
			editionId: form.editionId,
			contractManagerId: managerId,
			updatedAt: ctx.now,
		}
		let id: number
		if (existing) {
			id = existing.id
			tx.update(tenders)
				.set({ ...values, version: sql`${tenders.version} + 1` })
				.where(eq(tenders.id, id))
				.run()
			tx.delete(tenderMeasures).where(eq(tenderMeasures.tenderId, id)).run()
		} else {
			id = tx
				.insert(tenders)
				.values({ ...values, councilId, status: 'draft', createdAt: ctx.now })
				.returning({ id: tenders.id })
				.get().id
		}
		tx.insert(tenderMeasures)
			.values([...new Set(form.measureIds)].map((measureId) => ({ tenderId: id, measureId })))
			.run()

		if (before) {
			const changes = describeChanges(before, termsOf(tx, id))
			tx.insert(tenderAmendments)
				.values({ tenderId: id, at: ctx.now, byUserId: user.id, reason: form.amendmentReason ?? '', changes })
				.run()
			recordAudit(tx, {
				at: ctx.now,
				actorUserId: user.id,
				councilId,
				action: 'tender_amended',
				subject: { type: 'tender', id },
				detail: { changes, reason: form.amendmentReason },
				ip: ctx.ip,
			})
		} else {
			recordAudit(tx, {
				at: ctx.now,
				actorUserId: user.id,
				councilId,
				action: existing ? 'tender_changed' : 'tender_created',
				subject: { type: 'tender', id },
				detail: { reference: form.reference },
				ip: ctx.ip,
			})
		}
		return { ok: true, tenderId: id }
	})
}

/**
 * Publishes a draft tender. When its deadline gives bidders less than the council's minimum
 * tender period, the person publishing must have confirmed that (`confirmed.shortPeriod`).
 */
export function publishTender(
	user: SessionUser,
	tenderId: number,
	version: number,
	ctx: Ctx,
	confirmed: { shortPeriod: boolean },
): TenderResult {
	return db.transaction((tx): TenderResult => {
		const tender = councilTender(user, tenderId, tx)
		if (!tender) return { ok: false, problems: [NOT_FOUND], status: 404 }
		if (!canManageTender(user, tender))
			return { ok: false, problems: [{ field: 'version', message: 'You cannot change this tender' }], status: 403 }
		if (tender.version !== version) return { ok: false, problems: [STALE], status: 409 }
		if (tender.status !== 'draft')
			return { ok: false, problems: [{ field: 'version', message: 'Only a draft tender can be published' }] }
		const problems: TenderProblem[] = []
		if (tender.deadlineAt <= ctx.now)
			problems.push({
				field: 'deadlineDate',
				message: 'The submission deadline has passed: change it before publishing',
			})
		const { minimumTenderPeriodDays } = getSettings(tender.councilId, tx)
		const shortPeriod = shortTenderPeriod(tender.deadlineAt, ctx.now, minimumTenderPeriodDays)
		if (shortPeriod && !confirmed.shortPeriod)
			problems.push({ field: 'deadline', message: shortPeriodNotConfirmed(minimumTenderPeriodDays) })
		const edition = tx
			.select({ status: tomsEditions.status })
			.from(tomsEditions)
			.where(eq(tomsEditions.id, tender.editionId))
			.get()
		if (edition?.status !== 'published')
			problems.push({ field: 'editionId', message: 'The TOMs edition must be published' })
		const count =
			tx
				.select({ n: sql<number>`count(*)` })
				.from(tenderMeasures)
				.where(eq(tenderMeasures.tenderId, tenderId))
				.get()?.n ?? 0
		if (count === 0) problems.push({ field: 'measureIds', message: 'Select at least one measure' })
		if (problems.length > 0) return { ok: false, problems }
		tx.update(tenders)
			.set({ status: 'published', publishedAt: ctx.now, updatedAt: ctx.now, version: sql`${tenders.version} + 1` })
			.where(eq(tenders.id, tenderId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'tender_published',
			subject: { type: 'tender', id: tenderId },
			detail: shortPeriod
				? { shortPeriodConfirmed: { ...shortPeriod, minimumDays: minimumTenderPeriodDays } }
				: undefined,
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export function cancelTender(
	user: SessionUser,
	tenderId: number,
	version: number,
	reason: string,
	ctx: Ctx,
): TenderResult {
	return db.transaction((tx): TenderResult => {
		const tender = councilTender(user, tenderId, tx)
		if (!tender) return { ok: false, problems: [NOT_FOUND], status: 404 }
		if (!canManageTender(user, tender))
			return { ok: false, problems: [{ field: 'version', message: 'You cannot change this tender' }], status: 403 }
		if (tender.version !== version) return { ok: false, problems: [STALE], status: 409 }
		if (tender.status === 'cancelled')
			return { ok: false, problems: [{ field: 'version', message: 'This tender is already cancelled' }] }
		tx.update(tenders)
			.set({
				status: 'cancelled',
				cancelledReason: reason,
				cancelledAt: ctx.now,
				updatedAt: ctx.now,
				version: sql`${tenders.version} + 1`,
			})
			.where(eq(tenders.id, tenderId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'tender_cancelled',
			subject: { type: 'tender', id: tenderId },
			detail: { reason },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

/**
 * Open tenders, soonest deadline first: what suppliers see as opportunities. Only tenders bid
 * for in this portal: the others take their bids in another system, or none at all.
 */
const isOpen = (now: number, councilId?: number) =>
	and(
		eq(tenders.status, 'published'),
		gt(tenders.deadlineAt, now),
		eq(tenders.bidding, 'portal'),
		councilId === undefined ? undefined : eq(tenders.councilId, councilId),
	)

/** How many tenders are open for bids: one council's, or every council's. */
export function countOpenOpportunities(now: number, councilId?: number): number {
	return db.select({ n: count() }).from(tenders).where(isOpen(now, councilId)).get()?.n ?? 0
}

/** Tenders open for bids, soonest deadline first: one council's or every council's; all of them, or one page. */
export function openOpportunities(now: number, page?: { offset: number; size: number }, councilId?: number) {
	const query = db
		.select({
			id: tenders.id,
			councilId: tenders.councilId,
			reference: tenders.reference,
			title: tenders.title,
			estimatedValuePence: tenders.estimatedValuePence,
			deadlineAt: tenders.deadlineAt,
			// Written out in full: drizzle leaves columns unqualified in a one-table select, which
			// inside a subquery would bind to the wrong table.
			amendments: sql<number>`(select count(*) from "tender_amendments" a where a."tender_id" = "tenders"."id")`,
		})
		.from(tenders)
		.where(isOpen(now, councilId))
		.orderBy(asc(tenders.deadlineAt), asc(tenders.id))
	return (page ? query.limit(page.size).offset(page.offset) : query).all()
}

import { and, asc, eq, ne, sql } from 'drizzle-orm'
import { groupBy } from '#app/domain/group-by.ts'
import { db, type Tx } from '#db/client.server.ts'
import {
	matrices,
	matrixEvents,
	matrixLines,
	matrixMilestones,
	organisations,
	tenderMeasures,
	tenders,
	users,
} from '#db/schema.ts'
import { matrixReceivedEmail } from '#emails/matrix-received.tsx'
import { matrixSubmittedEmail } from '#emails/matrix-submitted.tsx'
import { formatDateTime } from '#app/domain/dates.ts'
import { lineProblems, lineStatus, type LineEntry, type LineStatus } from '#app/domain/matrix/matrix-lines.ts'
import { supplierCanEdit, transition, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { lineValuePence, matrixTotals } from '#app/domain/matrix/valuation.ts'
import { tenderState } from '#app/domain/tenders/tender-state.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName } from './settings.server.ts'
import { tenderMeasureDetails, type TenderMeasure } from './tenders.server.ts'

type Ctx = { ip: string; now: number }
export type MatrixResult<T = object> =
	({ ok: true } & T) | { ok: false; message: string; status?: 400 | 404 | 409; problems?: string[] }

export const STALE =
	'Someone else in your organisation saved this matrix while you were editing it. Your changes were not saved: check the latest version and enter them again.'

/**
 * A supplier's own matrix, or nothing: the organisation condition is what keeps one
 * supplier out of another's bid, whatever id a URL or form carries.
 */
export function getOwnMatrix(user: SessionUser, matrixId: number, tx: Tx | typeof db = db) {
	if (user.role !== 'supplier') return undefined
	return tx
		.select()
		.from(matrices)
		.where(and(eq(matrices.id, matrixId), eq(matrices.organisationId, user.organisationId)))
		.get()
}

export function findOwnMatrixForTender(user: SessionUser, tenderId: number) {
	if (user.role !== 'supplier') return undefined
	return db
		.select()
		.from(matrices)
		.where(and(eq(matrices.tenderId, tenderId), eq(matrices.organisationId, user.organisationId)))
		.get()
}

function recordEvent(
	tx: Tx,
	matrixId: number,
	byUserId: number,
	fromStatus: MatrixStatus | null,
	toStatus: MatrixStatus,
	at: number,
	reason?: string,
) {
	tx.insert(matrixEvents)
		.values({ matrixId, at, byUserId, fromStatus, toStatus, reason: reason ?? null })
		.run()
}

/** Starts the organisation's matrix for an open tender, or returns the one it already has. */
export function startMatrix(user: SessionUser, tenderId: number, ctx: Ctx): MatrixResult<{ matrixId: number }> {
	if (user.role !== 'supplier') return { ok: false, message: 'Only suppliers submit matrices', status: 404 }
	return db.transaction((tx): MatrixResult<{ matrixId: number }> => {
		const tender = tx.select().from(tenders).where(eq(tenders.id, tenderId)).get()
		if (!tender || tender.status === 'draft') return { ok: false, message: 'Tender not found', status: 404 }
		const existing = tx
			.select({ id: matrices.id })
			.from(matrices)
			.where(and(eq(matrices.tenderId, tenderId), eq(matrices.organisationId, user.organisationId)))
			.get()
		if (existing) return { ok: true, matrixId: existing.id }
		if (tenderState(tender, ctx.now) !== 'open') return { ok: false, message: 'This tender is not open for bids' }
		const matrix = tx
			.insert(matrices)
			.values({
				tenderId,
				organisationId: user.organisationId,
				status: 'draft',
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning({ id: matrices.id })
			.get()
		recordEvent(tx, matrix.id, user.id, null, 'draft', ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'matrix_started',
			subject: { type: 'matrix', id: matrix.id },
			detail: { tenderId },
			ip: ctx.ip,
		})
		return { ok: true, matrixId: matrix.id }
	})
}

export type WorkspaceLine = {
	measure: TenderMeasure & { qualitative: boolean }
	entry: LineEntry | null
	status: LineStatus
	valuePence: number | null
}

function readEntries(tx: Tx | typeof db, matrixId: number): Map<number, LineEntry> {
	const lines = tx.select().from(matrixLines).where(eq(matrixLines.matrixId, matrixId)).all()
	// Joined rather than listed by line id: the same statement whatever the number of lines.
	const milestones = lines.length
		? tx
				.select({
					lineId: matrixMilestones.lineId,
					date: matrixMilestones.date,
					cumulativeHundredths: matrixMilestones.cumulativeHundredths,
				})
				.from(matrixMilestones)
				.innerJoin(matrixLines, eq(matrixLines.id, matrixMilestones.lineId))
				.where(eq(matrixLines.matrixId, matrixId))
				.orderBy(asc(matrixMilestones.lineId), asc(matrixMilestones.position))
				.all()
		: []
	const milestonesByLine = groupBy(milestones, (m) => m.lineId)
	return new Map(
		lines.map((line) => [
			line.measureId,
			{
				declined: line.declined,
				declineReason: line.declineReason,
				quantityHundredths: line.quantityHundredths,
				commitmentText: line.commitmentText,
				milestones: (milestonesByLine.get(line.id) ?? []).map((m) => ({
					date: m.date,
					cumulativeHundredths: m.cumulativeHundredths,
				})),
				responsibleName: line.responsibleName,
				responsibleRole: line.responsibleRole,
				responsibleEmail: line.responsibleEmail,
				methodStatement: line.methodStatement,
			},
		]),
	)
}

/** A matrix with every measure in scope, its entry, status and £ value, and the totals: four queries. */
export function loadMatrixWorkspace(matrixId: number, tx: Tx | typeof db = db) {
	const matrix = tx.select().from(matrices).where(eq(matrices.id, matrixId)).get()
	if (!matrix) return null
	const tender = tx.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()!
	const measures = tenderMeasureDetails(tender.id, tx)
	const entries = readEntries(tx, matrixId)
	const term = { start: tender.contractStart, end: tender.contractEnd }
	const lines: WorkspaceLine[] = measures.map((m) => {
		const measure = { ...m, qualitative: m.unit === 'text' }
		const entry = entries.get(m.id) ?? null
		const counts = entry && !entry.declined && entry.quantityHundredths !== null && !measure.qualitative
		return {
			measure,
			entry,
			status: lineStatus(entry, measure, term),
			valuePence: counts ? lineValuePence(entry.quantityHundredths!, m.proxyValuePence) : null,
		}
	})
	const totals = matrixTotals(
		lines.map((line) => ({ themeName: line.measure.themeName, valuePence: line.valuePence })),
		tender.estimatedValuePence,
	)
	return { matrix, tender, lines, totals, term }
}

/** Why the supplier may not change the matrix's lines now, or null when they may. */
export function editRefusal(
	matrix: { status: MatrixStatus; clarificationDueAt: number | null },
	tender: { deadlineAt: number },
	now: number,
): string | null {
	if (supplierCanEdit(matrix.status, now, tender.deadlineAt, matrix.clarificationDueAt)) return null
	if (matrix.status === 'draft') return 'The deadline for this tender has passed'
	if (matrix.status === 'changes_requested') return 'The time for changes has ended'
	return 'This matrix cannot be changed now'
}

/** Saves one line as a draft: half-filled is fine; only a supplier who may edit can. */
export function saveLine(
	user: SessionUser,
	input: { matrixId: number; measureId: number; version: number; entry: LineEntry },
	ctx: Ctx,
): MatrixResult {
	return db.transaction((tx): MatrixResult => {
		const matrix = getOwnMatrix(user, input.matrixId, tx)
		if (!matrix) return { ok: false, message: 'Matrix not found', status: 404 }
		const tender = tx.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()!
		const refusal = editRefusal(matrix, tender, ctx.now)
		if (refusal) return { ok: false, message: refusal }
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		const inScope = tx
			.select({ id: tenderMeasures.measureId })
			.from(tenderMeasures)
			.where(and(eq(tenderMeasures.tenderId, tender.id), eq(tenderMeasures.measureId, input.measureId)))
			.get()
		if (!inScope) return { ok: false, message: 'That measure is not in this tender', status: 404 }
		const { milestones, ...fields } = input.entry
		const line = tx
			.insert(matrixLines)
			.values({ matrixId: matrix.id, measureId: input.measureId, ...fields, updatedAt: ctx.now })
			.onConflictDoUpdate({
				target: [matrixLines.matrixId, matrixLines.measureId],
				set: { ...fields, updatedAt: ctx.now },
			})
			.returning({ id: matrixLines.id })
			.get()
		tx.delete(matrixMilestones).where(eq(matrixMilestones.lineId, line.id)).run()
		if (milestones.length > 0) {
			tx.insert(matrixMilestones)
				.values(
					milestones.map((m, position) => ({
						lineId: line.id,
						position,
						date: m.date,
						cumulativeHundredths: m.cumulativeHundredths,
					})),
				)
				.run()
		}
		tx.update(matrices)
			.set({ version: sql`${matrices.version} + 1`, updatedAt: ctx.now })
			.where(eq(matrices.id, matrix.id))
			.run()
		return { ok: true }
	})
}

/**
 * Submits (or, after a change request, resubmits) a matrix. Refused unless every line is
 * complete, the declarations are confirmed and the state machine allows it now. Tells every
 * member of the organisation by email, in the same transaction.
 */
export function submitMatrix(
	user: SessionUser,
	input: { matrixId: number; version: number; declarationsConfirmed: boolean },
	ctx: Ctx,
): MatrixResult {
	const result = db.transaction((tx): MatrixResult => {
		const matrix = getOwnMatrix(user, input.matrixId, tx)
		if (!matrix) return { ok: false, message: 'Matrix not found', status: 404 }
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		const workspace = loadMatrixWorkspace(matrix.id, tx)!
		const event = matrix.status === 'changes_requested' ? 'resubmit' : 'submit'
		const allowed = transition(matrix.status, event, {
			actor: 'supplier',
			now: ctx.now,
			deadlineAt: workspace.tender.deadlineAt,
			clarificationDueAt: matrix.clarificationDueAt,
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		const incomplete = workspace.lines.filter(
			(line) => lineProblems(line.entry ?? emptyEntry(), line.measure, workspace.term).length > 0,
		)
		const problems = incomplete.map((line) => `Complete ${line.measure.code}: ${line.measure.title}`)
		if (!input.declarationsConfirmed) problems.push('Confirm the ethical sourcing declarations')
		if (problems.length > 0) return { ok: false, message: 'The matrix cannot be submitted yet', problems }
		tx.update(matrices)
			.set({
				status: allowed.to,
				submittedAt: ctx.now,
				declarationsConfirmedAt: ctx.now,
				updatedAt: ctx.now,
				version: sql`${matrices.version} + 1`,
			})
			.where(eq(matrices.id, matrix.id))
			.run()
		recordEvent(tx, matrix.id, user.id, matrix.status, allowed.to, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'matrix_submitted',
			subject: { type: 'matrix', id: matrix.id },
			detail: { to: allowed.to },
			ip: ctx.ip,
		})
		const organisation = tx
			.select({ name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, matrix.organisationId))
			.get()
		const members = tx
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(and(eq(users.organisationId, matrix.organisationId), eq(users.status, 'active')))
			.all()
		for (const member of members) {
			enqueueEmail(
				tx,
				{
					dedupeKey: `matrix-submitted:${matrix.id}:${matrix.version}:${member.id}`,
					to: member.email,
					email: matrixSubmittedEmail({
						councilName: getCouncilName(),
						tenderTitle: workspace.tender.title,
						tenderReference: workspace.tender.reference,
						organisationName: organisation?.name ?? '',
						submittedBy: user.name,
						matrixUrl: emailLink('/matrices/:matrixId', { matrixId: String(matrix.id) }),
						resubmitted: event === 'resubmit',
					}),
				},
				ctx.now,
			)
		}
		const manager = tx
			.select({ id: users.id, email: users.email, status: users.status })
			.from(users)
			.where(eq(users.id, workspace.tender.contractManagerId))
			.get()
		if (manager?.status === 'active') {
			const sealed = ctx.now < workspace.tender.deadlineAt
			enqueueEmail(
				tx,
				{
					dedupeKey: `matrix-received:${matrix.id}:${matrix.version}:${manager.id}`,
					to: manager.email,
					email: matrixReceivedEmail({
						councilName: getCouncilName(),
						tenderReference: workspace.tender.reference,
						tenderTitle: workspace.tender.title,
						organisationName: organisation?.name ?? '',
						resubmitted: event === 'resubmit',
						deadline: formatDateTime(workspace.tender.deadlineAt),
						sealed,
						url: sealed
							? emailLink('/manage/tenders/:tenderId', { tenderId: String(workspace.tender.id) })
							: emailLink('/manage/matrices/:matrixId', { matrixId: String(matrix.id) }),
					}),
				},
				ctx.now,
			)
		}
		return { ok: true }
	})
	if (result.ok) wakeOutbox()
	return result
}

export function withdrawMatrix(
	user: SessionUser,
	input: { matrixId: number; version: number },
	ctx: Ctx,
): MatrixResult {
	return db.transaction((tx): MatrixResult => {
		const matrix = getOwnMatrix(user, input.matrixId, tx)
		if (!matrix) return { ok: false, message: 'Matrix not found', status: 404 }
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		const tender = tx
			.select({ deadlineAt: tenders.deadlineAt })
			.from(tenders)
			.where(eq(tenders.id, matrix.tenderId))
			.get()!
		const allowed = transition(matrix.status, 'withdraw', {
			actor: 'supplier',
			now: ctx.now,
			deadlineAt: tender.deadlineAt,
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		tx.update(matrices)
			.set({ status: allowed.to, submittedAt: null, updatedAt: ctx.now, version: sql`${matrices.version} + 1` })
			.where(eq(matrices.id, matrix.id))
			.run()
		recordEvent(tx, matrix.id, user.id, matrix.status, allowed.to, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'matrix_withdrawn',
			subject: { type: 'matrix', id: matrix.id },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

/** Before the deadline the council learns only how many bids are in, never what they say. */
export function submittedCount(tenderId: number): number {
	const row = db
		.select({ n: sql<number>`count(*)` })
		.from(matrices)
		.where(and(eq(matrices.tenderId, tenderId), ne(matrices.status, 'draft')))
		.get()
	return row?.n ?? 0
}

export function emptyEntry(): LineEntry {
	return {
		declined: false,
		declineReason: '',
		quantityHundredths: null,
		commitmentText: '',
		milestones: [],
		responsibleName: '',
		responsibleRole: '',
		responsibleEmail: '',
		methodStatement: '',
	}
}

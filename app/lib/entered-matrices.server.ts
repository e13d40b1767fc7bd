import { alias } from 'drizzle-orm/sqlite-core'
import { and, asc, eq, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { contracts, matrices, organisations, users } from '#db/schema.ts'
import { entryNote, entryStep, tenderEntryRefusal, type EntryStep } from '#app/domain/matrix/entered-matrix.ts'
import { lineProblems } from '#app/domain/matrix/matrix-lines.ts'
import type { SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { recordMatrixEvent } from './matrices.server.ts'
import { readMatrixLines, replaceMatrixLines, type ParsedMatrixLines } from './matrix-spreadsheet.server.ts'
import { emptyEntry, loadBlankWorkspace } from './matrix-workspace.server.ts'
import { wakeOutbox } from './outbox.server.ts'
import { addSupplierWithContact, type NewSupplier } from './supplier-contacts.server.ts'
import { canManageTender, councilTender } from './tenders.server.ts'

type Ctx = { ip: string; now: number }

/** The bidder: a supplier organisation already here, or a new one with its contact. */
export type Bidder = { kind: 'existing'; organisationId: number } | { kind: 'new'; supplier: NewSupplier }

export type BidderField = 'organisationId' | 'name' | 'registrationNumber' | 'contactEmail'

export type EntryResult =
	| { ok: true; matrixId: number; step: EntryStep }
	/** `field`: the bidder's field at fault; null when it is the file or the tender. */
	| { ok: false; status: 400 | 403 | 404 | 409; field: BidderField | null; problems: SheetProblem[] }

function refused(message: string, status: 400 | 403 | 404 | 409 = 400, field: BidderField | null = null): EntryResult {
	return { ok: false, status, field, problems: [{ sheet: null, row: null, column: null, message }] }
}

function awarded(tx: Tx | typeof db, tenderId: number): boolean {
	return Boolean(tx.select({ id: contracts.id }).from(contracts).where(eq(contracts.tenderId, tenderId)).get())
}

/** A tender whose bids this officer may enter, or why not. */
export function enterableTender(user: SessionUser, tenderId: number, tx: Tx | typeof db = db) {
	const tender = councilTender(user, tenderId, tx)
	if (!tender) return { ok: false as const, status: 404 as const, message: 'Tender not found' }
	if (!canManageTender(user, tender))
		return { ok: false as const, status: 403 as const, message: 'You cannot enter bids for this tender' }
	const refusal = tenderEntryRefusal({ tender, awarded: awarded(tx, tenderId) })
	return refusal ? { ok: false as const, status: 400 as const, message: refusal } : { ok: true as const, tender }
}

/**
 * What the bids entered for a tender were when a page was loaded: every entry or replacement
 * changes it, so a replacement made from an older page is refused instead of silently
 * overwriting another officer's.
 */
export function enteredBidsMark(tenderId: number, tx: Tx | typeof db = db): string {
	const mark = tx
		.select({ count: sql<number>`count(*)`, versions: sql<number>`coalesce(sum(${matrices.version}), 0)` })
		.from(matrices)
		.where(eq(matrices.tenderId, tenderId))
		.get()!
	return `${mark.count}.${mark.versions}`
}

const CHANGED_SINCE =
	'This bidder’s matrix was entered or changed while you were on this page. Check the tender’s bids, then enter it again if it still needs replacing'

/** Every measure answered as a submitted matrix must be, or a problem naming each one that is not. */
function incomplete(workspace: NonNullable<ReturnType<typeof loadBlankWorkspace>>, lines: ParsedMatrixLines) {
	const entries = new Map(lines.map((line) => [line.measureId, line.entry]))
	return workspace.lines
		.filter((line) => lineProblems(entries.get(line.measure.id) ?? emptyEntry(), line.measure, workspace.term).length)
		.map((line): SheetProblem => ({
			sheet: null,
			row: null,
			column: null,
			message: `Complete ${line.measure.code}: ${line.measure.title}: a bidder’s matrix is entered as submitted`,
		}))
}

/**
 * Enters a bidder's matrix, from the spreadsheet they sent in another system, on their behalf:
 * created as submitted (or its lines replaced, or resubmitted: see `entryStep`), with the
 * officer who entered it, a history step and an audit event, all in one transaction. A new
 * bidder organisation is added with its contact in the same transaction. Nothing changes
 * when anything is wrong, and every problem in the file is listed.
 */
export async function enterBidderMatrix(
	user: SessionUser,
	input: {
		tenderId: number
		bidder: Bidder
		bytes: Uint8Array
		declarationsConfirmed: boolean
		/** `enteredBidsMark` as the page showed it. */
		seenMark: string
	},
	ctx: Ctx,
): Promise<EntryResult> {
	const found = enterableTender(user, input.tenderId)
	if (!found.ok) return refused(found.message, found.status)
	if (!input.declarationsConfirmed) return refused('Confirm the bidder made the ethical sourcing declarations')
	const workspace = loadBlankWorkspace(input.tenderId)!
	const parsed = await readMatrixLines(workspace, input.bytes)
	if (!parsed.ok) return { ok: false, status: 400, field: null, problems: parsed.problems }
	const missing = incomplete(workspace, parsed.lines)
	if (missing.length > 0) return { ok: false, status: 400, field: null, problems: missing }

	const result = db.transaction((tx): EntryResult => {
		// Checked again: the file was read outside the transaction.
		const current = enterableTender(user, input.tenderId, tx)
		if (!current.ok) return refused(current.message, current.status)
		const { tender } = current
		let organisationId: number
		if (input.bidder.kind === 'existing') {
			const organisation = tx
				.select({ id: organisations.id })
				.from(organisations)
				.where(and(eq(organisations.id, input.bidder.organisationId), eq(organisations.kind, 'supplier')))
				.get()
			if (!organisation) return refused('Select the bidder', 400, 'organisationId')
			organisationId = organisation.id
		} else {
			// Last, once nothing else can refuse: a new organisation has no matrix to clash with.
			const added = addSupplierWithContact(tx, input.bidder.supplier, user, ctx)
			if (!added.ok) return refused(added.message, 400, added.field)
			organisationId = added.organisationId
		}
		const matrix = tx
			.select()
			.from(matrices)
			.where(and(eq(matrices.tenderId, tender.id), eq(matrices.organisationId, organisationId)))
			.get()
		if (matrix && enteredBidsMark(tender.id, tx) !== input.seenMark) return refused(CHANGED_SINCE, 409)
		const step = entryStep({
			tender,
			awarded: false,
			matrix: matrix ?? null,
			bidderClaimed: Boolean(
				tx
					.select({ id: users.id })
					.from(users)
					.where(and(eq(users.organisationId, organisationId), eq(users.status, 'active')))
					.get(),
			),
			now: ctx.now,
		})
		if (!step.ok) return refused(step.message, 400, 'organisationId')
		const bidderName = tx
			.select({ name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, organisationId))
			.get()!.name
		const note = entryNote(step.step, user.name, bidderName)
		const entered = { enteredByUserId: user.id, declarationsConfirmedAt: ctx.now, updatedAt: ctx.now }
		let matrixId: number
		if (!matrix) {
			matrixId = tx
				.insert(matrices)
				.values({
					tenderId: tender.id,
					organisationId,
					status: 'submitted',
					submittedAt: ctx.now,
					createdAt: ctx.now,
					...entered,
				})
				.returning({ id: matrices.id })
				.get().id
			recordMatrixEvent(tx, matrixId, user.id, null, 'submitted', ctx.now, note)
		} else {
			matrixId = matrix.id
			const to = step.step === 'resubmit' ? 'resubmitted' : 'submitted'
			tx.update(matrices)
				.set({ ...entered, status: to, submittedAt: ctx.now })
				.where(eq(matrices.id, matrixId))
				.run()
			recordMatrixEvent(tx, matrixId, user.id, matrix.status, to, ctx.now, note)
		}
		replaceMatrixLines(tx, matrixId, parsed.lines, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'matrix_entered',
			subject: { type: 'matrix', id: matrixId },
			detail: { tenderId: tender.id, organisationId, bidder: bidderName, step: step.step, lines: parsed.lines.length },
			ip: ctx.ip,
		})
		return { ok: true, matrixId, step: step.step }
	})
	// A new bidder's contact is invited by email.
	if (result.ok) wakeOutbox()
	return result
}

const enteredBy = alias(users, 'entered_by')

/** The bids entered for a tender run elsewhere: bidder, who entered each and when, its state. */
export function enteredBids(tenderId: number) {
	return db
		.select({
			matrixId: matrices.id,
			status: matrices.status,
			bidder: organisations.name,
			enteredBy: enteredBy.name,
			enteredAt: sql<number>`coalesce(${matrices.submittedAt}, ${matrices.createdAt})`,
		})
		.from(matrices)
		.innerJoin(organisations, eq(organisations.id, matrices.organisationId))
		.leftJoin(enteredBy, eq(enteredBy.id, matrices.enteredByUserId))
		.where(eq(matrices.tenderId, tenderId))
		.orderBy(asc(organisations.name))
		.all()
}

/** Who entered a matrix on its bidder's behalf, if anyone did: its review and supplier pages say so. */
export function matrixEntry(matrixId: number) {
	return (
		db
			.select({ officer: users.name, bidder: organisations.name })
			.from(matrices)
			.innerJoin(users, eq(users.id, matrices.enteredByUserId))
			.innerJoin(organisations, eq(organisations.id, matrices.organisationId))
			.where(eq(matrices.id, matrixId))
			.get() ?? null
	)
}

/** Supplier organisations a bidder can be chosen from, by name. */
export function supplierOrganisations() {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.kind, 'supplier'))
		.orderBy(asc(organisations.name))
		.all()
}

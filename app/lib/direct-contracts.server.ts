import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { db, type DbOrTx, type Tx } from '#db/client.server.ts'
import {
	contracts,
	matrices,
	matrixLines,
	organisations,
	tenderMeasures,
	tenders,
	tomsEditions,
	tomsMeasures,
	users,
} from '#db/schema.ts'
import { supplierChoice, type DirectContractForm } from '#app/domain/contracts/direct-contract-form.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { isStaffOf } from '#app/domain/roles.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { activeContractManager } from './contract-award.server.ts'
import { recordMatrixEvent } from './matrices.server.ts'
import { writeLine } from './matrix-lines.server.ts'
import { addSupplierWithContact } from './supplier-contacts.server.ts'
import { canManageTender } from './tenders.server.ts'

export type Ctx = { ip: string; now: number }
export type DirectResult<T = object> =
	({ ok: true } & T) | { ok: false; message: string; status?: 400 | 403 | 404 | 409; field?: keyof DirectContractForm }

export const STALE_DRAFT =
	'Someone else changed this contract while you were looking at it. Check the latest version and try again.'

/** The supplier organisations a contract can be recorded for, by name. */
export function supplierOrganisations() {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.kind, 'supplier'))
		.orderBy(asc(sql`lower(${organisations.name})`))
		.all()
}

/** A reference none of the council's contracts and tenders has yet, whatever the case; other councils' do not count. */
function referenceTaken(tx: DbOrTx, councilId: number, reference: string): boolean {
	const lower = reference.toLowerCase()
	const contract = tx
		.select({ id: contracts.id })
		.from(contracts)
		.where(and(eq(contracts.councilId, councilId), sql`lower(${contracts.reference}) = ${lower}`))
		.get()
	const tender = tx
		.select({ id: tenders.id })
		.from(tenders)
		.where(and(eq(tenders.councilId, councilId), sql`lower(${tenders.reference}) = ${lower}`))
		.get()
	return Boolean(contract || tender)
}

/** What the form names that only the database can check: the edition, its measures, the manager. */
type Refusal = Extract<DirectResult, { ok: false }>

function setUpProblem(tx: Tx, user: SessionUser, form: DirectContractForm): Refusal | null {
	const councilId = user.organisationId
	if (referenceTaken(tx, councilId, form.reference))
		return { ok: false, field: 'reference', message: 'Another contract or tender already has this reference' }
	const edition = tx
		.select({ status: tomsEditions.status })
		.from(tomsEditions)
		.where(and(eq(tomsEditions.id, form.editionId), eq(tomsEditions.councilId, councilId)))
		.get()
	if (edition?.status !== 'published')
		return { ok: false, field: 'editionId', message: 'Select a published TOMs edition' }
	const measureIds = [...new Set(form.measureIds)]
	const inEdition = tx
		.select({ id: tomsMeasures.id })
		.from(tomsMeasures)
		.where(and(inArray(tomsMeasures.id, measureIds), eq(tomsMeasures.editionId, form.editionId)))
		.all()
	if (inEdition.length !== measureIds.length)
		return { ok: false, field: 'measureIds', message: 'Select measures from the chosen TOMs edition only' }
	const managerId = user.role === 'admin' ? form.contractManagerId : user.id
	if (!activeContractManager(tx, councilId, managerId))
		return { ok: false, field: 'contractManagerId', message: 'Select the contract manager' }
	return null
}

/**
 * Starts recording a contract agreed without a tender in the portal, in one transaction: its
 * set-up as a tender marked direct (never listed or open to bids), the supplier if it is new
 * (its contact invited only once the contract is confirmed), and an empty matrix for the
 * supplier that the officer fills in. A contract manager records their own contracts.
 */
export function createDirectDraft(
	user: SessionUser,
	form: DirectContractForm,
	ctx: Ctx,
): DirectResult<{ matrixId: number }> {
	if (user.role !== 'contract_manager' && user.role !== 'admin')
		return { ok: false, message: 'Only contract managers record contracts', status: 403 }
	return db.transaction((tx): DirectResult<{ matrixId: number }> => {
		const problem = setUpProblem(tx, user, form)
		if (problem) return problem
		const choice = supplierChoice(form)
		let organisationId: number
		if (choice.kind === 'existing') {
			const organisation = tx
				.select({ id: organisations.id })
				.from(organisations)
				.where(and(eq(organisations.id, choice.organisationId), eq(organisations.kind, 'supplier')))
				.get()
			if (!organisation) return { ok: false, field: 'supplierId', message: 'Select the supplier' }
			organisationId = organisation.id
		} else {
			const added = addSupplierWithContact(tx, choice, user, ctx, { invite: false })
			if (!added.ok) {
				const fields = { name: 'supplierName', registrationNumber: 'registrationNumber', contactEmail: 'contactEmail' }
				return { ok: false, field: fields[added.field] as keyof DirectContractForm, message: added.message }
			}
			organisationId = added.organisationId
		}
		const tender = tx
			.insert(tenders)
			.values({
				councilId: user.organisationId,
				reference: form.reference,
				title: form.title,
				estimatedValuePence: form.value,
				contractStart: form.startDate,
				contractEnd: form.endDate,
				// No bids, so no deadline to wait for: the draft is the council's from the start.
				deadlineAt: ctx.now,
				weightingPercent: 0,
				cadence: form.cadence,
				editionId: form.editionId,
				contractManagerId: user.role === 'admin' ? form.contractManagerId : user.id,
				status: 'draft',
				bidding: 'direct',
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning({ id: tenders.id })
			.get()
		tx.insert(tenderMeasures)
			.values([...new Set(form.measureIds)].map((measureId) => ({ tenderId: tender.id, measureId })))
			.run()
		const matrix = tx
			.insert(matrices)
			.values({
				tenderId: tender.id,
				organisationId,
				status: 'draft',
				enteredByUserId: user.id,
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning({ id: matrices.id })
			.get()
		recordMatrixEvent(tx, matrix.id, user.id, null, 'draft', ctx.now, 'Contract being recorded directly')
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: user.organisationId,
			action: 'matrix_entered',
			subject: { type: 'matrix', id: matrix.id },
			detail: { direct: true, reference: form.reference, organisationId, tenderId: tender.id },
			ip: ctx.ip,
		})
		return { ok: true, matrixId: matrix.id }
	})
}

export type DirectDraft = {
	matrix: typeof matrices.$inferSelect
	tender: typeof tenders.$inferSelect
}

/**
 * The matrix of a contract being recorded directly, if this officer may work on it: the
 * contract's manager or an administrator. A confirmed one says which contract it became.
 */
export function findDirectDraft(
	user: SessionUser,
	matrixId: number,
	tx: DbOrTx = db,
): DirectResult<DirectDraft & { contractId: number | null }> {
	const matrix = tx.select().from(matrices).where(eq(matrices.id, matrixId)).get()
	const tender = matrix && tx.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()
	// Another council's contract is not there at all for this council's staff.
	if (!matrix || !tender || tender.bidding !== 'direct' || !isStaffOf(user, tender.councilId))
		return { ok: false, message: 'Contract not found', status: 404 }
	if (!canManageTender(user, tender)) return { ok: false, message: 'You cannot change this contract', status: 403 }
	const contract = tx.select({ id: contracts.id }).from(contracts).where(eq(contracts.matrixId, matrix.id)).get()
	return { ok: true, matrix, tender, contractId: contract?.id ?? null }
}

/** As `findDirectDraft`, and only while the contract is still being recorded. */
export function editableDirectDraft(user: SessionUser, matrixId: number, tx: DbOrTx = db): DirectResult<DirectDraft> {
	const found = findDirectDraft(user, matrixId, tx)
	if (!found.ok) return found
	if (found.contractId !== null || found.matrix.status !== 'draft')
		return { ok: false, message: 'This contract has been confirmed and cannot change here', status: 400 }
	return found
}

/** The officer saves one commitment of the contract being recorded, as typed on screen. */
export function saveDraftLine(
	user: SessionUser,
	input: { matrixId: number; measureId: number; version: number; entry: LineEntry },
	ctx: Ctx,
): DirectResult {
	return db.transaction((tx): DirectResult => {
		const found = editableDirectDraft(user, input.matrixId, tx)
		if (!found.ok) return found
		if (found.matrix.version !== input.version) return { ok: false, message: STALE_DRAFT, status: 409 }
		if (!writeLine(tx, { ...input, tenderId: found.tender.id }, ctx.now))
			return { ok: false, message: 'That measure is not in this contract', status: 404 }
		return { ok: true }
	})
}

/**
 * Throws away a contract still being recorded: its set-up, matrix and lines. A new supplier
 * added with it stays, its contact not yet invited, ready to be chosen next time.
 */
export function discardDirectDraft(user: SessionUser, input: { matrixId: number; version: number }, ctx: Ctx) {
	return db.transaction((tx): DirectResult => {
		const found = editableDirectDraft(user, input.matrixId, tx)
		if (!found.ok) return found
		if (found.matrix.version !== input.version) return { ok: false, message: STALE_DRAFT, status: 409 }
		tx.delete(matrices).where(eq(matrices.id, found.matrix.id)).run()
		tx.delete(tenders).where(eq(tenders.id, found.tender.id)).run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: found.tender.councilId,
			action: 'contract_draft_discarded',
			subject: { type: 'tender', id: found.tender.id },
			detail: { reference: found.tender.reference, matrixId: found.matrix.id },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

/** The council's contracts still being recorded: a contract manager's own, or (null) every one. */
export function directDraftsFor(councilId: number, managerId: number | null) {
	return db
		.select({
			matrixId: matrices.id,
			reference: tenders.reference,
			title: tenders.title,
			supplier: organisations.name,
			updatedAt: matrices.updatedAt,
			lines: sql<number>`(select count(*) from ${matrixLines} l where l."matrix_id" = "matrices"."id")`,
			measures: sql<number>`(select count(*) from ${tenderMeasures} s where s."tender_id" = "tenders"."id")`,
		})
		.from(matrices)
		.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
		.innerJoin(organisations, eq(organisations.id, matrices.organisationId))
		.where(
			and(
				eq(tenders.councilId, councilId),
				eq(tenders.bidding, 'direct'),
				eq(matrices.status, 'draft'),
				managerId === null ? undefined : eq(tenders.contractManagerId, managerId),
			),
		)
		.orderBy(desc(matrices.updatedAt), desc(matrices.id))
		.all()
}

/** Who a contract being recorded is with and who manages it, as its pages show them. */
export function directDraftParties(draft: { organisationId: number; contractManagerId: number }) {
	const organisation = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, draft.organisationId))
		.get()
	const manager = db.select({ name: users.name }).from(users).where(eq(users.id, draft.contractManagerId)).get()
	// A supplier nobody has claimed yet: its contact is the one the invitation will go to.
	const active = db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.organisationId, draft.organisationId), eq(users.status, 'active')))
		.get()
	const contact = active
		? undefined
		: db
				.select({ name: users.name, email: users.email })
				.from(users)
				.where(and(eq(users.organisationId, draft.organisationId), eq(users.status, 'invited')))
				.get()
	return { organisation: organisation?.name ?? '', manager: manager?.name ?? '', contact: contact ?? null }
}

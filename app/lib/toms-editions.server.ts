import { and, count, eq, max, ne, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { tomsEditions, tomsMeasurePriorities, tomsMeasures, tomsOutcomes, tomsThemes } from '#db/schema.ts'
import { countContent, type EditionContent, type MeasureContent } from '#app/domain/toms/content.ts'
import { allowedEditionActions, canEditContent, type EditionAction } from '#app/domain/toms/edition-status.ts'
import { REPLACE_NOT_CONFIRMED, replacingNeedsConfirmation } from '#app/domain/toms/import-confirmation.ts'
import { publishProblems } from '#app/domain/toms/publish-rules.ts'
import { recordAudit } from './audit.server.ts'
import { catalogueOf } from '#app/domain/toms/units.ts'
import { listUnits } from './units.server.ts'
import type { SessionUser } from './auth.server.ts'
import {
	councilEdition,
	getEdition,
	listPriorities,
	loadEditionTree,
	priorityIdsByCode,
	toContent,
} from './toms-queries.server.ts'

export type Context = { ip: string; now: number }
export type EditionResult<T = object> =
	({ ok: true } & T) | { ok: false; field?: string; message: string; problems?: string[] }

export const STALE_EDITION =
	'This edition was changed by someone else while you were looking at it. Check the latest version and try again.'
export const NOT_A_DRAFT =
	'This edition has been published, so it cannot change. Copy it into a new draft to make changes.'

/** Inserts a content tree into an empty draft edition, linking its own council's priorities. */
export function insertContent(tx: Tx, editionId: number, content: EditionContent) {
	const councilId = getEdition(editionId, tx)!.councilId
	const allCodes = [
		...new Set(content.themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures.flatMap((m) => m.priorityCodes)))),
	]
	const priorityIds = priorityIdsByCode(councilId, allCodes, tx)
	content.themes.forEach((theme, themeIndex) => {
		const themeId = tx
			.insert(tomsThemes)
			.values({ editionId, position: themeIndex, name: theme.name })
			.returning({ id: tomsThemes.id })
			.get().id
		theme.outcomes.forEach((outcome, outcomeIndex) => {
			const outcomeId = tx
				.insert(tomsOutcomes)
				.values({ editionId, themeId, position: outcomeIndex, name: outcome.name })
				.returning({ id: tomsOutcomes.id })
				.get().id
			outcome.measures.forEach((measure, measureIndex) => {
				insertMeasure(tx, editionId, outcomeId, measureIndex, measure, priorityIds)
			})
		})
	})
}

function insertMeasure(
	tx: Tx,
	editionId: number,
	outcomeId: number,
	position: number,
	measure: MeasureContent,
	priorityIds: Map<string, number>,
) {
	const measureId = tx
		.insert(tomsMeasures)
		.values({
			editionId,
			outcomeId,
			position,
			code: measure.code,
			title: measure.title,
			unit: measure.unit,
			proxyValuePence: measure.proxyValuePence,
			guidance: measure.guidance,
			evidenceGuidance: measure.evidenceGuidance,
		})
		.returning({ id: tomsMeasures.id })
		.get().id
	const links = [...new Set(measure.priorityCodes)]
		.map((code) => priorityIds.get(code))
		.filter((id): id is number => id !== undefined)
		.map((priorityId) => ({ measureId, priorityId }))
	if (links.length > 0) tx.insert(tomsMeasurePriorities).values(links).run()
}

/** The council's current edition stops being current; other councils' stay as they are. */
function clearCurrent(tx: Tx, councilId: number) {
	tx.update(tomsEditions)
		.set({ isCurrent: false })
		.where(and(eq(tomsEditions.councilId, councilId), eq(tomsEditions.isCurrent, true)))
		.run()
}

function bumpVersion(tx: Tx, editionId: number, now: number) {
	tx.update(tomsEditions)
		.set({ version: sql`${tomsEditions.version} + 1`, updatedAt: now })
		.where(eq(tomsEditions.id, editionId))
		.run()
}

/**
 * Checks, inside the transaction, that the edition is the council's, is a draft and is the
 * version the person was looking at. The database refuses changes to published editions too;
 * this gives the person a clear message instead of an error page. Another council's edition
 * is not found.
 */
function requireEditableDraft(
	tx: Tx,
	councilId: number,
	editionId: number,
	version: number | null,
): EditionResult<{ edition: NonNullable<ReturnType<typeof councilEdition>> }> {
	const edition = councilEdition(councilId, editionId, tx)
	if (!edition) return { ok: false, message: 'Edition not found' }
	if (!canEditContent(edition)) return { ok: false, message: NOT_A_DRAFT }
	if (version !== null && edition.version !== version) return { ok: false, message: STALE_EDITION }
	return { ok: true, edition }
}

export function nameTaken(tx: Tx, councilId: number, name: string, exceptId?: number) {
	const row = tx
		.select({ n: count() })
		.from(tomsEditions)
		.where(
			and(
				eq(tomsEditions.councilId, councilId),
				sql`lower(${tomsEditions.name}) = ${name.toLowerCase()}`,
				exceptId === undefined ? undefined : ne(tomsEditions.id, exceptId),
			),
		)
		.get()
	return (row?.n ?? 0) > 0
}

export function createEdition(
	admin: SessionUser,
	input: { name: string; description: string; copyFromId: number | null },
	ctx: Context,
): EditionResult<{ editionId: number }> {
	return db.transaction((tx): EditionResult<{ editionId: number }> => {
		if (nameTaken(tx, admin.organisationId, input.name))
			return { ok: false, field: 'name', message: 'An edition with this name already exists' }
		let content: EditionContent = { themes: [] }
		if (input.copyFromId !== null) {
			if (!councilEdition(admin.organisationId, input.copyFromId, tx))
				return { ok: false, field: 'copyFromId', message: 'Select an edition to copy' }
			content = toContent(loadEditionTree(input.copyFromId, {}, tx))
		}
		const edition = tx
			.insert(tomsEditions)
			.values({
				councilId: admin.organisationId,
				name: input.name,
				description: input.description,
				status: 'draft',
				copiedFromId: input.copyFromId,
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning({ id: tomsEditions.id })
			.get()
		insertContent(tx, edition.id, content)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'toms_edition_created',
			subject: { type: 'toms_edition', id: edition.id },
			detail: { name: input.name, copiedFrom: input.copyFromId },
			ip: ctx.ip,
		})
		return { ok: true, editionId: edition.id }
	})
}

/**
 * Replaces all of a draft's content with an imported file's. All or nothing. A draft that
 * already holds something is replaced only when the administrator confirmed it.
 */
export function replaceEditionContent(
	admin: SessionUser,
	editionId: number,
	content: EditionContent,
	ctx: Context,
	{ replaceConfirmed = false }: { replaceConfirmed?: boolean } = {},
): EditionResult<{ measureCount: number }> {
	return db.transaction((tx): EditionResult<{ measureCount: number }> => {
		const check = requireEditableDraft(tx, admin.organisationId, editionId, null)
		if (!check.ok) return check
		if (replacingNeedsConfirmation(countContent(loadEditionTree(editionId, {}, tx))) && !replaceConfirmed) {
			return { ok: false, field: 'replaceConfirmed', message: REPLACE_NOT_CONFIRMED }
		}
		return { ok: true, measureCount: writeImportedContent(tx, admin, editionId, content, ctx) }
	})
}

/**
 * Inside the caller's transaction, puts an imported file's content in place of the draft's,
 * moves the draft to its next version and records the import. Returns the measures imported.
 */
export function writeImportedContent(
	tx: Tx,
	admin: SessionUser,
	editionId: number,
	content: EditionContent,
	ctx: Context,
	auditDetail: Record<string, unknown> = {},
): number {
	tx.delete(tomsThemes).where(eq(tomsThemes.editionId, editionId)).run()
	insertContent(tx, editionId, content)
	bumpVersion(tx, editionId, ctx.now)
	const measureCount = countContent(content).measures
	recordAudit(tx, {
		at: ctx.now,
		actorUserId: admin.id,
		councilId: admin.organisationId,
		action: 'toms_edition_imported',
		subject: { type: 'toms_edition', id: editionId },
		detail: { measures: measureCount, ...auditDetail },
		ip: ctx.ip,
	})
	return measureCount
}

export function publishEdition(admin: SessionUser, editionId: number, version: number, ctx: Context): EditionResult {
	return db.transaction((tx): EditionResult => {
		const check = requireEditableDraft(tx, admin.organisationId, editionId, version)
		if (!check.ok) return check
		const units = catalogueOf(listUnits(admin.organisationId, tx))
		const problems = publishProblems(toContent(loadEditionTree(editionId, {}, tx)), units)
		if (problems.length > 0) return { ok: false, message: 'This edition cannot be published yet', problems }
		clearCurrent(tx, admin.organisationId)
		tx.update(tomsEditions)
			.set({
				status: 'published',
				isCurrent: true,
				publishedAt: ctx.now,
				updatedAt: ctx.now,
				version: sql`${tomsEditions.version} + 1`,
			})
			.where(eq(tomsEditions.id, editionId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'toms_edition_published',
			subject: { type: 'toms_edition', id: editionId },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

function lifecycleChange(
	admin: SessionUser,
	editionId: number,
	version: number,
	action: Extract<EditionAction, 'retire' | 'make-current' | 'delete'>,
	ctx: Context,
): EditionResult {
	return db.transaction((tx): EditionResult => {
		const edition = councilEdition(admin.organisationId, editionId, tx)
		if (!edition) return { ok: false, message: 'Edition not found' }
		if (edition.version !== version) return { ok: false, message: STALE_EDITION }
		if (!allowedEditionActions(edition).includes(action)) {
			const reasons = {
				retire:
					'Only a published edition that is not the current one can be retired. Make another edition current first.',
				'make-current': 'Only a published or retired edition can be made current.',
				delete: 'Only a draft edition can be deleted.',
			}
			return { ok: false, message: reasons[action] }
		}
		if (action === 'delete') {
			tx.delete(tomsEditions).where(eq(tomsEditions.id, editionId)).run()
		} else if (action === 'retire') {
			tx.update(tomsEditions)
				.set({ status: 'retired', retiredAt: ctx.now, updatedAt: ctx.now, version: sql`${tomsEditions.version} + 1` })
				.where(eq(tomsEditions.id, editionId))
				.run()
		} else {
			clearCurrent(tx, admin.organisationId)
			tx.update(tomsEditions)
				.set({
					status: 'published',
					isCurrent: true,
					retiredAt: null,
					updatedAt: ctx.now,
					version: sql`${tomsEditions.version} + 1`,
				})
				.where(eq(tomsEditions.id, editionId))
				.run()
		}
		const auditAction = {
			retire: 'toms_edition_retired',
			'make-current': 'toms_edition_made_current',
			delete: 'toms_edition_deleted',
		} as const
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: auditAction[action],
			subject: { type: 'toms_edition', id: editionId },
			detail: { name: edition.name },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export function retireEdition(admin: SessionUser, editionId: number, version: number, ctx: Context) {
	return lifecycleChange(admin, editionId, version, 'retire', ctx)
}

export function makeEditionCurrent(admin: SessionUser, editionId: number, version: number, ctx: Context) {
	return lifecycleChange(admin, editionId, version, 'make-current', ctx)
}

export function deleteDraftEdition(admin: SessionUser, editionId: number, version: number, ctx: Context) {
	return lifecycleChange(admin, editionId, version, 'delete', ctx)
}

export function knownPriorityCodes(councilId: number): string[] {
	return listPriorities(councilId).map((priority) => priority.code)
}

export function nextPosition(
	tx: Tx,
	table: typeof tomsThemes | typeof tomsOutcomes | typeof tomsMeasures,
	where: ReturnType<typeof eq>,
) {
	const row = tx
		.select({ top: max(table.position) })
		.from(table)
		.where(where)
		.get()
	return (row?.top ?? -1) + 1
}

export { bumpVersion, insertMeasure, requireEditableDraft }

import { and, eq, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { tomsMeasurePriorities, tomsMeasures, tomsOutcomes, tomsThemes } from '#db/schema.ts'
import type { MeasureContent } from '#app/domain/toms/content.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import {
	bumpVersion,
	insertMeasure,
	nextPosition,
	requireEditableDraft,
	type Context,
	type EditionResult,
} from './toms-editions.server.ts'
import { priorityIdsByCode } from './toms-queries.server.ts'

type Change = { editionId: number; version: number }

/**
 * Runs one change to a draft edition's content: checks it is still an editable draft at
 * the version the person saw, makes the change, bumps the version and records the audit
 * event, all in one transaction.
 */
function changeDraft<T extends object>(
	admin: SessionUser,
	change: Change,
	ctx: Context,
	description: string,
	apply: (tx: Tx) => EditionResult<T>,
): EditionResult<T> {
	return db.transaction((tx): EditionResult<T> => {
		const check = requireEditableDraft(tx, admin.organisationId, change.editionId, change.version)
		if (!check.ok) return check
		const result = apply(tx)
		if (!result.ok) return result
		bumpVersion(tx, change.editionId, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'toms_edition_changed',
			subject: { type: 'toms_edition', id: change.editionId },
			detail: { change: description },
			ip: ctx.ip,
		})
		return result
	})
}

function themeInEdition(tx: Tx, editionId: number, themeId: number) {
	return tx
		.select()
		.from(tomsThemes)
		.where(and(eq(tomsThemes.id, themeId), eq(tomsThemes.editionId, editionId)))
		.get()
}

function outcomeInEdition(tx: Tx, editionId: number, outcomeId: number) {
	return tx
		.select()
		.from(tomsOutcomes)
		.where(and(eq(tomsOutcomes.id, outcomeId), eq(tomsOutcomes.editionId, editionId)))
		.get()
}

function measureInEdition(tx: Tx, editionId: number, measureId: number) {
	return tx
		.select()
		.from(tomsMeasures)
		.where(and(eq(tomsMeasures.id, measureId), eq(tomsMeasures.editionId, editionId)))
		.get()
}

const NOT_FOUND = { ok: false as const, message: 'That part of the edition no longer exists. Reload the page.' }

export function saveTheme(admin: SessionUser, change: Change & { themeId: number | null; name: string }, ctx: Context) {
	return changeDraft(
		admin,
		change,
		ctx,
		change.themeId === null ? `added theme ‘${change.name}’` : `renamed theme to ‘${change.name}’`,
		(tx): EditionResult => {
			if (change.themeId === null) {
				const position = nextPosition(tx, tomsThemes, eq(tomsThemes.editionId, change.editionId))
				tx.insert(tomsThemes).values({ editionId: change.editionId, position, name: change.name }).run()
				return { ok: true }
			}
			if (!themeInEdition(tx, change.editionId, change.themeId)) return NOT_FOUND
			tx.update(tomsThemes).set({ name: change.name }).where(eq(tomsThemes.id, change.themeId)).run()
			return { ok: true }
		},
	)
}

export function deleteTheme(admin: SessionUser, change: Change & { themeId: number }, ctx: Context) {
	return changeDraft(admin, change, ctx, `deleted theme ${change.themeId}`, (tx): EditionResult => {
		if (!themeInEdition(tx, change.editionId, change.themeId)) return NOT_FOUND
		tx.delete(tomsThemes).where(eq(tomsThemes.id, change.themeId)).run()
		return { ok: true }
	})
}

export function saveOutcome(
	admin: SessionUser,
	change: Change & { outcomeId: number | null; themeId: number; name: string },
	ctx: Context,
) {
	return changeDraft(
		admin,
		change,
		ctx,
		change.outcomeId === null ? `added outcome ‘${change.name}’` : `changed outcome ‘${change.name}’`,
		(tx): EditionResult => {
			if (!themeInEdition(tx, change.editionId, change.themeId))
				return { ok: false, field: 'themeId', message: 'Select a theme' }
			if (change.outcomeId === null) {
				const position = nextPosition(tx, tomsOutcomes, eq(tomsOutcomes.themeId, change.themeId))
				tx.insert(tomsOutcomes)
					.values({ editionId: change.editionId, themeId: change.themeId, position, name: change.name })
					.run()
				return { ok: true }
			}
			const outcome = outcomeInEdition(tx, change.editionId, change.outcomeId)
			if (!outcome) return NOT_FOUND
			const moved = outcome.themeId !== change.themeId
			tx.update(tomsOutcomes)
				.set({
					name: change.name,
					themeId: change.themeId,
					position: moved ? nextPosition(tx, tomsOutcomes, eq(tomsOutcomes.themeId, change.themeId)) : outcome.position,
				})
				.where(eq(tomsOutcomes.id, outcome.id))
				.run()
			return { ok: true }
		},
	)
}

export function deleteOutcome(admin: SessionUser, change: Change & { outcomeId: number }, ctx: Context) {
	return changeDraft(admin, change, ctx, `deleted outcome ${change.outcomeId}`, (tx): EditionResult => {
		if (!outcomeInEdition(tx, change.editionId, change.outcomeId)) return NOT_FOUND
		tx.delete(tomsOutcomes).where(eq(tomsOutcomes.id, change.outcomeId)).run()
		return { ok: true }
	})
}

export function saveMeasure(
	admin: SessionUser,
	change: Change & { measureId: number | null; outcomeId: number; measure: MeasureContent },
	ctx: Context,
): EditionResult<{ code: string }> {
	const verb = change.measureId === null ? 'added' : 'changed'
	return changeDraft(
		admin,
		change,
		ctx,
		`${verb} measure ${change.measure.code}`,
		(tx): EditionResult<{ code: string }> => {
			if (!outcomeInEdition(tx, change.editionId, change.outcomeId))
				return { ok: false, field: 'outcomeId', message: 'Select an outcome' }
			const sameCode = tx
				.select({ id: tomsMeasures.id })
				.from(tomsMeasures)
				.where(
					and(
						eq(tomsMeasures.editionId, change.editionId),
						sql`lower(${tomsMeasures.code}) = ${change.measure.code.toLowerCase()}`,
					),
				)
				.get()
			if (sameCode && sameCode.id !== change.measureId) {
				return { ok: false, field: 'code', message: `Code ${change.measure.code} is already used in this edition` }
			}
			const priorityIds = priorityIdsByCode(admin.organisationId, change.measure.priorityCodes, tx)
			if (change.measureId === null) {
				const position = nextPosition(tx, tomsMeasures, eq(tomsMeasures.outcomeId, change.outcomeId))
				insertMeasure(tx, change.editionId, change.outcomeId, position, change.measure, priorityIds)
				return { ok: true, code: change.measure.code }
			}
			const existing = measureInEdition(tx, change.editionId, change.measureId)
			if (!existing) return NOT_FOUND
			const moved = existing.outcomeId !== change.outcomeId
			tx.update(tomsMeasures)
				.set({
					outcomeId: change.outcomeId,
					position: moved
						? nextPosition(tx, tomsMeasures, eq(tomsMeasures.outcomeId, change.outcomeId))
						: existing.position,
					code: change.measure.code,
					title: change.measure.title,
					unit: change.measure.unit,
					proxyValuePence: change.measure.proxyValuePence,
					guidance: change.measure.guidance,
					evidenceGuidance: change.measure.evidenceGuidance,
				})
				.where(eq(tomsMeasures.id, existing.id))
				.run()
			tx.delete(tomsMeasurePriorities).where(eq(tomsMeasurePriorities.measureId, existing.id)).run()
			const links = [...priorityIds.values()].map((priorityId) => ({ measureId: existing.id, priorityId }))
			if (links.length > 0) tx.insert(tomsMeasurePriorities).values(links).run()
			return { ok: true, code: change.measure.code }
		},
	)
}

export function deleteMeasure(admin: SessionUser, change: Change & { measureId: number }, ctx: Context) {
	return changeDraft(admin, change, ctx, `deleted measure ${change.measureId}`, (tx): EditionResult => {
		if (!measureInEdition(tx, change.editionId, change.measureId)) return NOT_FOUND
		tx.delete(tomsMeasures).where(eq(tomsMeasures.id, change.measureId)).run()
		return { ok: true }
	})
}

import { and, desc, eq, lt } from 'drizzle-orm'
import { db, type DbOrTx } from '#db/client.server.ts'
import { tomsEditions, tomsImports } from '#db/schema.ts'
import { countContent, type EditionContent } from '#app/domain/toms/content.ts'
import {
	IMPORT_ALREADY_CONFIRMED,
	IMPORT_STALE,
	REPLACE_NOT_CONFIRMED,
	replacingNeedsConfirmation,
} from '#app/domain/toms/import-confirmation.ts'
import { previewImport, type BaselineSource, type ImportPreview } from '#app/domain/toms/import-preview.ts'
import type { RoundedProxyValue, UnmatchedUnit } from '#app/domain/toms/spreadsheet-rows.ts'
import {
	applyUnitKeys,
	newUnitClashes,
	resolutionProblem,
	type UnitResolution,
} from '#app/domain/toms/unit-resolution.ts'
import { catalogueOf, normaliseUnitText } from '#app/domain/toms/units.ts'
import type { SessionUser } from './auth.server.ts'
import { requireEditableDraft, writeImportedContent, type Context, type EditionResult } from './toms-editions.server.ts'
import { councilEdition, getEdition, loadEditionTree, toContent } from './toms-queries.server.ts'
import { addUnit, listUnits } from './units.server.ts'

// A file read for import is held until the administrator has seen what it would change and
// confirms it. Once imported, it stays as the baseline that shows later imports which values
// were changed by hand since.

/** A held file not confirmed within a day is forgotten: the next upload clears it away. */
export const HELD_IMPORT_LIFETIME_MS = 24 * 60 * 60 * 1000

export type HeldImport = {
	id: number
	editionId: number
	fileName: string
	/** The draft's version when the file was read. */
	editionVersion: number
	content: EditionContent
	rounded: RoundedProxyValue[]
	/** The file's units still to be resolved: none, once the administrator has chosen for each. */
	unmatchedUnits: UnmatchedUnit[]
	createdAt: number
}

export type ImportBaseline =
	| { source: 'last-import'; content: EditionContent }
	| { source: 'copied-edition'; name: string; content: EditionContent }

function withoutContent({ content: _content, ...source }: ImportBaseline): BaselineSource {
	return source
}

type ReadFile = {
	fileName: string
	content: EditionContent
	rounded: RoundedProxyValue[]
	unmatchedUnits: UnmatchedUnit[]
}

/**
 * Holds a file read for a draft, against the draft's version now, and clears away held files
 * nobody confirmed within a day. Returns the held import's id, or null if the edition is not a draft.
 */
export function holdImport(admin: SessionUser, editionId: number, file: ReadFile, now: number): number | null {
	return db.transaction((tx) => {
		tx.delete(tomsImports)
			.where(and(eq(tomsImports.status, 'pending'), lt(tomsImports.createdAt, now - HELD_IMPORT_LIFETIME_MS)))
			.run()
		const check = requireEditableDraft(tx, admin.organisationId, editionId, null)
		if (!check.ok) return null
		return tx
			.insert(tomsImports)
			.values({
				editionId,
				createdByUserId: admin.id,
				fileName: file.fileName,
				editionVersion: check.edition.version,
				status: 'pending',
				contentJson: JSON.stringify(file.content),
				roundedJson: JSON.stringify(file.rounded),
				unitsJson: JSON.stringify(file.unmatchedUnits),
				createdAt: now,
			})
			.returning({ id: tomsImports.id })
			.get().id
	})
}

/**
 * A held import of this draft of the council, not yet confirmed; null for another edition's or
 * council's, an imported one, or one of a published edition.
 */
export function findHeldImport(
	councilId: number,
	editionId: number,
	importId: number,
	tx: DbOrTx = db,
): HeldImport | null {
	const row = tx
		.select({
			id: tomsImports.id,
			editionId: tomsImports.editionId,
			fileName: tomsImports.fileName,
			editionVersion: tomsImports.editionVersion,
			contentJson: tomsImports.contentJson,
			roundedJson: tomsImports.roundedJson,
			unitsJson: tomsImports.unitsJson,
			createdAt: tomsImports.createdAt,
		})
		.from(tomsImports)
		.innerJoin(tomsEditions, eq(tomsEditions.id, tomsImports.editionId))
		.where(
			and(
				eq(tomsImports.id, importId),
				eq(tomsImports.editionId, editionId),
				eq(tomsImports.status, 'pending'),
				eq(tomsEditions.status, 'draft'),
				eq(tomsEditions.councilId, councilId),
			),
		)
		.get()
	if (!row) return null
	const { contentJson, roundedJson, unitsJson, ...held } = row
	return {
		...held,
		content: JSON.parse(contentJson) as EditionContent,
		rounded: JSON.parse(roundedJson) as RoundedProxyValue[],
		unmatchedUnits: JSON.parse(unitsJson) as UnmatchedUnit[],
	}
}

/**
 * What the draft's values are measured against to tell a change made by hand: its last import,
 * else the edition it was copied from, else nothing (the draft was built by hand).
 */
export function importBaseline(editionId: number, tx: DbOrTx = db): ImportBaseline | null {
	const lastImport = tx
		.select({ contentJson: tomsImports.contentJson })
		.from(tomsImports)
		.where(and(eq(tomsImports.editionId, editionId), eq(tomsImports.status, 'imported')))
		.orderBy(desc(tomsImports.importedAt), desc(tomsImports.id))
		.limit(1)
		.get()
	if (lastImport) return { source: 'last-import', content: JSON.parse(lastImport.contentJson) as EditionContent }
	const edition = getEdition(editionId, tx)
	const copiedFrom = edition?.copiedFromId ? councilEdition(edition.councilId, edition.copiedFromId, tx) : undefined
	if (!copiedFrom) return null
	return { source: 'copied-edition', name: copiedFrom.name, content: toContent(loadEditionTree(copiedFrom.id, {}, tx)) }
}

export type HeldImportPreview = {
	held: HeldImport
	edition: { id: number; name: string; version: number }
	preview: ImportPreview
	/** What the hand edits are told from; null for a draft built by hand. */
	baseline: BaselineSource | null
	/** The draft holds something, which importing replaces. */
	draftCounts: ReturnType<typeof countContent>
	/** The draft changed after the file was read: it must be read again before it can be imported. */
	stale: boolean
}

/** A held import with what it would change in the draft as it is now; null when there is no such held import. */
export function previewHeldImport(councilId: number, editionId: number, importId: number): HeldImportPreview | null {
	const held = findHeldImport(councilId, editionId, importId)
	const edition = councilEdition(councilId, editionId)
	if (!held || !edition) return null
	const draft = toContent(loadEditionTree(editionId))
	const baseline = importBaseline(editionId)
	return {
		held,
		edition: { id: edition.id, name: edition.name, version: edition.version },
		preview: previewImport(baseline?.content ?? null, draft, held.content),
		baseline: baseline && withoutContent(baseline),
		draftCounts: countContent(draft),
		stale: edition.version !== held.editionVersion,
	}
}

/** Forgets a held import without importing it; the draft does not change. */
export function discardHeldImport(councilId: number, editionId: number, importId: number): void {
	if (!councilEdition(councilId, editionId)) return
	db.delete(tomsImports)
		.where(and(eq(tomsImports.id, importId), eq(tomsImports.editionId, editionId), eq(tomsImports.status, 'pending')))
		.run()
}

/**
 * Imports a held file: replaces the draft's content, marks the import done and records it, all
 * or nothing. Refused when the draft changed after the file was read, when it was imported
 * already, and, for a draft holding anything, unless replacing it was confirmed.
 */
export function confirmHeldImport(
	admin: SessionUser,
	editionId: number,
	importId: number,
	ctx: Context,
	{ replaceConfirmed }: { replaceConfirmed: boolean },
): EditionResult<{ measureCount: number; roundedCount: number }> {
	return db.transaction((tx): EditionResult<{ measureCount: number; roundedCount: number }> => {
		const held = findHeldImport(admin.organisationId, editionId, importId, tx)
		if (!held) return { ok: false, message: IMPORT_ALREADY_CONFIRMED }
		if (held.unmatchedUnits.length > 0) return { ok: false, message: UNITS_NOT_RESOLVED }
		const check = requireEditableDraft(tx, admin.organisationId, editionId, held.editionVersion)
		// The held import is of a draft, so only a newer version of the draft is refused here.
		if (!check.ok) return { ok: false, message: IMPORT_STALE }
		if (replacingNeedsConfirmation(countContent(loadEditionTree(editionId, {}, tx))) && !replaceConfirmed) {
			return { ok: false, field: 'replaceConfirmed', message: REPLACE_NOT_CONFIRMED }
		}
		const measureCount = writeImportedContent(tx, admin, editionId, held.content, ctx, { importId })
		tx.update(tomsImports).set({ status: 'imported', importedAt: ctx.now }).where(eq(tomsImports.id, importId)).run()
		return { ok: true, measureCount, roundedCount: held.rounded.length }
	})
}

export const UNITS_PAGE_OUT_OF_DATE = 'Choose for every unit the page lists: reload the page and try again'

export const UNITS_NOT_RESOLVED = 'Choose what each of the file’s units is before importing it'

export type ResolutionRefusal = { index: number; field: string; message: string }

/**
 * Settles the file's unmatched units as the administrator chose, for the whole file: each
 * becomes one of the council's units, or a new unit added now. All or nothing: any refusal
 * (a unit in words for rows that give a value, a name already taken) changes nothing.
 */
export function resolveHeldUnits(
	admin: SessionUser,
	editionId: number,
	importId: number,
	resolutions: UnitResolution[],
	ctx: Context,
): { ok: true } | { ok: false; message: string } | { ok: false; refusals: ResolutionRefusal[] } {
	return db.transaction((tx) => {
		const held = findHeldImport(admin.organisationId, editionId, importId, tx)
		if (!held) return { ok: false as const, message: IMPORT_ALREADY_CONFIRMED }
		if (resolutions.length !== held.unmatchedUnits.length)
			return { ok: false as const, message: UNITS_PAGE_OUT_OF_DATE }
		const units = catalogueOf(listUnits(admin.organisationId, tx))
		const refusals: ResolutionRefusal[] = []
		resolutions.forEach((resolution, index) => {
			const problem = resolutionProblem(held.unmatchedUnits[index]!, resolution, units)
			if (problem) refusals.push({ index, ...problem })
		})
		refusals.push(...newUnitClashes(resolutions, [...units.values()]))
		if (refusals.length > 0) return { ok: false as const, refusals }
		const keys = new Map<string, string>()
		for (const [index, resolution] of resolutions.entries()) {
			const text = normaliseUnitText(held.unmatchedUnits[index]!.text)
			if (resolution.choice === 'existing') {
				keys.set(text, resolution.existing)
				continue
			}
			const { choice: _choice, ...input } = resolution
			const added = addUnit(admin, input, ctx, tx)
			// Clashes were looked for above, inside the same transaction, so none can arise here.
			if (!added.ok) throw new Error(added.message)
			keys.set(text, added.unit.key)
		}
		tx.update(tomsImports)
			.set({ contentJson: JSON.stringify(applyUnitKeys(held.content, keys)), unitsJson: '[]' })
			.where(eq(tomsImports.id, importId))
			.run()
		return { ok: true as const }
	})
}

import { and, desc, eq, isNotNull, ne, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import { councils, organisations, tomsEditions, tomsUnits } from '#db/schema.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { STALE_EDITION, insertContent, nameTaken, type Context, type EditionResult } from './toms-editions.server.ts'
import { councilEdition, loadEditionTree, toContent } from './toms-queries.server.ts'
import { listUnits } from './units.server.ts'

// A council may offer its published TOMs to the deployment's other councils; another council
// adopts one as a draft of its own, counted in its own units, to revise and publish as it likes.

export const ONLY_PUBLISHED_SHARED = 'Only a published edition can be shared with other councils'
export const ALREADY_SHARED = 'This edition is already shared with other councils'
export const NOT_SHARED = 'That edition is no longer shared. Choose another from the list.'

/** Offers the council's published edition to the other councils, if it is the version the person saw. */
export function shareEdition(admin: SessionUser, editionId: number, version: number, ctx: Context): EditionResult {
	return db.transaction((tx): EditionResult => {
		const edition = councilEdition(admin.organisationId, editionId, tx)
		if (!edition) return { ok: false, message: 'Edition not found' }
		if (edition.version !== version) return { ok: false, message: STALE_EDITION }
		if (edition.status !== 'published') return { ok: false, message: ONLY_PUBLISHED_SHARED }
		if (edition.sharedAt !== null) return { ok: false, message: ALREADY_SHARED }
		tx.update(tomsEditions)
			.set({ sharedAt: ctx.now, updatedAt: ctx.now, version: sql`${tomsEditions.version} + 1` })
			.where(eq(tomsEditions.id, editionId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'toms_edition_shared',
			subject: { type: 'toms_edition', id: editionId },
			detail: { name: edition.name },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

const sharedColumns = {
	id: tomsEditions.id,
	name: tomsEditions.name,
	description: tomsEditions.description,
	version: tomsEditions.version,
	sharedAt: tomsEditions.sharedAt,
	councilId: tomsEditions.councilId,
	councilName: organisations.name,
	councilShortName: councils.shortName,
	measureCount: sql<number>`(select count(*) from "toms_measures" m where m."edition_id" = ${tomsEditions.id})`,
}

/** The editions other councils share, newest shared first: never the council's own. */
export function editionsSharedWith(councilId: number, tx: Tx | typeof db = db) {
	return tx
		.select(sharedColumns)
		.from(tomsEditions)
		.innerJoin(councils, eq(councils.id, tomsEditions.councilId))
		.innerJoin(organisations, eq(organisations.id, councils.id))
		.where(
			and(isNotNull(tomsEditions.sharedAt), ne(tomsEditions.status, 'draft'), ne(tomsEditions.councilId, councilId)),
		)
		.orderBy(desc(tomsEditions.sharedAt), desc(tomsEditions.id))
		.all()
}

export type SharedEdition = ReturnType<typeof editionsSharedWith>[number]

/** The name an adopted draft takes: the edition's own, saying whose it was. */
export function adoptedName(shared: Pick<SharedEdition, 'name' | 'councilShortName'>): string {
	return `${shared.name} (from ${shared.councilShortName})`
}

/**
 * Copies another council's shared edition into a new draft of the adopting council, all or
 * nothing. Measures keep their unit keys: a unit the adopting council lacks is added to its
 * units as the sharing council wrote it. Priorities link by code to the adopting council's own;
 * codes it has not got are dropped.
 */
export function adoptSharedEdition(
	admin: SessionUser,
	input: { editionId: number; version: number },
	ctx: Context,
): EditionResult<{ editionId: number; name: string; unitsAdded: number }> {
	return db.transaction((tx): EditionResult<{ editionId: number; name: string; unitsAdded: number }> => {
		const shared = editionsSharedWith(admin.organisationId, tx).find((edition) => edition.id === input.editionId)
		if (!shared) return { ok: false, message: NOT_SHARED }
		if (shared.version !== input.version) return { ok: false, message: STALE_EDITION }
		const name = adoptedName(shared)
		if (nameTaken(tx, admin.organisationId, name))
			return { ok: false, message: `You already have an edition called ${name}. Rename it before adopting this one.` }
		const content = toContent(loadEditionTree(shared.id, {}, tx))
		const usedKeys = new Set(content.themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures.map((m) => m.unit))))
		const unitsAdded = addMissingUnits(
			tx,
			admin.organisationId,
			shared.councilId,
			usedKeys,
			shared.councilShortName,
			ctx,
		)
		const draft = tx
			.insert(tomsEditions)
			.values({
				councilId: admin.organisationId,
				name,
				description: shared.description,
				status: 'draft',
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning({ id: tomsEditions.id })
			.get()
		insertContent(tx, draft.id, content)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'toms_edition_adopted',
			subject: { type: 'toms_edition', id: draft.id },
			detail: { name, adoptedFrom: shared.id, fromCouncil: shared.councilId, unitsAdded },
			ip: ctx.ip,
		})
		return { ok: true, editionId: draft.id, name, unitsAdded }
	})
}

/** Adds to the adopting council the units of these keys it lacks, as the sharing council has them. */
function addMissingUnits(
	tx: Tx,
	councilId: number,
	fromCouncilId: number,
	keys: Set<string>,
	fromShortName: string,
	ctx: Context,
): number {
	const own = listUnits(councilId, tx)
	const ownKeys = new Set(own.map((unit) => unit.key))
	const ownNames = new Set(own.map((unit) => unit.name.toLowerCase()))
	const ownCodes = new Set(own.flatMap((unit) => (unit.code ? [unit.code.toLowerCase()] : [])))
	const missing = listUnits(fromCouncilId, tx).filter((unit) => keys.has(unit.key) && !ownKeys.has(unit.key))
	for (const unit of missing) {
		// Names and codes are unique per council: one already used here names the copy after its council.
		const name = ownNames.has(unit.name.toLowerCase()) ? `${unit.name} (${fromShortName})` : unit.name
		const code = unit.code && !ownCodes.has(unit.code.toLowerCase()) ? unit.code : null
		tx.insert(tomsUnits)
			.values({
				councilId,
				key: unit.key,
				name,
				singular: unit.singular,
				plural: unit.plural,
				kind: unit.kind,
				decimalPlaces: unit.decimalPlaces,
				code,
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.run()
	}
	return missing.length
}

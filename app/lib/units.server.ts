import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm'
import { db, type DbOrTx } from '#db/client.server.ts'
import { contractCommitments, contracts, tomsEditions, tomsMeasures, tomsUnits } from '#db/schema.ts'
import { catalogueOf, placesOf, type Unit, type UnitCatalogue } from '#app/domain/toms/units.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'

export type Context = { ip: string; now: number }

const unitColumns = {
	id: tomsUnits.id,
	key: tomsUnits.key,
	name: tomsUnits.name,
	singular: tomsUnits.singular,
	plural: tomsUnits.plural,
	kind: tomsUnits.kind,
	decimalPlaces: tomsUnits.decimalPlaces,
	code: tomsUnits.code,
	retiredAt: tomsUnits.retiredAt,
}

type UnitRow = Unit & { id: number }

function toUnit({ retiredAt, ...row }: Omit<UnitRow, 'retired'> & { retiredAt: number | null }): UnitRow {
	return { ...row, retired: retiredAt !== null }
}

/** Every unit of the council, retired ones included, in the order of their names. */
export function listUnits(councilId: number, tx: DbOrTx = db): UnitRow[] {
	return tx
		.select(unitColumns)
		.from(tomsUnits)
		.where(eq(tomsUnits.councilId, councilId))
		.orderBy(asc(sql`lower(${tomsUnits.name})`))
		.all()
		.map(toUnit)
}

/** The council's units by key, kept per council until anything changes: every page showing a quantity reads it. */
export function unitCatalogue(councilId: number): UnitCatalogue {
	return cachedRead(`unit-catalogue:${councilId}`, () => catalogueOf(listUnits(councilId)))
}

/** The units an edition's measures are counted in: its own council's. */
export function unitCatalogueOfEdition(editionId: number): UnitCatalogue {
	const edition = db
		.select({ councilId: tomsEditions.councilId })
		.from(tomsEditions)
		.where(eq(tomsEditions.id, editionId))
		.get()
	return edition ? unitCatalogue(edition.councilId) : new Map()
}

/** The units a contract's commitments are counted in: its own council's. */
export function unitCatalogueOfContract(contractId: number): UnitCatalogue {
	const contract = db
		.select({ councilId: contracts.councilId })
		.from(contracts)
		.where(eq(contracts.id, contractId))
		.get()
	return contract ? unitCatalogue(contract.councilId) : new Map()
}

/** The catalogue as plain data for a page: a Map does not survive the journey to the browser. */
export function unitsForPage(councilId: number): Record<string, Unit> {
	return cachedRead(`unit-catalogue-record:${councilId}`, () =>
		Object.fromEntries(listUnits(councilId).map(({ id: _id, ...unit }) => [unit.key, unit])),
	)
}

/** One of the council's units; another council's is not found. */
export function getUnit(councilId: number, id: number, tx: DbOrTx = db): UnitRow | undefined {
	const row = tx
		.select(unitColumns)
		.from(tomsUnits)
		.where(and(eq(tomsUnits.id, id), eq(tomsUnits.councilId, councilId)))
		.get()
	return row ? toUnit(row) : undefined
}

export type UnitUse = { measures: number; publishedMeasures: number; commitments: number }

/**
 * How much names each of the council's units, by key: its measures in any edition, in published
 * or retired ones, and its contracts' commitments. Another council's use of the same key is theirs.
 */
export function unitUses(councilId: number, tx: DbOrTx = db): Map<string, UnitUse> {
	const uses = new Map<string, UnitUse>()
	const entryFor = (key: string) => {
		let found = uses.get(key)
		if (!found) uses.set(key, (found = { measures: 0, publishedMeasures: 0, commitments: 0 }))
		return found
	}
	for (const row of tx
		.select({
			unit: tomsMeasures.unit,
			measures: sql<number>`count(*)`,
			published: sql<number>`sum(${tomsEditions.status} != 'draft')`,
		})
		.from(tomsMeasures)
		.innerJoin(tomsEditions, eq(tomsEditions.id, tomsMeasures.editionId))
		.where(eq(tomsEditions.councilId, councilId))
		.groupBy(tomsMeasures.unit)
		.all()) {
		entryFor(row.unit).measures = row.measures
		entryFor(row.unit).publishedMeasures = row.published
	}
	for (const row of tx
		.select({ unit: contractCommitments.unit, commitments: sql<number>`count(*)` })
		.from(contractCommitments)
		.innerJoin(contracts, eq(contracts.id, contractCommitments.contractId))
		.where(eq(contracts.councilId, councilId))
		.groupBy(contractCommitments.unit)
		.all()) {
		entryFor(row.unit).commitments = row.commitments
	}
	return uses
}

const NO_USE: UnitUse = { measures: 0, publishedMeasures: 0, commitments: 0 }

/** What an administrator sets for a unit: everything but its key, which is given once, and whether it is retired. */
export type UnitInput = Omit<Unit, 'key' | 'retired'>

export type UnitResult<T = object> = ({ ok: true } & T) | { ok: false; field?: keyof UnitInput; message: string }

/** A key for a new unit from its name: readable in the database, unique, never changed after. */
function newKey(tx: DbOrTx, councilId: number, name: string): string {
	const base =
		name
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '')
			.slice(0, 40) || 'unit'
	const taken = new Set(
		tx
			.select({ key: tomsUnits.key })
			.from(tomsUnits)
			.where(
				and(
					eq(tomsUnits.councilId, councilId),
					sql`(${tomsUnits.key} = ${base} or ${tomsUnits.key} like ${`${base}_%`})`,
				),
			)
			.all()
			.map((row) => row.key),
	)
	if (!taken.has(base)) return base
	for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`
}

/** Why these words cannot name a unit: another unit has the name or the code already. */
function clash(
	tx: DbOrTx,
	councilId: number,
	input: UnitInput,
	exceptId: number | null,
): Extract<UnitResult, { ok: false }> | null {
	const others = and(eq(tomsUnits.councilId, councilId), exceptId === null ? undefined : ne(tomsUnits.id, exceptId))
	// council-scope: `others` names the council.
	const sameName = tx
		.select({ id: tomsUnits.id })
		.from(tomsUnits)
		.where(and(sql`lower(${tomsUnits.name}) = ${input.name.toLowerCase()}`, others))
		.get()
	if (sameName) return { ok: false, field: 'name', message: `There is already a unit called ${input.name}` }
	if (input.code !== null) {
		// council-scope: `others` names the council.
		const sameCode = tx
			.select({ name: tomsUnits.name })
			.from(tomsUnits)
			.where(and(isNotNull(tomsUnits.code), sql`lower(${tomsUnits.code}) = ${input.code.toLowerCase()}`, others))
			.get()
		if (sameCode) return { ok: false, field: 'code', message: `Code ${input.code} is already used by ${sameCode.name}` }
	}
	return null
}

/** Adds a unit to the council's list. */
export function addUnit(
	admin: SessionUser,
	input: UnitInput,
	ctx: Context,
	tx: DbOrTx = db,
): UnitResult<{ unit: Unit }> {
	const run = (t: DbOrTx): UnitResult<{ unit: Unit }> => {
		const problem = clash(t, admin.organisationId, input, null)
		if (problem) return problem
		const key = newKey(t, admin.organisationId, input.name)
		const row = t
			.insert(tomsUnits)
			.values({
				key,
				...input,
				councilId: admin.organisationId,
				decimalPlaces: placesOf(input),
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning(unitColumns)
			.get()
		recordAudit(t, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'unit_added',
			subject: { type: 'toms_unit', id: row.id },
			detail: { key, name: input.name, kind: input.kind },
			ip: ctx.ip,
		})
		const { id: _id, ...unit } = toUnit(row)
		return { ok: true, unit }
	}
	return tx === db ? db.transaction(run) : run(tx)
}

/**
 * Changes a unit's words. Its kind (and places) change only while no published edition and no
 * contract uses it: bids were valued and commitments made in the kind it had.
 */
export function updateUnit(
	admin: SessionUser,
	id: number,
	input: UnitInput,
	ctx: Context,
	loadedVersion: number,
): UnitResult {
	return db.transaction((tx): UnitResult => {
		const unit = getUnit(admin.organisationId, id, tx)
		if (!unit) return { ok: false, message: 'This unit no longer exists' }
		if (unitVersion(id, tx) !== loadedVersion) return { ok: false, message: STALE_UNIT }
		const problem = clash(tx, admin.organisationId, input, id)
		if (problem) return problem
		const kindChanged = unit.kind !== input.kind || placesOf(unit) !== placesOf(input)
		if (kindChanged && isSettled(unitUses(admin.organisationId, tx).get(unit.key) ?? NO_USE)) {
			return { ok: false, field: 'kind', message: KIND_IS_SETTLED }
		}
		tx.update(tomsUnits)
			.set({ ...input, decimalPlaces: placesOf(input), updatedAt: ctx.now })
			.where(eq(tomsUnits.id, id))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'unit_changed',
			subject: { type: 'toms_unit', id },
			detail: { key: unit.key, from: { name: unit.name, kind: unit.kind }, to: { name: input.name, kind: input.kind } },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export const KIND_IS_SETTLED =
	'The kind cannot change: a published edition or a contract uses this unit. You can still change its name and forms'

/** A unit in a published edition or a contract has its kind settled. */
export function isSettled(use: UnitUse): boolean {
	return use.publishedMeasures > 0 || use.commitments > 0
}

/** Retires a unit (no longer offered for new measures) or brings it back. */
export function setUnitRetired(admin: SessionUser, id: number, retired: boolean, ctx: Context): UnitResult {
	return db.transaction((tx): UnitResult => {
		const unit = getUnit(admin.organisationId, id, tx)
		if (!unit) return { ok: false, message: 'This unit no longer exists' }
		if (unit.retired === retired) return { ok: true }
		tx.update(tomsUnits)
			.set({ retiredAt: retired ? ctx.now : null, updatedAt: ctx.now })
			.where(eq(tomsUnits.id, id))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: retired ? 'unit_retired' : 'unit_restored',
			subject: { type: 'toms_unit', id },
			detail: { key: unit.key, name: unit.name },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export const UNIT_IN_USE = 'This unit cannot be deleted because measures use it. Retire it instead'

/** Deletes a unit nothing uses; one in use can only be retired. */
export function deleteUnit(admin: SessionUser, id: number, ctx: Context): UnitResult {
	return db.transaction((tx): UnitResult => {
		const unit = getUnit(admin.organisationId, id, tx)
		if (!unit) return { ok: false, message: 'This unit no longer exists' }
		const use = unitUses(admin.organisationId, tx).get(unit.key) ?? NO_USE
		if (use.measures > 0 || use.commitments > 0) return { ok: false, message: UNIT_IN_USE }
		tx.delete(tomsUnits).where(eq(tomsUnits.id, id)).run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'unit_deleted',
			subject: { type: 'toms_unit', id },
			detail: { key: unit.key, name: unit.name },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

/** Every unit with what uses it, for the page that manages them. */
export function listUnitsWithUse(councilId: number): Array<UnitRow & { use: UnitUse }> {
	const uses = unitUses(councilId)
	return listUnits(councilId).map((unit) => ({ ...unit, use: uses.get(unit.key) ?? NO_USE }))
}

export const STALE_UNIT =
	'This unit was changed by someone else while you were looking at it. Check the latest version and try again.'

/** When the unit last changed: the version a change must have been made against. */
function unitVersion(id: number, tx: DbOrTx = db): number | undefined {
	return tx.select({ updatedAt: tomsUnits.updatedAt }).from(tomsUnits).where(eq(tomsUnits.id, id)).get()?.updatedAt
}

/** One unit with what uses it, whether its kind is settled, and its version; undefined when there is none. */
export function unitForEditing(councilId: number, id: number) {
	const unit = getUnit(councilId, id)
	if (!unit) return undefined
	const use = unitUses(councilId).get(unit.key) ?? NO_USE
	const version = unitVersion(id)!
	return { ...unit, use, version, settled: isSettled(use), deletable: use.measures === 0 && use.commitments === 0 }
}

import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, tomsUnits } from '#db/schema.ts'
import { STARTING_UNITS } from '#app/domain/toms/units.ts'
import type { SessionUser } from './auth.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from './toms-editions.server.ts'
import {
	KIND_IS_SETTLED,
	UNIT_IN_USE,
	addUnit,
	deleteUnit,
	getUnit,
	listUnits,
	setUnitRetired,
	unitCatalogue,
	unitForEditing,
	unitUses,
	updateUnit,
	STALE_UNIT,
	type UnitInput,
} from './units.server.ts'

const ctx = { ip: '203.0.113.9', now: Date.UTC(2027, 3, 1) }
let admin: SessionUser

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	const row = await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' })
	admin = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
})

const input = (over: Partial<UnitInput> = {}): UnitInput => ({
	name: 'Weeks of apprenticeship',
	singular: 'week of apprenticeship',
	plural: 'weeks of apprenticeship',
	kind: 'decimal',
	decimalPlaces: 1,
	code: 'NT10',
	...over,
})

function added(over: Partial<UnitInput> = {}) {
	const result = addUnit(admin, input(over), ctx)
	if (!result.ok) throw new Error(result.message)
	return { ...result.unit, id: listUnits(admin.organisationId).find((u) => u.key === result.unit.key)!.id }
}

/** A draft holding one measure in `unit`, published if asked. */
function editionUsing(unit: string, name: string, publish: boolean) {
	const created = createEdition(admin, { name, description: '', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	const content = {
		themes: [
			{
				name: 'Jobs',
				outcomes: [
					{
						name: 'Skills',
						measures: [
							{
								code: 'J1',
								title: 'Apprentices',
								unit,
								proxyValuePence: 1000,
								guidance: '',
								evidenceGuidance: '',
								priorityCodes: [],
							},
						],
					},
				],
			},
		],
	}
	const saved = replaceEditionContent(admin, created.editionId, content, ctx, { replaceConfirmed: true })
	if (!saved.ok) throw new Error(saved.message)
	if (publish) {
		const published = publishEdition(admin, created.editionId, 2, ctx)
		if (!published.ok) throw new Error(published.message)
	}
	return created.editionId
}

test('the migration gives the council the twelve starting units, each keyed as measures already name them', () => {
	const units = listUnits(admin.organisationId).filter((unit) => STARTING_UNITS.some((start) => start.key === unit.key))
	expect(units.map(({ id: _id, ...unit }) => unit)).toEqual(
		expect.arrayContaining(STARTING_UNITS.map((unit) => expect.objectContaining(unit))),
	)
	expect(units).toHaveLength(12)
})

describe('adding a unit', () => {
	test('gives it a key from its name, audits it, and the catalogue has it at once', () => {
		const unit = added()
		expect(unit.key).toBe('weeks_of_apprenticeship')
		expect(unitCatalogue(admin.organisationId).get(unit.key)).toMatchObject({
			name: 'Weeks of apprenticeship',
			decimalPlaces: 1,
		})
		const event = db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'unit_added'), eq(auditEvents.subjectId, String(unit.id))))
			.get()
		expect(event).toBeDefined()
	})

	test('refuses a name or code another unit has, in any case', () => {
		expect(addUnit(admin, input({ name: 'WEEKS', code: null }), ctx)).toEqual({
			ok: false,
			field: 'name',
			message: 'There is already a unit called WEEKS',
		})
		expect(addUnit(admin, input({ name: 'Hours of mentoring', code: 'expert_HOURS' }), ctx)).toEqual({
			ok: false,
			field: 'code',
			message: 'Code expert_HOURS is already used by Expert hours',
		})
	})
})

describe('changing a unit', () => {
	test('renames it everywhere at once: measures hold its key, which never changes', () => {
		const unit = added({ name: 'Trees', singular: 'tree', plural: 'trees', kind: 'count', code: null })
		editionUsing(unit.key, 'Trees edition', true)
		expect(
			updateUnit(
				admin,
				unit.id,
				input({
					name: 'Trees planted',
					singular: 'tree',
					plural: 'trees',
					kind: 'count',
					decimalPlaces: 0,
					code: 'TR',
				}),
				ctx,
				unitForEditing(admin.organisationId, unit.id)!.version,
			),
		).toEqual({ ok: true })
		expect(unitCatalogue(admin.organisationId).get(unit.key)?.name).toBe('Trees planted')
		expect(() => db.update(tomsUnits).set({ key: 'other' }).where(eq(tomsUnits.id, unit.id)).run()).toThrow(
			/never changes/,
		)
	})

	test('its kind is settled once a published edition uses it, but not while only a draft does', () => {
		const drafted = added({ name: 'Meals', singular: 'meal', plural: 'meals', kind: 'count', code: null })
		editionUsing(drafted.key, 'Meals draft', false)
		expect(
			updateUnit(
				admin,
				drafted.id,
				input({ name: 'Meals', singular: 'meal', plural: 'meals', kind: 'decimal', decimalPlaces: 2, code: null }),
				ctx,
				unitForEditing(admin.organisationId, drafted.id)!.version,
			),
		).toEqual({ ok: true })

		const published = added({ name: 'Bikes', singular: 'bike', plural: 'bikes', kind: 'count', code: null })
		editionUsing(published.key, 'Bikes edition', true)
		expect(unitUses(admin.organisationId).get(published.key)).toEqual({
			measures: 1,
			publishedMeasures: 1,
			commitments: 0,
		})
		expect(
			updateUnit(
				admin,
				published.id,
				input({ name: 'Bikes', singular: 'bike', plural: 'bikes', kind: 'decimal', decimalPlaces: 2, code: null }),
				ctx,
				unitForEditing(admin.organisationId, published.id)!.version,
			),
		).toEqual({
			ok: false,
			field: 'kind',
			message: KIND_IS_SETTLED,
		})
		expect(getUnit(admin.organisationId, published.id)?.kind).toBe('count')
	})
})

describe('retiring and deleting', () => {
	test('a unit in use cannot be deleted, by the service or by any other path, but can be retired and restored', () => {
		const unit = added({ name: 'Saplings', singular: 'sapling', plural: 'saplings', kind: 'count', code: null })
		editionUsing(unit.key, 'Saplings draft', false)
		expect(deleteUnit(admin, unit.id, ctx)).toEqual({ ok: false, message: UNIT_IN_USE })
		expect(() => db.delete(tomsUnits).where(eq(tomsUnits.id, unit.id)).run()).toThrow(/Unit in use/)
		expect(setUnitRetired(admin, unit.id, true, ctx)).toEqual({ ok: true })
		expect(unitCatalogue(admin.organisationId).get(unit.key)?.retired).toBe(true)
		expect(setUnitRetired(admin, unit.id, false, ctx)).toEqual({ ok: true })
		expect(unitCatalogue(admin.organisationId).get(unit.key)?.retired).toBe(false)
	})

	test('an unused unit is deleted, with an audit event', () => {
		const unit = added({ name: 'Furlongs', singular: 'furlong', plural: 'furlongs', code: null })
		expect(deleteUnit(admin, unit.id, ctx)).toEqual({ ok: true })
		expect(getUnit(admin.organisationId, unit.id)).toBeUndefined()
		expect(db.select().from(auditEvents).where(eq(auditEvents.action, 'unit_deleted')).all()).toHaveLength(1)
	})
})

test('the database refuses a measure in a unit the council does not have', () => {
	expect(() => editionUsing('no_such_unit', 'Unknown unit edition', false)).toThrow(/Unknown unit/)
})

test('a change made against an older version of a unit is refused and changes nothing', () => {
	const unit = added({ name: 'Benches', singular: 'bench', plural: 'benches', kind: 'count', code: null })
	const loaded = unitForEditing(admin.organisationId, unit.id)!.version
	const later = { ...ctx, now: ctx.now + 1000 }
	const renamed = input({ name: 'Park benches', singular: 'bench', plural: 'benches', kind: 'count', code: null })
	expect(updateUnit(admin, unit.id, renamed, later, loaded)).toEqual({ ok: true })
	const stale = input({ name: 'Seats', singular: 'seat', plural: 'seats', kind: 'count', code: null })
	expect(updateUnit(admin, unit.id, stale, { ...later, now: later.now + 1000 }, loaded)).toEqual({
		ok: false,
		message: STALE_UNIT,
	})
	expect(getUnit(admin.organisationId, unit.id)?.name).toBe('Park benches')
})

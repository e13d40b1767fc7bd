import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, councilPriorities, tomsEditions, tomsUnits } from '#db/schema.ts'
import { filledMeasure } from '#tests/measure-fixture.ts'
import { session } from '#tests/tender-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { STALE_EDITION, createEdition, publishEdition, replaceEditionContent } from './toms-editions.server.ts'
import { councilEdition, getEdition, listEditions, loadEditionTree } from './toms-queries.server.ts'
import {
	ALREADY_SHARED,
	NOT_SHARED,
	ONLY_PUBLISHED_SHARED,
	adoptSharedEdition,
	editionsSharedWith,
	shareEdition,
} from './toms-sharing.server.ts'
import { addUnit, listUnits } from './units.server.ts'

const ctx = { ip: '203.0.113.9', now: Date.UTC(2027, 3, 1, 9) }
let sharer: SessionUser
let adopter: SessionUser
let published: number
let draft: number

beforeAll(async () => {
	const a = createOrganisation(db, { kind: 'council', name: 'Sharington Council' })
	const b = createOrganisation(db, { kind: 'council', name: 'Adoptby Council' })
	sharer = session(await createUser(db, { organisationId: a.id, role: 'admin', passwordHash: 'x' }))
	adopter = session(await createUser(db, { organisationId: b.id, role: 'admin', passwordHash: 'x' }))
	db.insert(councilPriorities)
		.values([
			{ councilId: a.id, code: 'CP1', name: 'Jobs', position: 0, createdAt: 0, updatedAt: 0 },
			{ councilId: a.id, code: 'CP2', name: 'Green', position: 1, createdAt: 0, updatedAt: 0 },
			{ councilId: b.id, code: 'CP2', name: 'Net zero', position: 0, createdAt: 0, updatedAt: 0 },
		])
		.run()
	const trees = addUnit(
		sharer,
		{ name: 'Trees planted', singular: 'tree', plural: 'trees', kind: 'count', decimalPlaces: 0, code: 'TR' },
		ctx,
	)
	if (!trees.ok) throw new Error(trees.message)
	const edition = (name: string) => {
		const created = createEdition(sharer, { name, description: 'Ours', copyFromId: null }, ctx)
		if (!created.ok) throw new Error(created.message)
		replaceEditionContent(
			sharer,
			created.editionId,
			{
				themes: [
					{
						name: 'Green',
						outcomes: [
							{
								name: 'Trees',
								measures: [
									filledMeasure('G-1', { unit: trees.unit.key, priorityCodes: ['CP1', 'CP2'] }),
									filledMeasure('G-2', { priorityCodes: [] }),
								],
							},
						],
					},
				],
			},
			ctx,
		)
		return created.editionId
	}
	published = edition('2027/28')
	const result = publishEdition(sharer, published, getEdition(published)!.version, ctx)
	if (!result.ok) throw new Error(result.message)
	draft = edition('2028/29 draft')
})

test('only a council’s own published edition is shared, once, from the version seen', () => {
	expect(shareEdition(sharer, draft, getEdition(draft)!.version, ctx)).toEqual({
		ok: false,
		message: ONLY_PUBLISHED_SHARED,
	})
	expect(shareEdition(adopter, published, getEdition(published)!.version, ctx)).toEqual({
		ok: false,
		message: 'Edition not found',
	})
	expect(shareEdition(sharer, published, 0, ctx)).toEqual({ ok: false, message: STALE_EDITION })
	expect(editionsSharedWith(adopter.organisationId)).toEqual([])
	expect(shareEdition(sharer, published, getEdition(published)!.version, ctx)).toEqual({ ok: true })
	expect(shareEdition(sharer, published, getEdition(published)!.version, ctx)).toEqual({
		ok: false,
		message: ALREADY_SHARED,
	})
	expect(editionsSharedWith(adopter.organisationId).map((e) => [e.id, e.councilName, e.measureCount])).toEqual([
		[published, 'Sharington Council', 2],
	])
	// A council's own shared edition is not offered back to it.
	expect(editionsSharedWith(sharer.organisationId)).toEqual([])
	const audit = db.select().from(auditEvents).where(eq(auditEvents.action, 'toms_edition_shared')).all()
	expect(audit.map((e) => [e.subjectId, e.councilId])).toEqual([[String(published), sharer.organisationId]])
})

test('another council adopts it as a draft of its own, in its own units and priorities', () => {
	const version = getEdition(published)!.version
	expect(adoptSharedEdition(adopter, { editionId: published, version: version - 1 }, ctx)).toEqual({
		ok: false,
		message: STALE_EDITION,
	})
	expect(adoptSharedEdition(adopter, { editionId: draft, version: getEdition(draft)!.version }, ctx)).toEqual({
		ok: false,
		message: NOT_SHARED,
	})
	expect(adoptSharedEdition(sharer, { editionId: published, version }, ctx)).toEqual({ ok: false, message: NOT_SHARED })
	const adopted = adoptSharedEdition(adopter, { editionId: published, version }, ctx)
	if (!adopted.ok) throw new Error(adopted.message)
	expect(adopted).toMatchObject({ name: '2027/28 (from Sharington)', unitsAdded: 1 })
	const copy = councilEdition(adopter.organisationId, adopted.editionId)!
	expect(copy).toMatchObject({ status: 'draft', councilId: adopter.organisationId, copiedFromId: null, sharedAt: null })
	expect(councilEdition(sharer.organisationId, adopted.editionId)).toBeUndefined()
	const measures = loadEditionTree(copy.id).themes[0]!.outcomes[0]!.measures
	expect(measures.map((m) => [m.code, m.priorityCodes])).toEqual([
		['G-1', ['CP2']],
		['G-2', []],
	])
	const treesKey = measures[0]!.unit
	expect(listUnits(adopter.organisationId).find((unit) => unit.key === treesKey)).toMatchObject({
		name: 'Trees planted',
		code: 'TR',
		kind: 'count',
	})
	// The sharing council's edition and units are as they were.
	expect(getEdition(published)).toMatchObject({ status: 'published', version })
	expect(db.select().from(tomsUnits).where(eq(tomsUnits.key, treesKey)).all()).toHaveLength(2)
	expect(listEditions(sharer.organisationId).map((e) => e.id)).not.toContain(adopted.editionId)
	const audit = db.select().from(auditEvents).where(eq(auditEvents.action, 'toms_edition_adopted')).get()
	expect(audit).toMatchObject({ councilId: adopter.organisationId, subjectId: String(adopted.editionId) })
	// Adopting again would take the same name: refused, with nothing added.
	const before = db.select().from(tomsEditions).all().length
	expect(adoptSharedEdition(adopter, { editionId: published, version }, ctx)).toMatchObject({ ok: false })
	expect(db.select().from(tomsEditions).all()).toHaveLength(before)
})

import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, councilPriorities, tomsEditions, tomsMeasures } from '#db/schema.ts'
import type { EditionContent } from '#app/domain/toms/content.ts'
import { STARTING_UNITS } from '#app/domain/toms/units.ts'
import type { SessionUser } from './auth.server.ts'
import { deleteMeasure, saveMeasure, saveTheme } from './toms-content.server.ts'
import {
	NOT_A_DRAFT,
	STALE_EDITION,
	createEdition,
	deleteDraftEdition,
	makeEditionCurrent,
	publishEdition,
	replaceEditionContent,
	retireEdition,
} from './toms-editions.server.ts'
import { getEdition, loadEditionTree, toContent } from './toms-queries.server.ts'

const ctx = { ip: '203.0.113.7', now: Date.UTC(2027, 3, 1) }
let admin: SessionUser

const content: EditionContent = {
	themes: [
		{
			name: 'Jobs',
			outcomes: [
				{
					name: 'Local people in work',
					measures: [
						{
							code: 'J-1',
							title: 'Local people hired',
							unit: 'people_fte',
							proxyValuePence: 1500000,
							guidance: 'g',
							evidenceGuidance: 'e',
							priorityCodes: ['CP1'],
						},
						{
							code: 'J-2',
							title: 'How you recruit',
							unit: 'text',
							proxyValuePence: null,
							guidance: '',
							evidenceGuidance: '',
							priorityCodes: [],
						},
					],
				},
			],
		},
		{
			name: 'Green',
			outcomes: [
				{
					name: 'Less carbon',
					measures: [
						{
							code: 'G-1',
							title: 'CO2e saved',
							unit: 'tonnes_co2e',
							proxyValuePence: 24463,
							guidance: '',
							evidenceGuidance: '',
							priorityCodes: ['CP1', 'CP2'],
						},
					],
				},
			],
		},
	],
}

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	const row = await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' })
	admin = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
	db.insert(councilPriorities)
		.values([
			{ councilId: council.id, code: 'CP1', name: 'Economy', position: 0, createdAt: 0, updatedAt: 0 },
			{ councilId: council.id, code: 'CP2', name: 'Net zero', position: 1, createdAt: 0, updatedAt: 0 },
		])
		.run()
})

let counter = 0
function newDraft(withContent = true) {
	counter++
	const created = createEdition(admin, { name: `Edition ${counter}`, description: '', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	if (withContent) replaceEditionContent(admin, created.editionId, content, ctx)
	return getEdition(created.editionId)!
}

describe('drafts', () => {
	test('an imported tree reads back exactly, priorities included', () => {
		const edition = newDraft()
		expect(toContent(loadEditionTree(edition.id))).toEqual(content)
	})

	test('importing over a draft that holds anything replaces it only once confirmed', () => {
		const edition = newDraft()
		const other: EditionContent = {
			themes: [
				{
					name: 'Only',
					outcomes: [{ name: 'One', measures: [{ ...content.themes[0]!.outcomes[0]!.measures[0]!, code: 'X-1' }] }],
				},
			],
		}
		expect(replaceEditionContent(admin, edition.id, other, ctx)).toEqual({
			ok: false,
			field: 'replaceConfirmed',
			message: 'Confirm that the file replaces everything in this draft',
		})
		expect(toContent(loadEditionTree(edition.id))).toEqual(content)
		expect(getEdition(edition.id)!.version).toBe(edition.version)
		expect(replaceEditionContent(admin, edition.id, other, ctx, { replaceConfirmed: true })).toEqual({
			ok: true,
			measureCount: 1,
		})
		expect(toContent(loadEditionTree(edition.id))).toEqual(other)
	})

	test('copying an edition copies its whole tree into a new draft', () => {
		const source = newDraft()
		const copy = createEdition(admin, { name: 'Copy of it', description: 'next year', copyFromId: source.id }, ctx)
		if (!copy.ok) throw new Error(copy.message)
		expect(getEdition(copy.editionId)?.status).toBe('draft')
		expect(toContent(loadEditionTree(copy.editionId))).toEqual(content)
	})

	test('edition names are unique', () => {
		newDraft()
		expect(createEdition(admin, { name: `edition ${counter}`, description: '', copyFromId: null }, ctx)).toMatchObject({
			ok: false,
			field: 'name',
		})
	})

	test('a change from a stale page is refused', () => {
		const edition = newDraft()
		expect(
			saveTheme(admin, { editionId: edition.id, version: edition.version, themeId: null, name: 'Social' }, ctx).ok,
		).toBe(true)
		expect(
			saveTheme(admin, { editionId: edition.id, version: edition.version, themeId: null, name: 'Again' }, ctx),
		).toEqual({ ok: false, message: STALE_EDITION })
	})

	test('measure codes stay unique within an edition, ignoring case', () => {
		const edition = newDraft()
		const outcomeId = loadEditionTree(edition.id).themes[0]!.outcomes[0]!.id
		const result = saveMeasure(
			admin,
			{
				editionId: edition.id,
				version: edition.version,
				measureId: null,
				outcomeId,
				measure: { ...content.themes[0]!.outcomes[0]!.measures[0]!, code: 'j-1' },
			},
			ctx,
		)
		expect(result).toMatchObject({ ok: false, field: 'code' })
	})
})

describe('publishing', () => {
	test('an incomplete draft is refused with the list of problems', () => {
		const edition = newDraft(false)
		saveTheme(admin, { editionId: edition.id, version: edition.version, themeId: null, name: 'Lonely theme' }, ctx)
		const result = publishEdition(admin, edition.id, edition.version + 1, ctx)
		expect(result).toMatchObject({ ok: false, problems: ['Theme ‘Lonely theme’ has no outcomes'] })
		expect(getEdition(edition.id)?.status).toBe('draft')
	})

	test('publishing makes the edition current, replacing the previous current one, with an audit event', () => {
		const first = newDraft()
		expect(publishEdition(admin, first.id, first.version, ctx)).toEqual({ ok: true })
		const second = newDraft()
		expect(publishEdition(admin, second.id, second.version, ctx)).toEqual({ ok: true })
		expect(getEdition(first.id)).toMatchObject({ status: 'published', isCurrent: false })
		expect(getEdition(second.id)).toMatchObject({ status: 'published', isCurrent: true })
		const events = db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.subjectId, String(second.id)))
			.all()
		expect(events.map((e) => e.action)).toContain('toms_edition_published')
	})

	test('retire and make current follow the rules', () => {
		const older = newDraft()
		publishEdition(admin, older.id, older.version, ctx)
		const newer = newDraft()
		publishEdition(admin, newer.id, newer.version, ctx)
		const current = getEdition(newer.id)!
		expect(retireEdition(admin, current.id, current.version, ctx).ok).toBe(false)
		const previous = getEdition(older.id)!
		expect(retireEdition(admin, previous.id, previous.version, ctx)).toEqual({ ok: true })
		const retired = getEdition(older.id)!
		expect(makeEditionCurrent(admin, retired.id, retired.version, ctx)).toEqual({ ok: true })
		expect(getEdition(older.id)).toMatchObject({ status: 'published', isCurrent: true })
		expect(getEdition(newer.id)?.isCurrent).toBe(false)
	})
})

describe('a published edition never changes', () => {
	function published() {
		const edition = newDraft()
		publishEdition(admin, edition.id, edition.version, ctx)
		return getEdition(edition.id)!
	}

	test('every service refuses, even with the right version', () => {
		const edition = published()
		const tree = loadEditionTree(edition.id)
		const outcomeId = tree.themes[0]!.outcomes[0]!.id
		const measureId = tree.themes[0]!.outcomes[0]!.measures[0]!.id
		const change = { editionId: edition.id, version: edition.version }
		expect(saveTheme(admin, { ...change, themeId: null, name: 'New' }, ctx)).toEqual({
			ok: false,
			message: NOT_A_DRAFT,
		})
		expect(
			saveMeasure(
				admin,
				{
					...change,
					measureId,
					outcomeId,
					measure: { ...content.themes[0]!.outcomes[0]!.measures[0]!, title: 'Changed' },
				},
				ctx,
			).ok,
		).toBe(false)
		expect(deleteMeasure(admin, { ...change, measureId }, ctx).ok).toBe(false)
		expect(replaceEditionContent(admin, edition.id, { themes: [] }, ctx).ok).toBe(false)
		expect(deleteDraftEdition(admin, edition.id, edition.version, ctx).ok).toBe(false)
		expect(toContent(loadEditionTree(edition.id))).toEqual(content)
	})

	test('the database itself refuses writes that bypass the services', () => {
		const edition = published()
		expect(() =>
			db.update(tomsMeasures).set({ title: 'Sneaky' }).where(eq(tomsMeasures.editionId, edition.id)).run(),
		).toThrow(/cannot change/)
		expect(() => db.delete(tomsMeasures).where(eq(tomsMeasures.editionId, edition.id)).run()).toThrow(/cannot change/)
		expect(() => db.update(tomsEditions).set({ name: 'Renamed' }).where(eq(tomsEditions.id, edition.id)).run()).toThrow(
			/cannot change/,
		)
		expect(() => db.update(tomsEditions).set({ status: 'draft' }).where(eq(tomsEditions.id, edition.id)).run()).toThrow(
			/back to draft/,
		)
		expect(() => db.delete(tomsEditions).where(eq(tomsEditions.id, edition.id)).run()).toThrow(/cannot be deleted/)
		expect(toContent(loadEditionTree(edition.id))).toEqual(content)
	})
})

test('searching and filtering happen in SQL', () => {
	const edition = newDraft()
	const tree = loadEditionTree(edition.id, { query: 'carbon' })
	expect(tree.themes.map((t) => t.name)).toEqual([])
	expect(
		loadEditionTree(edition.id, { query: 'co2e' }).themes.flatMap((t) =>
			t.outcomes.flatMap((o) => o.measures.map((m) => m.code)),
		),
	).toEqual(['G-1'])
	expect(loadEditionTree(edition.id, { query: 'j-2' }).themes[0]?.outcomes[0]?.measures.map((m) => m.code)).toEqual([
		'J-2',
	])
	const greenId = loadEditionTree(edition.id).themes[1]!.id
	expect(loadEditionTree(edition.id, { themeId: greenId }).themes.map((t) => t.name)).toEqual(['Green'])
	expect(loadEditionTree(edition.id, { query: '100%_' }).themes).toEqual([])
})

describe('at scale and through files', () => {
	function bigContent(measures: number): EditionContent {
		const units = ['hours', 'expert_hours', 'tonnes_co2e', 'text', 'people_fte'] as const
		return {
			themes: Array.from({ length: 10 }, (_, t) => ({
				name: `Theme ${t}`,
				outcomes: Array.from({ length: 5 }, (_, o) => ({
					name: `Outcome ${t}.${o}`,
					measures: Array.from({ length: measures / 50 }, (_, m) => {
						const unit = units[m % units.length]!
						return {
							code: `M${t}-${o}-${m}`,
							title: `Measure ${t}.${o}.${m} with words to search`,
							unit,
							proxyValuePence: unit === 'text' || m % 7 === 0 ? null : 100 + m,
							guidance: 'Guidance, with a comma and “quotes”.',
							evidenceGuidance: 'Evidence\non two lines.',
							priorityCodes: m % 3 === 0 ? ['CP1'] : [],
						}
					}),
				})),
			})),
		}
	}

	test('1,000 measures are saved in well under a few seconds and read back in one quick query', () => {
		const edition = newDraft(false)
		const content = bigContent(1000)
		let started = performance.now()
		expect(replaceEditionContent(admin, edition.id, content, ctx)).toEqual({ ok: true, measureCount: 1000 })
		expect(performance.now() - started).toBeLessThan(3000)
		started = performance.now()
		const tree = loadEditionTree(edition.id)
		expect(performance.now() - started).toBeLessThan(200)
		expect(toContent(tree)).toEqual(content)
	})

	test('exporting an edition and importing the file gives the same edition, in CSV and Excel', async () => {
		const { contentToCsv, contentToXlsx, importEditionFile } = await import('./toms-spreadsheet.server.ts')
		const source = newDraft()
		const exported = toContent(loadEditionTree(source.id))
		for (const [name, bytes] of [
			['edition.csv', new TextEncoder().encode(contentToCsv(exported, STARTING_UNITS))],
			['edition.xlsx', new Uint8Array(await contentToXlsx(exported, STARTING_UNITS))],
		] as const) {
			const imported = await importEditionFile({ name, type: '', bytes }, ['CP1', 'CP2'])
			if (!imported.ok) throw new Error(JSON.stringify(imported.errors))
			const target = newDraft(false)
			replaceEditionContent(admin, target.id, imported.content, ctx)
			expect(toContent(loadEditionTree(target.id))).toEqual(exported)
		}
	})
})

test('the editions list counts each edition’s own measures', async () => {
	const { listEditions } = await import('./toms-queries.server.ts')
	const empty = newDraft(false)
	const full = newDraft()
	const counts = new Map(listEditions(admin.organisationId).map((e) => [e.id, e.measureCount]))
	expect(counts.get(empty.id)).toBe(0)
	expect(counts.get(full.id)).toBe(3)
})

describe('two councils', () => {
	test('each keeps its own editions, current edition and names; the other’s are not found and do not change', async () => {
		const { councilEdition, getCurrentEdition, listEditions } = await import('./toms-queries.server.ts')
		const councilA = createOrganisation(db, { kind: 'council', name: 'Aville Council' })
		const councilB = createOrganisation(db, { kind: 'council', name: 'Beeton Council' })
		const adminOf = async (councilId: number): Promise<SessionUser> => {
			const row = await createUser(db, { organisationId: councilId, role: 'admin', passwordHash: 'x' })
			return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: councilId }
		}
		const a = await adminOf(councilA.id)
		const b = await adminOf(councilB.id)
		const draftOf = (admin: SessionUser) => {
			const created = createEdition(admin, { name: '2027/28', description: '', copyFromId: null }, ctx)
			if (!created.ok) throw new Error(created.message)
			return created.editionId
		}
		// The same name is each council's own to use.
		const ofA = draftOf(a)
		const ofB = draftOf(b)
		expect(listEditions(councilA.id).map((e) => e.id)).toEqual([ofA])
		expect(listEditions(councilB.id).map((e) => e.id)).toEqual([ofB])
		expect(councilEdition(councilB.id, ofA)).toBeUndefined()

		const version = getEdition(ofA)!.version
		expect(saveTheme(b, { editionId: ofA, version, themeId: null, name: 'Taken over' }, ctx)).toMatchObject({
			ok: false,
		})
		expect(deleteDraftEdition(b, ofA, version, ctx)).toEqual({ ok: false, message: 'Edition not found' })
		expect(createEdition(b, { name: 'Copy', description: '', copyFromId: ofA }, ctx)).toMatchObject({
			ok: false,
			field: 'copyFromId',
		})
		expect(getEdition(ofA)).toMatchObject({ version, status: 'draft' })
		expect(loadEditionTree(ofA).themes).toEqual([])

		// Publishing in one council leaves the other's current edition alone.
		replaceEditionContent(a, ofA, content, ctx)
		replaceEditionContent(b, ofB, content, ctx)
		expect(publishEdition(a, ofA, getEdition(ofA)!.version, ctx)).toEqual({ ok: true })
		expect(publishEdition(b, ofB, getEdition(ofB)!.version, ctx)).toEqual({ ok: true })
		expect(getCurrentEdition(councilA.id)?.id).toBe(ofA)
		expect(getCurrentEdition(councilB.id)?.id).toBe(ofB)
		expect(retireEdition(b, ofA, getEdition(ofA)!.version, ctx)).toEqual({ ok: false, message: 'Edition not found' })
	})
})

import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, tomsImports } from '#db/schema.ts'
import type { EditionContent, MeasureContent } from '#app/domain/toms/content.ts'
import { IMPORT_ALREADY_CONFIRMED, IMPORT_STALE, REPLACE_NOT_CONFIRMED } from '#app/domain/toms/import-confirmation.ts'
import type { SessionUser } from './auth.server.ts'
import { saveMeasure } from './toms-content.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from './toms-editions.server.ts'
import {
	HELD_IMPORT_LIFETIME_MS,
	confirmHeldImport,
	discardHeldImport,
	findHeldImport,
	holdImport,
	importBaseline,
	previewHeldImport,
	resolveHeldUnits,
	UNITS_NOT_RESOLVED,
} from './toms-imports.server.ts'
import { listUnits, unitCatalogue } from './units.server.ts'
import { getEdition, loadEditionTree, toContent } from './toms-queries.server.ts'

const now = Date.UTC(2027, 3, 1, 9)
const ctx = { ip: '203.0.113.7', now }
let admin: SessionUser

function measure(code: string, changes: Partial<MeasureContent> = {}): MeasureContent {
	return {
		code,
		title: `Measure ${code}`,
		unit: 'hours',
		proxyValuePence: 1693,
		guidance: '',
		evidenceGuidance: '',
		priorityCodes: [],
		...changes,
	}
}

function edition(...measures: MeasureContent[]): EditionContent {
	return { themes: [{ name: 'Jobs', outcomes: [{ name: 'Local work', measures }] }] }
}

const published = edition(measure('J1'), measure('J2'), measure('J3'))
const file = edition(measure('J1', { title: 'From the file' }), measure('J3', { proxyValuePence: 1758 }), measure('J4'))
const rounded = [{ code: 'J3', typed: '17.575', pence: 1758 }]

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	const row = await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' })
	admin = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
})

let counter = 0
function newEdition(content: EditionContent | null, copyFromId: number | null = null) {
	counter++
	const created = createEdition(admin, { name: `Import ${counter}`, description: '', copyFromId }, ctx)
	if (!created.ok) throw new Error(created.message)
	if (content) replaceEditionContent(admin, created.editionId, content, ctx)
	return getEdition(created.editionId)!
}

/** A draft copied from a published edition holding `published`. */
function copiedDraft() {
	const source = newEdition(published)
	const result = publishEdition(admin, source.id, getEdition(source.id)!.version, ctx)
	if (!result.ok) throw new Error(result.message)
	return newEdition(null, source.id)
}

function retitleByHand(editionId: number, code: string, title: string) {
	const placed = loadEditionTree(editionId)
		.themes.flatMap((theme) => theme.outcomes)
		.flatMap((outcome) => outcome.measures.map((m) => ({ outcomeId: outcome.id, measure: m })))
		.find((entry) => entry.measure.code === code)!
	const { id, ...content } = placed.measure
	const saved = saveMeasure(
		admin,
		{
			editionId,
			version: getEdition(editionId)!.version,
			measureId: id,
			outcomeId: placed.outcomeId,
			measure: { ...content, title },
		},
		ctx,
	)
	if (!saved.ok) throw new Error(saved.message)
}

/** Holds a file for an edition, as an upload does: the test file unless told otherwise, every unit the council's. */
function hold(editionId: number, read: Partial<Parameters<typeof holdImport>[2]> = {}, at = now) {
	return holdImport(
		admin,
		editionId,
		{ fileName: 'new.csv', content: file, rounded: [], unmatchedUnits: [], ...read },
		at,
	)
}

const importRow = (id: number) => db.select().from(tomsImports).where(eq(tomsImports.id, id)).get()!

describe('holding a file', () => {
	test('holds the content, the rounded values and the draft version, and changes nothing in the draft', () => {
		const draft = copiedDraft()
		const id = hold(draft.id, { rounded })!
		expect(importRow(id)).toMatchObject({
			editionId: draft.id,
			createdByUserId: admin.id,
			fileName: 'new.csv',
			editionVersion: draft.version,
			status: 'pending',
			unitsJson: '[]',
			importedAt: null,
		})
		expect(findHeldImport(admin.organisationId, draft.id, id)).toMatchObject({
			content: file,
			rounded,
			editionVersion: draft.version,
		})
		expect(toContent(loadEditionTree(draft.id))).toEqual(published)
		expect(getEdition(draft.id)!.version).toBe(draft.version)
	})

	test('a held import belongs to its edition: asked for under another, it is not found', () => {
		const draft = copiedDraft()
		const other = newEdition(null)
		const id = hold(draft.id)!
		expect(findHeldImport(admin.organisationId, other.id, id)).toBeNull()
		expect(previewHeldImport(admin.organisationId, other.id, id)).toBeNull()
		expect(confirmHeldImport(admin, other.id, id, ctx, { replaceConfirmed: true })).toEqual({
			ok: false,
			message: IMPORT_ALREADY_CONFIRMED,
		})
		discardHeldImport(admin.organisationId, other.id, id)
		expect(findHeldImport(admin.organisationId, draft.id, id)).not.toBeNull()
		expect(toContent(loadEditionTree(other.id))).toEqual({ themes: [] })
	})

	test('a published edition takes no file', () => {
		const source = newEdition(published)
		publishEdition(admin, source.id, getEdition(source.id)!.version, ctx)
		expect(hold(source.id)).toBeNull()
	})

	test('a new upload clears away files held for more than a day without being confirmed', () => {
		const draft = copiedDraft()
		const old = hold(draft.id, { fileName: 'old.csv' })!
		const recent = hold(draft.id, { fileName: 'recent.csv' }, now + 3_600_000)!
		hold(draft.id, {}, now + HELD_IMPORT_LIFETIME_MS + 1)
		expect(db.select().from(tomsImports).where(eq(tomsImports.id, old)).get()).toBeUndefined()
		expect(importRow(recent).status).toBe('pending')
	})
})

describe('previewing a held file', () => {
	test('against a copied draft, a title changed by hand that the file changes is a hand edit', () => {
		const draft = copiedDraft()
		retitleByHand(draft.id, 'J1', 'Retitled by hand')
		retitleByHand(draft.id, 'J2', 'Also by hand')
		const id = hold(draft.id, { rounded })!
		const shown = previewHeldImport(admin.organisationId, draft.id, id)!
		expect(shown.stale).toBe(false)
		expect(shown.preview.handEdits.map((edit) => [edit.code, edit.file === null, edit.fields])).toEqual([
			['J1', false, ['title']],
			['J2', true, ['title']],
		])
		expect(shown.preview.diff.measures.added.map((placed) => placed.measure.code)).toEqual(['J4'])
		expect(shown.preview.diff.measures.changed.map((change) => [change.code, change.fields])).toEqual([
			['J1', ['title']],
			['J3', ['proxyValuePence']],
		])
	})

	test('the baseline is the last import, else the edition copied from, else none', () => {
		const handMade = newEdition(edition(measure('H1')))
		expect(importBaseline(handMade.id)).toBeNull()
		const draft = copiedDraft()
		expect(importBaseline(draft.id)).toMatchObject({ source: 'copied-edition', content: published })
		const id = hold(draft.id)!
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: true }).ok).toBe(true)
		expect(importBaseline(draft.id)).toEqual({ source: 'last-import', content: file })
	})
})

describe('confirming a held file', () => {
	test('replaces the content, marks the import done, bumps the version and records one audit event', () => {
		const draft = copiedDraft()
		const id = hold(draft.id, { rounded })!
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: true })).toEqual({
			ok: true,
			measureCount: 3,
			roundedCount: 1,
		})
		expect(toContent(loadEditionTree(draft.id))).toEqual(file)
		expect(importRow(id)).toMatchObject({ status: 'imported', importedAt: now })
		expect(getEdition(draft.id)!.version).toBe(draft.version + 1)
		const events = db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.subjectId, String(draft.id)), eq(auditEvents.action, 'toms_edition_imported')))
			.all()
		expect(events.map((event) => event.detail)).toEqual([{ measures: 3, importId: id }])
	})

	test('can be done once only', () => {
		const draft = copiedDraft()
		const id = hold(draft.id)!
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: true }).ok).toBe(true)
		const version = getEdition(draft.id)!.version
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: true })).toEqual({
			ok: false,
			message: IMPORT_ALREADY_CONFIRMED,
		})
		expect(findHeldImport(admin.organisationId, draft.id, id)).toBeNull()
		expect(getEdition(draft.id)!.version).toBe(version)
	})

	test('is refused when the draft changed after the file was read, and nothing changes', () => {
		const draft = copiedDraft()
		const id = hold(draft.id)!
		retitleByHand(draft.id, 'J2', 'Changed meanwhile')
		const before = toContent(loadEditionTree(draft.id))
		const version = getEdition(draft.id)!.version
		expect(previewHeldImport(admin.organisationId, draft.id, id)!.stale).toBe(true)
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: true })).toEqual({
			ok: false,
			message: IMPORT_STALE,
		})
		expect(toContent(loadEditionTree(draft.id))).toEqual(before)
		expect(getEdition(draft.id)!.version).toBe(version)
		expect(importRow(id).status).toBe('pending')
	})

	test('over a draft holding anything, is refused until replacing is confirmed; an empty draft needs no confirming', () => {
		const draft = copiedDraft()
		const id = hold(draft.id)!
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: false })).toEqual({
			ok: false,
			field: 'replaceConfirmed',
			message: REPLACE_NOT_CONFIRMED,
		})
		expect(toContent(loadEditionTree(draft.id))).toEqual(published)

		const empty = newEdition(null)
		const intoEmpty = hold(empty.id)!
		expect(confirmHeldImport(admin, empty.id, intoEmpty, ctx, { replaceConfirmed: false }).ok).toBe(true)
	})

	test('going back forgets the held file and leaves the draft as it was', () => {
		const draft = copiedDraft()
		const id = hold(draft.id)!
		discardHeldImport(admin.organisationId, draft.id, id)
		expect(findHeldImport(admin.organisationId, draft.id, id)).toBeNull()
		expect(toContent(loadEditionTree(draft.id))).toEqual(published)
		expect(getEdition(draft.id)!.version).toBe(draft.version)
	})
})

describe('a file’s own units', () => {
	const councilWording = edition(
		measure('J1', { unit: 'no. hrs x no. attendees' }),
		measure('J2', { unit: 'Case study', proxyValuePence: null }),
		measure('J3', { unit: 'No Hrs X No Attendees', proxyValuePence: 2000 }),
	)
	const unmatchedUnits = [
		{ text: 'no. hrs x no. attendees', rows: [2, 4], valuedRows: [2, 4] },
		{ text: 'Case study', rows: [3], valuedRows: [] },
	]
	/** A new draft, and a file for it held with its own units still to be resolved. */
	function heldInOwnWords() {
		const draft = newEdition(null)
		return { draft, id: hold(draft.id, { fileName: 'own.csv', content: councilWording, unmatchedUnits })! }
	}

	const newWordsUnit = (name: string) => ({
		choice: 'new' as const,
		name,
		singular: 'case study',
		plural: 'case studies',
		kind: 'words' as const,
		decimalPlaces: 2,
		code: null,
	})

	test('must be resolved before the file can be imported', () => {
		const { draft, id } = heldInOwnWords()
		expect(findHeldImport(admin.organisationId, draft.id, id)?.unmatchedUnits).toEqual(unmatchedUnits)
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: true })).toEqual({
			ok: false,
			message: UNITS_NOT_RESOLVED,
		})
	})

	test('are mapped or created for the whole file at once, and then the file imports', () => {
		const { draft, id } = heldInOwnWords()
		const name = `Case studies ${counter}`
		expect(
			resolveHeldUnits(
				admin,
				draft.id,
				id,
				[{ choice: 'existing', existing: 'hours_attendees' }, newWordsUnit(name)],
				ctx,
			),
		).toEqual({ ok: true })
		const created = listUnits(admin.organisationId).find((unit) => unit.name === name)!
		expect(created).toMatchObject({ kind: 'words', singular: 'case study' })
		const held = findHeldImport(admin.organisationId, draft.id, id)!
		expect(held.unmatchedUnits).toEqual([])
		expect(held.content.themes[0]!.outcomes[0]!.measures.map((m) => m.unit)).toEqual([
			'hours_attendees',
			created.key,
			'hours_attendees',
		])
		expect(confirmHeldImport(admin, draft.id, id, ctx, { replaceConfirmed: true })).toMatchObject({ ok: true })
		expect(toContent(loadEditionTree(draft.id)).themes[0]!.outcomes[0]!.measures.map((m) => m.unit)).toEqual([
			'hours_attendees',
			created.key,
			'hours_attendees',
		])
	})

	test('a refused choice changes nothing: no unit is added and the file still waits', () => {
		const { draft, id } = heldInOwnWords()
		const before = unitCatalogue(admin.organisationId).size
		const refused = resolveHeldUnits(
			admin,
			draft.id,
			id,
			// Words for rows giving a value, and a name the council already has.
			[newWordsUnit(`Attendee words ${counter}`), newWordsUnit('Expert Hours')],
			ctx,
		)
		expect(refused).toEqual({
			ok: false,
			refusals: [
				{
					index: 0,
					field: 'kind',
					message:
						'‘no. hrs x no. attendees’ cannot be a unit in words: rows 2, 4 give a proxy value, and a qualitative measure has none',
				},
				{ index: 1, field: 'name', message: 'There is already a unit called Expert Hours' },
			],
		})
		expect(unitCatalogue(admin.organisationId).size).toBe(before)
		expect(findHeldImport(admin.organisationId, draft.id, id)?.unmatchedUnits).toEqual(unmatchedUnits)
		expect(resolveHeldUnits(admin, draft.id, id, [{ choice: 'existing', existing: 'hours' }], ctx)).toMatchObject({
			ok: false,
		})
	})
})

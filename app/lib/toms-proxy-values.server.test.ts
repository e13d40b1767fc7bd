import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, tomsMeasures } from '#db/schema.ts'
import type { EditionContent, MeasureContent } from '#app/domain/toms/content.ts'
import { proxyValuesByCode } from '#tests/toms-values.ts'
import type { SessionUser } from './auth.server.ts'
import { saveMeasure } from './toms-content.server.ts'
import {
	NOT_A_DRAFT,
	STALE_EDITION,
	createEdition,
	publishEdition,
	replaceEditionContent,
} from './toms-editions.server.ts'
import { applyUplift, listPriceableMeasures, previewUplift, saveProxyValues } from './toms-proxy-values.server.ts'
import { getEdition, loadEditionTree } from './toms-queries.server.ts'

const ctx = { ip: '203.0.113.7', now: Date.UTC(2027, 2, 1) }
let admin: SessionUser

const measure = (code: string, unit: MeasureContent['unit'], proxyValuePence: number | null): MeasureContent => ({
	code,
	title: `Measure ${code}`,
	unit,
	proxyValuePence,
	guidance: '',
	evidenceGuidance: '',
	priorityCodes: [],
})

const content: EditionContent = {
	themes: [
		{
			name: 'Jobs',
			outcomes: [
				{
					name: 'Local work',
					measures: [
						measure('J-1', 'people_fte', 1500000),
						measure('J-2', 'expert_hours', 10100),
						measure('J-3', 'text', null),
					],
				},
			],
		},
		{
			name: 'Communities',
			outcomes: [{ name: 'Volunteering', measures: [measure('V-1', 'hours', 1693), measure('V-2', 'percent', null)] }],
		},
	],
}

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	const row = await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' })
	admin = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
})

let counter = 0
function newDraft(withContent: EditionContent = content) {
	counter++
	const created = createEdition(admin, { name: `Proxy values ${counter}`, description: '', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	replaceEditionContent(admin, created.editionId, withContent, ctx)
	const edition = getEdition(created.editionId)!
	const ids = Object.fromEntries(listPriceableMeasures(admin.organisationId, edition.id).map((m) => [m.code, m.id]))
	return { edition, ids }
}

function auditsOf(editionId: number) {
	return db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.subjectType, 'toms_edition'), eq(auditEvents.subjectId, String(editionId))))
		.all()
}

describe('the measures that can carry a value', () => {
	test('every measure but text ones, in the edition’s order, with its theme', () => {
		const { edition } = newDraft()
		expect(
			listPriceableMeasures(admin.organisationId, edition.id).map((m) => [m.themeName, m.code, m.proxyValuePence]),
		).toEqual([
			['Jobs', 'J-1', 1500000],
			['Jobs', 'J-2', 10100],
			['Communities', 'V-1', 1693],
			['Communities', 'V-2', null],
		])
	})
})

describe('uplift', () => {
	test('the preview shows each ticked measure before and after, and changes nothing', () => {
		const { edition, ids } = newDraft()
		const before = proxyValuesByCode(edition.id)
		const preview = previewUplift(admin.organisationId, {
			editionId: edition.id,
			version: edition.version,
			basisPoints: 350,
			choice: { scope: 'chosen', measureIds: [ids['V-1']!, ids['J-2']!] },
		})
		expect(preview).toEqual({
			ok: true,
			lines: [
				{ id: ids['J-2'], code: 'J-2', title: 'Measure J-2', oldPence: 10100, newPence: 10454 },
				{ id: ids['V-1'], code: 'V-1', title: 'Measure V-1', oldPence: 1693, newPence: 1752 },
			],
		})
		expect(proxyValuesByCode(edition.id)).toEqual(before)
		expect(getEdition(edition.id)!.version).toBe(edition.version)
	})

	test('applying changes every priced value, the version, and records one audit event with the percentage', () => {
		const { edition } = newDraft()
		const auditsBefore = auditsOf(edition.id).length
		const result = applyUplift(
			admin,
			{ editionId: edition.id, version: edition.version, basisPoints: 350, choice: { scope: 'all' } },
			{ ...ctx, now: ctx.now + 1000 },
		)
		expect(result).toEqual({ ok: true, changed: 3 })
		expect(proxyValuesByCode(edition.id)).toEqual({
			'J-1': 1552500,
			'J-2': 10454,
			'J-3': null,
			'V-1': 1752,
			'V-2': null,
		})
		const after = getEdition(edition.id)!
		expect(after.version).toBe(edition.version + 1)
		expect(after.updatedAt).toBe(ctx.now + 1000)
		const audits = auditsOf(edition.id)
		expect(audits).toHaveLength(auditsBefore + 1)
		expect(audits.at(-1)).toMatchObject({
			action: 'toms_edition_changed',
			actorUserId: admin.id,
			ip: ctx.ip,
			detail: { change: 'uplifted 3 proxy values by 3.5%', upliftPercent: '3.5', measuresChanged: 3 },
		})
	})

	test('a cut applies to the ticked measures only', () => {
		const { edition, ids } = newDraft()
		const result = applyUplift(
			admin,
			{
				editionId: edition.id,
				version: edition.version,
				basisPoints: -250,
				choice: { scope: 'chosen', measureIds: [ids['J-1']!] },
			},
			ctx,
		)
		expect(result).toEqual({ ok: true, changed: 1 })
		expect(proxyValuesByCode(edition.id)).toMatchObject({ 'J-1': 1462500, 'J-2': 10100, 'V-1': 1693 })
		expect(auditsOf(edition.id).at(-1)?.detail).toMatchObject({ upliftPercent: '-2.5', measuresChanged: 1 })
	})

	test('a draft changed since the preview is refused, and nothing changes', () => {
		const { edition, ids } = newDraft()
		const request = {
			editionId: edition.id,
			version: edition.version,
			basisPoints: 350,
			choice: { scope: 'all' as const },
		}
		expect(previewUplift(admin.organisationId, request).ok).toBe(true)
		const outcomeId = loadEditionTree(edition.id).themes[0]!.outcomes[0]!.id
		const changed = saveMeasure(
			admin,
			{
				editionId: edition.id,
				version: edition.version,
				measureId: ids['J-2']!,
				outcomeId,
				measure: measure('J-2', 'expert_hours', 9900),
			},
			ctx,
		)
		expect(changed.ok).toBe(true)
		const before = proxyValuesByCode(edition.id)
		const audits = auditsOf(edition.id).length
		expect(applyUplift(admin, request, ctx)).toEqual({ ok: false, message: STALE_EDITION })
		expect(previewUplift(admin.organisationId, request)).toEqual({ ok: false, message: STALE_EDITION })
		expect(proxyValuesByCode(edition.id)).toEqual(before)
		expect(auditsOf(edition.id)).toHaveLength(audits)
	})

	test('a ticked measure that has no value, or is not in the draft, is refused', () => {
		const { edition, ids } = newDraft()
		const other = newDraft()
		for (const measureIds of [[ids['V-2']!], [ids['J-3'] ?? 0], [other.ids['J-1']!]]) {
			expect(
				applyUplift(
					admin,
					{
						editionId: edition.id,
						version: edition.version,
						basisPoints: 350,
						choice: { scope: 'chosen', measureIds },
					},
					ctx,
				),
			).toEqual({ ok: false, message: 'That part of the edition no longer exists. Reload the page.' })
		}
		expect(proxyValuesByCode(other.edition.id)['J-1']).toBe(1500000)
		expect(getEdition(edition.id)!.version).toBe(edition.version)
	})

	test('an uplift that would take a value past the largest there can be is refused', () => {
		const { edition } = newDraft({
			themes: [{ name: 'Big', outcomes: [{ name: 'Big', measures: [measure('B-1', 'pounds', 60_000_000_000)] }] }],
		})
		expect(
			applyUplift(
				admin,
				{ editionId: edition.id, version: edition.version, basisPoints: 10_000, choice: { scope: 'all' } },
				ctx,
			),
		).toMatchObject({ ok: false, field: 'percentage' })
		expect(proxyValuesByCode(edition.id)['B-1']).toBe(60_000_000_000)
	})

	test('an uplift that rounds every value back to itself changes nothing and records nothing', () => {
		const { edition } = newDraft({
			themes: [{ name: 'Small', outcomes: [{ name: 'Small', measures: [measure('S-1', 'hours', 100)] }] }],
		})
		const audits = auditsOf(edition.id).length
		expect(
			applyUplift(
				admin,
				{ editionId: edition.id, version: edition.version, basisPoints: 1, choice: { scope: 'all' } },
				ctx,
			),
		).toEqual({ ok: true, changed: 0 })
		expect(getEdition(edition.id)!.version).toBe(edition.version)
		expect(auditsOf(edition.id)).toHaveLength(audits)
	})

	test('a published edition never changes', () => {
		const { edition } = newDraft()
		expect(publishEdition(admin, edition.id, edition.version, ctx).ok).toBe(true)
		const published = getEdition(edition.id)!
		const request = {
			editionId: edition.id,
			version: published.version,
			basisPoints: 350,
			choice: { scope: 'all' as const },
		}
		expect(previewUplift(admin.organisationId, request)).toEqual({ ok: false, message: NOT_A_DRAFT })
		expect(applyUplift(admin, request, ctx)).toEqual({ ok: false, message: NOT_A_DRAFT })
		expect(proxyValuesByCode(edition.id)['J-1']).toBe(1500000)
	})

	test('a 2,000-measure draft is uplifted in one go', () => {
		const measures = Array.from({ length: 2000 }, (_, i) => measure(`M-${i}`, 'hours', 1000 + i))
		const { edition } = newDraft({ themes: [{ name: 'Many', outcomes: [{ name: 'Many', measures }] }] })
		const started = performance.now()
		const result = applyUplift(
			admin,
			{ editionId: edition.id, version: edition.version, basisPoints: 250, choice: { scope: 'all' } },
			ctx,
		)
		const took = performance.now() - started
		expect(result).toEqual({ ok: true, changed: 2000 })
		// £29.99 by 2.5% is £30.73975; £10.00 is £10.25.
		expect(proxyValuesByCode(edition.id)).toMatchObject({ 'M-1999': 3074, 'M-0': 1025 })
		// One read and one update a measure, inside one transaction: far under a second.
		expect(took).toBeLessThan(2000)
	})
})

describe('the table of values', () => {
	test('saves only the values that changed, with one audit event saying how many', () => {
		const { edition, ids } = newDraft()
		const audits = auditsOf(edition.id).length
		const result = saveProxyValues(
			admin,
			{
				editionId: edition.id,
				version: edition.version,
				proxyValues: {
					[ids['J-1']!]: 1500000,
					[ids['J-2']!]: 9950,
					[ids['V-1']!]: null,
					[ids['V-2']!]: 150,
				},
			},
			ctx,
		)
		expect(result).toEqual({ ok: true, changed: 3 })
		expect(proxyValuesByCode(edition.id)).toEqual({ 'J-1': 1500000, 'J-2': 9950, 'J-3': null, 'V-1': null, 'V-2': 150 })
		expect(getEdition(edition.id)!.version).toBe(edition.version + 1)
		expect(auditsOf(edition.id)).toHaveLength(audits + 1)
		expect(auditsOf(edition.id).at(-1)?.detail).toEqual({ change: 'changed 3 proxy values', measuresChanged: 3 })
	})

	test('nothing changed: no new version and no audit event', () => {
		const { edition, ids } = newDraft()
		const audits = auditsOf(edition.id).length
		expect(
			saveProxyValues(
				admin,
				{ editionId: edition.id, version: edition.version, proxyValues: { [ids['J-1']!]: 1500000 } },
				ctx,
			),
		).toEqual({ ok: true, changed: 0 })
		expect(getEdition(edition.id)!.version).toBe(edition.version)
		expect(auditsOf(edition.id)).toHaveLength(audits)
	})

	test('a stale version, a text measure or another edition’s measure changes nothing', () => {
		const { edition, ids } = newDraft()
		const other = newDraft()
		const textMeasure = db
			.select({ id: tomsMeasures.id })
			.from(tomsMeasures)
			.where(and(eq(tomsMeasures.editionId, edition.id), eq(tomsMeasures.code, 'J-3')))
			.get()!.id
		const before = proxyValuesByCode(edition.id)
		expect(
			saveProxyValues(
				admin,
				{ editionId: edition.id, version: edition.version - 1, proxyValues: { [ids['J-1']!]: 1 } },
				ctx,
			),
		).toEqual({ ok: false, message: STALE_EDITION })
		for (const proxyValues of <Array<Record<string, number>>>[
			{ [ids['J-1']!]: 1, [textMeasure]: 5 },
			{ [ids['J-1']!]: 1, [other.ids['J-1']!]: 5 },
			{ [ids['J-1']!]: 1, constructor: 5 },
		]) {
			expect(saveProxyValues(admin, { editionId: edition.id, version: edition.version, proxyValues }, ctx)).toEqual({
				ok: false,
				message: 'That part of the edition no longer exists. Reload the page.',
			})
		}
		expect(proxyValuesByCode(edition.id)).toEqual(before)
		expect(proxyValuesByCode(other.edition.id)['J-1']).toBe(1500000)
		expect(getEdition(edition.id)!.version).toBe(edition.version)
	})
})

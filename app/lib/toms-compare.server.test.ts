import { beforeAll, describe, expect, test, vi } from 'vitest'
import { filledMeasure as measure } from '#tests/measure-fixture.ts'
import { session } from '#tests/tender-fixture.ts'
import type Database from 'better-sqlite3'
import { type Db, db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { councilPriorities } from '#db/schema.ts'
import type { EditionContent } from '#app/domain/toms/content.ts'
import type { SessionUser } from './auth.server.ts'
import {
	comparableEditions,
	comparisonBaseFor,
	editionComparisonCsvRows,
	findComparableEdition,
	loadEditionComparison,
	previousPublishedEdition,
} from './toms-compare.server.ts'
import { createEdition, publishEdition, replaceEditionContent, retireEdition } from './toms-editions.server.ts'
import { getEdition } from './toms-queries.server.ts'

let admin: SessionUser
const day = 24 * 60 * 60 * 1000
const start = Date.UTC(2027, 3, 1)

const content: EditionContent = {
	themes: [
		{ name: 'Jobs', outcomes: [{ name: 'Local work', measures: [measure('J-1'), measure('J-2')] }] },
		{
			name: 'Green',
			outcomes: [{ name: 'Less carbon', measures: [measure('G-1', { priorityCodes: ['CP1', 'CP2'] })] }],
		},
	],
}

let counter = 0
function draft(contentOfDraft: EditionContent, copyFromId: number | null = null, now = start) {
	counter++
	const created = createEdition(admin, { name: `Edition ${counter}`, description: '', copyFromId }, { ip: '', now })
	if (!created.ok) throw new Error(created.message)
	if (copyFromId === null) replaceEditionContent(admin, created.editionId, contentOfDraft, { ip: '', now })
	return created.editionId
}

function published(contentOfEdition: EditionContent, now: number) {
	const id = draft(contentOfEdition, null, now)
	const result = publishEdition(admin, id, getEdition(id)!.version, { ip: '', now })
	if (!result.ok) throw new Error(result.message)
	return id
}

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	admin = session(await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' }))
	db.insert(councilPriorities)
		.values([
			{ councilId: council.id, code: 'CP1', name: 'Economy', position: 0, createdAt: 0, updatedAt: 0 },
			{ councilId: council.id, code: 'CP2', name: 'Net zero', position: 1, createdAt: 0, updatedAt: 0 },
		])
		.run()
})

describe('which editions can be compared', () => {
	let first: number
	let second: number
	let third: number
	let unpublished: number

	beforeAll(() => {
		first = published(content, start)
		second = published(content, start + day)
		third = published(content, start + 2 * day)
		unpublished = draft(content, third)
		const retired = retireEdition(admin, first, getEdition(first)!.version, { ip: '', now: start + 3 * day })
		if (!retired.ok) throw new Error(retired.message)
	})

	test('the previous edition is the one published just before, retired or not', () => {
		expect(previousPublishedEdition(third)?.id).toBe(second)
		expect(previousPublishedEdition(second)).toEqual({ id: first, name: getEdition(first)!.name })
		expect(previousPublishedEdition(first)).toBeNull()
		expect(previousPublishedEdition(unpublished)).toBeNull()
		expect(previousPublishedEdition(999_999)).toBeNull()
	})

	test('a draft exists only for an administrator', () => {
		expect(findComparableEdition(admin.organisationId, unpublished, false)).toBeNull()
		expect(findComparableEdition(admin.organisationId, unpublished, true)).toMatchObject({
			id: unpublished,
			status: 'draft',
		})
		expect(findComparableEdition(admin.organisationId, first, false)).toMatchObject({ id: first, status: 'retired' })
		expect(findComparableEdition(admin.organisationId, 999_999, true)).toBeNull()
		const publicIds = comparableEditions(admin.organisationId, false).map((edition) => edition.id)
		expect(publicIds).toEqual(expect.arrayContaining([first, second, third]))
		expect(publicIds).not.toContain(unpublished)
		expect(comparableEditions(admin.organisationId, true).map((edition) => edition.id)).toContain(unpublished)
	})

	test('an administrator compares an edition first with the one it was copied from, else the one before it', () => {
		expect(comparisonBaseFor(unpublished)).toBe(third)
		expect(comparisonBaseFor(third)).toBe(second)
		expect(comparisonBaseFor(999_999)).toBeNull()
	})
})

describe('comparing what is stored', () => {
	test('reads both trees, priorities included, and compares them', () => {
		const from = draft(content)
		const changed: EditionContent = structuredClone(content)
		changed.themes[0]!.outcomes[0]!.measures[0]!.proxyValuePence = 1744
		changed.themes[0]!.outcomes[0]!.measures.pop()
		changed.themes[1]!.outcomes[0]!.measures[0]!.priorityCodes = ['CP2']
		const to = draft(changed)
		const comparison = loadEditionComparison(admin.organisationId, from, to)
		expect(comparison.counts.measures).toEqual({ added: 0, removed: 1, changed: 2 })
		expect(comparison.sections.map((section) => section.theme)).toEqual(['Jobs', 'Green'])
		expect(comparison.sections[0]!.measuresChanged[0]!.changes).toEqual([
			{ field: 'proxyValuePence', label: 'Proxy value', long: false, text: '£16.93 → £17.44 (+3.0%)' },
		])
		expect(comparison.sections[1]!.measuresChanged[0]!.changes).toEqual([
			{ field: 'priorityCodes', label: 'Council priorities', long: false, text: 'CP1; CP2 → CP2' },
		])
		expect(editionComparisonCsvRows(admin.organisationId, from, to).map((row) => [row[2], row[4]])).toEqual([
			['J-2', 'removed'],
			['J-1', 'changed'],
			['G-1', 'changed'],
		])
	})

	test('two editions of 2,000 measures compare in a few queries, whatever their size', () => {
		const big = (uplift: number): EditionContent => ({
			themes: Array.from({ length: 10 }, (_, t) => ({
				name: `Theme ${t}`,
				outcomes: Array.from({ length: 10 }, (_, o) => ({
					name: `Outcome ${o}`,
					measures: Array.from({ length: 20 }, (_, m) =>
						measure(`M-${t}-${o}-${m}`, {
							proxyValuePence: 1000 + m + uplift,
							guidance: `Guidance for measure ${m} of outcome ${o}, long enough to be realistic. `.repeat(4),
						}),
					),
				})),
			})),
		})
		const from = draft(big(0))
		const to = draft(big(30))
		// The connection under drizzle: every query it runs is prepared there.
		const connection = (db as Db & { $client: Database.Database }).$client
		const prepare = vi.spyOn(connection, 'prepare')
		const startedAt = performance.now()
		const comparison = loadEditionComparison(admin.organisationId, from, to)
		const rows = editionComparisonCsvRows(admin.organisationId, from, to)
		const elapsed = performance.now() - startedAt
		const queries = prepare.mock.calls.length
		prepare.mockRestore()
		expect(comparison.counts.measures).toEqual({ added: 0, removed: 0, changed: 2000 })
		expect(rows).toHaveLength(2000)
		// Two trees read for the page and two for the CSV, plus the cache's version checks.
		expect(queries).toBeLessThan(10)
		expect(elapsed).toBeLessThan(3000)
	})
})

import { and, desc, eq, lt, ne, or, isNotNull } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { tomsEditions, type EditionStatus } from '#db/schema.ts'
import type { EditionContent } from '#app/domain/toms/content.ts'
import { unitCatalogue } from './units.server.ts'
import { compareContent, comparisonCsvRows, type EditionComparison } from '#app/domain/toms/edition-comparison.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'
import {
	councilEdition,
	getCurrentEdition,
	getEdition,
	listEditions,
	loadEditionTree,
	toContent,
} from './toms-queries.server.ts'

// Comparing two editions of one council: published and retired ones for anyone, drafts only
// for its administrators. Another council's edition is not found.

export type ComparableEdition = { id: number; name: string; status: EditionStatus }

/** The editions a reader may compare, newest first: drafts only when `includeDrafts`. */
export function comparableEditions(councilId: number, includeDrafts: boolean): ComparableEdition[] {
	return listEditions(councilId)
		.filter((edition) => includeDrafts || edition.status !== 'draft')
		.map((edition) => ({ id: edition.id, name: edition.name, status: edition.status }))
}

/** An edition the reader may compare, or null: to anyone else a draft does not exist. */
export function findComparableEdition(
	councilId: number,
	editionId: number,
	includeDrafts: boolean,
): ComparableEdition | null {
	const edition = councilEdition(councilId, editionId)
	if (!edition || (edition.status === 'draft' && !includeDrafts)) return null
	return { id: edition.id, name: edition.name, status: edition.status }
}

/** The published or retired edition published just before this one, or null for the first. */
export function previousPublishedEdition(editionId: number): { id: number; name: string } | null {
	const edition = getEdition(editionId)
	if (!edition || edition.publishedAt === null) return null
	return (
		db
			.select({ id: tomsEditions.id, name: tomsEditions.name })
			.from(tomsEditions)
			.where(
				and(
					eq(tomsEditions.councilId, edition.councilId),
					ne(tomsEditions.status, 'draft'),
					isNotNull(tomsEditions.publishedAt),
					or(
						lt(tomsEditions.publishedAt, edition.publishedAt),
						and(eq(tomsEditions.publishedAt, edition.publishedAt), lt(tomsEditions.id, edition.id)),
					),
				),
			)
			.orderBy(desc(tomsEditions.publishedAt), desc(tomsEditions.id))
			.limit(1)
			.get() ?? null
	)
}

/** An edition's whole tree in one query. */
function contentOf(editionId: number): EditionContent {
	return toContent(loadEditionTree(editionId))
}

/** What changed from one of the council's editions to another, kept until the database next changes. */
export function loadEditionComparison(councilId: number, fromId: number, toId: number): EditionComparison {
	return cachedRead(`toms-compare:${councilId}:${fromId}:${toId}`, () =>
		compareContent(contentOf(fromId), contentOf(toId), unitCatalogue(councilId)),
	)
}

/** The comparison as CSV rows, one per measure added, removed or changed. */
export function editionComparisonCsvRows(councilId: number, fromId: number, toId: number) {
	return comparisonCsvRows(contentOf(fromId), contentOf(toId), unitCatalogue(councilId))
}

/**
 * The edition an administrator most likely compares this one with: the one it was copied
 * from, else the one published before it, else the current edition; null when there is none.
 */
export function comparisonBaseFor(editionId: number): number | null {
	const edition = getEdition(editionId)
	if (!edition) return null
	if (edition.copiedFromId !== null && councilEdition(edition.councilId, edition.copiedFromId))
		return edition.copiedFromId
	const previous = previousPublishedEdition(edition.id)
	if (previous) return previous.id
	const current = getCurrentEdition(edition.councilId)
	return current && current.id !== edition.id ? current.id : null
}

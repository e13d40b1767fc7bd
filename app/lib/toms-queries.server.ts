import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { db, type DbOrTx } from '#db/client.server.ts'
import {
	councilPriorities,
	tomsEditions,
	tomsMeasurePriorities,
	tomsMeasures,
	tomsOutcomes,
	tomsThemes,
} from '#db/schema.ts'
import type { EditionContent, MeasureContent } from '#app/domain/toms/content.ts'

export type TreeMeasure = MeasureContent & { id: number }
export type TreeOutcome = { id: number; name: string; measures: TreeMeasure[] }
export type TreeTheme = { id: number; name: string; outcomes: TreeOutcome[] }
export type EditionTree = { themes: TreeTheme[] }

export type MeasureFilter = { themeId?: number; query?: string }

/** The columns that make up a measure's content, selected the same way everywhere. */
const measureColumns = {
	code: tomsMeasures.code,
	title: tomsMeasures.title,
	unit: tomsMeasures.unit,
	proxyValuePence: tomsMeasures.proxyValuePence,
	guidance: tomsMeasures.guidance,
	evidenceGuidance: tomsMeasures.evidenceGuidance,
}

/** An edition by id, whichever council's: for records already authorised, such as a tender's edition. */
export function getEdition(editionId: number, tx: DbOrTx = db) {
	return tx.select().from(tomsEditions).where(eq(tomsEditions.id, editionId)).get()
}

/** One of the council's editions; another council's is not found. */
export function councilEdition(councilId: number, editionId: number, tx: DbOrTx = db) {
	return tx
		.select()
		.from(tomsEditions)
		.where(and(eq(tomsEditions.id, editionId), eq(tomsEditions.councilId, councilId)))
		.get()
}

/** For a page about one of the council's editions: another council's is not found, before any form is read. */
export function requireCouncilEdition(councilId: number, editionId: number) {
	const edition = councilEdition(councilId, editionId)
	if (!edition) throw new Response('Not found', { status: 404 })
	return edition
}

export function getCurrentEdition(councilId: number) {
	return db
		.select()
		.from(tomsEditions)
		.where(and(eq(tomsEditions.councilId, councilId), eq(tomsEditions.isCurrent, true)))
		.get()
}

export function listEditions(councilId: number) {
	return db
		.select({
			id: tomsEditions.id,
			name: tomsEditions.name,
			status: tomsEditions.status,
			isCurrent: tomsEditions.isCurrent,
			publishedAt: tomsEditions.publishedAt,
			updatedAt: tomsEditions.updatedAt,
			// Qualified by hand: in a one-table select drizzle leaves columns unqualified.
			measureCount: sql<number>`(select count(*) from "toms_measures" m where m."edition_id" = "toms_editions"."id")`,
		})
		.from(tomsEditions)
		.where(eq(tomsEditions.councilId, councilId))
		.orderBy(desc(tomsEditions.createdAt), desc(tomsEditions.id))
		.all()
}

/** An edition as the lists of editions show it. */
export type ListedEdition = ReturnType<typeof listEditions>[number]

export function listPriorities(councilId: number, tx: DbOrTx = db) {
	return tx
		.select()
		.from(councilPriorities)
		.where(eq(councilPriorities.councilId, councilId))
		.orderBy(asc(councilPriorities.position), asc(councilPriorities.id))
		.all()
}

function escapeLike(text: string) {
	return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** Every word must appear in the code, title, guidance or evidence guidance. */
function searchCondition(query: string): SQL | undefined {
	const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 10)
	if (words.length === 0) return undefined
	return and(
		...words.map((word) => {
			const pattern = `%${escapeLike(word.toLowerCase())}%`
			return sql`(lower(${tomsMeasures.code}) like ${pattern} escape '\\' or lower(${tomsMeasures.title}) like ${pattern} escape '\\' or lower(${tomsMeasures.guidance}) like ${pattern} escape '\\' or lower(${tomsMeasures.evidenceGuidance}) like ${pattern} escape '\\')`
		}),
	)
}

/**
 * An edition's themes → outcomes → measures in one query (plus none per row). Without a
 * filter, empty themes and outcomes are included so an administrator can see them; with
 * one, only branches holding a matching measure are.
 */
export function loadEditionTree(editionId: number, filter: MeasureFilter = {}, tx: DbOrTx = db): EditionTree {
	const filtering = filter.themeId !== undefined || Boolean(filter.query?.trim())
	const priorityCodes = sql<string | null>`(
		select group_concat(code, ';') from (
			select p."code" as code from "toms_measure_priorities" mp
			join "council_priorities" p on p."id" = mp."priority_id"
			where mp."measure_id" = "toms_measures"."id"
			order by p."position", p."id"
		)
	)`
	const conditions = [eq(tomsThemes.editionId, editionId)]
	if (filter.themeId !== undefined) conditions.push(eq(tomsThemes.id, filter.themeId))
	const search = filter.query ? searchCondition(filter.query) : undefined
	if (search) conditions.push(search)

	const base = tx
		.select({
			themeId: tomsThemes.id,
			themeName: tomsThemes.name,
			outcomeId: tomsOutcomes.id,
			outcomeName: tomsOutcomes.name,
			measureId: tomsMeasures.id,
			...measureColumns,
			priorityCodes,
		})
		.from(tomsThemes)
	const joined = filtering
		? base
				.innerJoin(tomsOutcomes, eq(tomsOutcomes.themeId, tomsThemes.id))
				.innerJoin(tomsMeasures, eq(tomsMeasures.outcomeId, tomsOutcomes.id))
		: base
				.leftJoin(tomsOutcomes, eq(tomsOutcomes.themeId, tomsThemes.id))
				.leftJoin(tomsMeasures, eq(tomsMeasures.outcomeId, tomsOutcomes.id))
	const rows = joined
		.where(and(...conditions))
		.orderBy(
			asc(tomsThemes.position),
			asc(tomsThemes.id),
			asc(tomsOutcomes.position),
			asc(tomsOutcomes.id),
			asc(tomsMeasures.position),
			asc(tomsMeasures.id),
		)
		.all()

	const themes: TreeTheme[] = []
	let theme: TreeTheme | undefined
	let outcome: TreeOutcome | undefined
	for (const row of rows) {
		if (theme?.id !== row.themeId) {
			theme = { id: row.themeId, name: row.themeName, outcomes: [] }
			themes.push(theme)
			outcome = undefined
		}
		if (row.outcomeId === null || row.outcomeName === null) continue
		if (outcome?.id !== row.outcomeId) {
			outcome = { id: row.outcomeId, name: row.outcomeName, measures: [] }
			theme.outcomes.push(outcome)
		}
		if (row.measureId === null || row.code === null || row.title === null || row.unit === null) continue
		outcome.measures.push({
			id: row.measureId,
			code: row.code,
			title: row.title,
			unit: row.unit,
			proxyValuePence: row.proxyValuePence,
			guidance: row.guidance ?? '',
			evidenceGuidance: row.evidenceGuidance ?? '',
			priorityCodes: row.priorityCodes ? row.priorityCodes.split(';') : [],
		})
	}
	return { themes }
}

/** The same tree without database ids: what export writes and publish checks. */
export function toContent(tree: EditionTree): EditionContent {
	return {
		themes: tree.themes.map((theme) => ({
			name: theme.name,
			outcomes: theme.outcomes.map((outcome) => ({
				name: outcome.name,
				measures: outcome.measures.map(({ id: _id, ...measure }) => measure),
			})),
		})),
	}
}

export function listThemes(editionId: number) {
	return db
		.select({ id: tomsThemes.id, name: tomsThemes.name })
		.from(tomsThemes)
		.where(eq(tomsThemes.editionId, editionId))
		.orderBy(asc(tomsThemes.position), asc(tomsThemes.id))
		.all()
}

export function findMeasureByCode(editionId: number, code: string) {
	const measure = db
		.select({
			id: tomsMeasures.id,
			...measureColumns,
			outcomeId: tomsOutcomes.id,
			outcomeName: tomsOutcomes.name,
			themeId: tomsThemes.id,
			themeName: tomsThemes.name,
		})
		.from(tomsMeasures)
		.innerJoin(tomsOutcomes, eq(tomsOutcomes.id, tomsMeasures.outcomeId))
		.innerJoin(tomsThemes, eq(tomsThemes.id, tomsOutcomes.themeId))
		.where(and(eq(tomsMeasures.editionId, editionId), sql`lower(${tomsMeasures.code}) = ${code.toLowerCase()}`))
		.get()
	if (!measure) return null
	const priorities = db
		.select({ id: councilPriorities.id, code: councilPriorities.code, name: councilPriorities.name })
		.from(tomsMeasurePriorities)
		.innerJoin(councilPriorities, eq(councilPriorities.id, tomsMeasurePriorities.priorityId))
		.where(eq(tomsMeasurePriorities.measureId, measure.id))
		.orderBy(asc(councilPriorities.position))
		.all()
	return { ...measure, priorities }
}

/** The council's own priorities by code: a code of another council's links nothing. */
export function priorityIdsByCode(councilId: number, codes: string[], tx: DbOrTx = db): Map<string, number> {
	if (codes.length === 0) return new Map()
	const rows = tx
		.select({ id: councilPriorities.id, code: councilPriorities.code })
		.from(councilPriorities)
		.where(and(eq(councilPriorities.councilId, councilId), inArray(councilPriorities.code, codes)))
		.all()
	return new Map(rows.map((row) => [row.code, row.id]))
}

/** The unit a measure of this edition has now: one since retired may still be kept. */
export function measureUnitKey(editionId: number, measureId: number): string | null {
	return (
		db
			.select({ unit: tomsMeasures.unit })
			.from(tomsMeasures)
			.where(and(eq(tomsMeasures.editionId, editionId), eq(tomsMeasures.id, measureId)))
			.get()?.unit ?? null
	)
}

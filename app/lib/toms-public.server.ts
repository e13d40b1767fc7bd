import { cachedRead } from '#app/infra/read-cache.server.ts'
import {
	type EditionTree,
	findMeasureByCode,
	councilEdition,
	listPriorities,
	listThemes,
	loadEditionTree,
	type TreeMeasure,
} from './toms-queries.server.ts'

// The TOMs as the public reads them: published and retired editions only; drafts do not exist for them.

type Tree<M> = {
	themes: Array<{ id: number; name: string; outcomes: Array<{ id: number; name: string; measures: M[] }> }>
}

export type PriorityName = { code: string; name: string }

/** What the compact list shows of a measure: its details are a click away, so they are not sent. */
export type ListedMeasure = Pick<TreeMeasure, 'id' | 'code' | 'title' | 'unit' | 'proxyValuePence'>

export type PublicEditionData = {
	edition: {
		id: number
		name: string
		description: string
		status: string
		isCurrent: boolean
		publishedAt: number | null
	}
	themes: Array<{ id: number; name: string }>
	filter: { themeId: number | null; query: string }
	totalMeasures: number | null
	/** How many measures the tree holds. */
	shown: number
} & ({ compact: true; tree: Tree<ListedMeasure> } | { compact: false; tree: EditionTree; priorities: PriorityName[] })

/** Above this many measures, the unfiltered page lists measures without their details. */
export const COMPACT_ABOVE = 150

/** Reads the public filter from the query string, ignoring anything malformed. */
export function readMeasureFilter(url: URL) {
	const themeParam = Number(url.searchParams.get('theme'))
	const query = (url.searchParams.get('q') ?? '').slice(0, 200)
	return {
		themeId: Number.isSafeInteger(themeParam) && themeParam > 0 ? themeParam : undefined,
		query: query.trim() === '' ? undefined : query,
	}
}

/** A published or retired edition of the council, or a 404: another council's is not found. */
export function publicEditionOr404(councilId: number, editionId: number) {
	const edition = councilEdition(councilId, editionId)
	if (!edition || edition.status === 'draft') throw new Response('Not found', { status: 404 })
	return edition
}

/**
 * An edition as the public sees it. The whole edition, unfiltered, is everyone's first view,
 * so it is kept until the database changes; filtered views are worked out each time.
 */
export function loadPublicEdition(councilId: number, editionId: number, url: URL): PublicEditionData {
	const filter = readMeasureFilter(url)
	if (filter.themeId === undefined && filter.query === undefined)
		return cachedRead(`public-edition:${councilId}:${editionId}`, () => readPublicEdition(councilId, editionId, filter))
	return readPublicEdition(councilId, editionId, filter)
}

function readPublicEdition(
	councilId: number,
	editionId: number,
	filter: ReturnType<typeof readMeasureFilter>,
): PublicEditionData {
	const edition = publicEditionOr404(councilId, editionId)
	const tree = loadEditionTree(edition.id, filter)
	const shown = tree.themes.reduce((n, t) => n + t.outcomes.reduce((m, o) => m + o.measures.length, 0), 0)
	const common = {
		edition: {
			id: edition.id,
			name: edition.name,
			description: edition.description,
			status: edition.status,
			isCurrent: edition.isCurrent,
			publishedAt: edition.publishedAt,
		},
		themes: listThemes(edition.id),
		filter: { themeId: filter.themeId ?? null, query: filter.query ?? '' },
		totalMeasures: filter.themeId || filter.query ? null : shown,
		shown,
	}
	// A thousand full measures is slow to send and impossible to read: list them, and show
	// the details once the reader narrows the list or opens a measure.
	if (shown > COMPACT_ABOVE) {
		const listed = (m: TreeMeasure): ListedMeasure => ({
			id: m.id,
			code: m.code,
			title: m.title,
			unit: m.unit,
			proxyValuePence: m.proxyValuePence,
		})
		const compactTree = {
			themes: tree.themes.map((t) => ({
				...t,
				outcomes: t.outcomes.map((o) => ({ ...o, measures: o.measures.map(listed) })),
			})),
		}
		return { ...common, compact: true, tree: compactTree }
	}
	return {
		...common,
		compact: false,
		tree,
		priorities: listPriorities(councilId).map((priority) => ({ code: priority.code, name: priority.name })),
	}
}

/** One measure of a published or retired edition, found by its code, with the council priorities it serves. */
export function loadPublicMeasure(councilId: number, editionId: number, code: string) {
	const edition = publicEditionOr404(councilId, editionId)
	const measure = findMeasureByCode(edition.id, code)
	if (!measure) throw new Response('Not found', { status: 404 })
	const { priorities, ...rest } = measure
	return {
		edition: { id: edition.id, name: edition.name, status: edition.status },
		measure: { ...rest, priorityCodes: priorities.map((p) => p.code) },
		priorities: priorities.map((priority) => ({ code: priority.code, name: priority.name })),
	}
}

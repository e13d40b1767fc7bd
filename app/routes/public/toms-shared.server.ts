import { COMPACT_ABOVE, type ListedMeasure, type PublicEditionData } from '#app/components/toms-edition-view.tsx'
import { cachedRead } from '#app/lib/read-cache.server.ts'
import { getEdition, listPriorities, listThemes, loadEditionTree, type TreeMeasure } from '#app/lib/toms-queries.server.ts'

/** Reads the public filter from the query string, ignoring anything malformed. */
export function readMeasureFilter(url: URL) {
	const themeParam = Number(url.searchParams.get('theme'))
	const query = (url.searchParams.get('q') ?? '').slice(0, 200)
	return {
		themeId: Number.isSafeInteger(themeParam) && themeParam > 0 ? themeParam : undefined,
		query: query.trim() === '' ? undefined : query,
	}
}

/**
 * A published or retired edition as the public sees it; drafts do not exist for them. The
 * whole edition, unfiltered, is everyone's first view, so it is kept until the database
 * changes; filtered views are worked out each time.
 */
export function loadPublicEdition(editionId: number, url: URL) {
	const filter = readMeasureFilter(url)
	if (filter.themeId === undefined && filter.query === undefined) return cachedRead(`public-edition:${editionId}`, () => readPublicEdition(editionId, filter))
	return readPublicEdition(editionId, filter)
}

function readPublicEdition(editionId: number, filter: ReturnType<typeof readMeasureFilter>) {
	const edition = getEdition(editionId)
	if (!edition || edition.status === 'draft') throw new Response('Not found', { status: 404 })
	const tree = loadEditionTree(edition.id, filter)
	const shown = tree.themes.reduce((n, t) => n + t.outcomes.reduce((m, o) => m + o.measures.length, 0), 0)
	const common = {
		edition: { id: edition.id, name: edition.name, description: edition.description, status: edition.status, isCurrent: edition.isCurrent, publishedAt: edition.publishedAt },
		themes: listThemes(edition.id),
		filter: { themeId: filter.themeId ?? null, query: filter.query ?? '' },
		totalMeasures: filter.themeId || filter.query ? null : shown,
		shown,
	}
	// A thousand full measures is slow to send and impossible to read: list them, and show
	// the details once the reader narrows the list or opens a measure.
	if (shown > COMPACT_ABOVE) {
		const listed = (m: TreeMeasure): ListedMeasure => ({ id: m.id, code: m.code, title: m.title, unit: m.unit, proxyValuePence: m.proxyValuePence })
		const compactTree = { themes: tree.themes.map((t) => ({ ...t, outcomes: t.outcomes.map((o) => ({ ...o, measures: o.measures.map(listed) })) })) }
		return { ...common, compact: true, tree: compactTree } satisfies PublicEditionData
	}
	return { ...common, compact: false, tree, priorities: listPriorities().map((priority) => ({ code: priority.code, name: priority.name })) } satisfies PublicEditionData
}

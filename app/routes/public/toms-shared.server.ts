import { COMPACT_ABOVE } from '#app/components/toms-edition-view.tsx'
import { cachedRead } from '#app/lib/read-cache.server.ts'
import { getEdition, listPriorities, listThemes, loadEditionTree } from '#app/lib/toms-queries.server.ts'

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
	const fullTree = loadEditionTree(edition.id, filter)
	const shown = fullTree.themes.reduce((n, t) => n + t.outcomes.reduce((m, o) => m + o.measures.length, 0), 0)
	const totalMeasures = filter.themeId || filter.query ? null : shown
	// The compact list shows no guidance, so it is not sent either.
	const tree =
		shown > COMPACT_ABOVE
			? { themes: fullTree.themes.map((t) => ({ ...t, outcomes: t.outcomes.map((o) => ({ ...o, measures: o.measures.map((m) => ({ ...m, guidance: '', evidenceGuidance: '' })) })) })) }
			: fullTree
	return {
		edition: { id: edition.id, name: edition.name, description: edition.description, status: edition.status, isCurrent: edition.isCurrent, publishedAt: edition.publishedAt },
		themes: listThemes(edition.id),
		tree,
		filter: { themeId: filter.themeId ?? null, query: filter.query ?? '' },
		totalMeasures,
		priorities: listPriorities().map((priority) => ({ code: priority.code, name: priority.name })),
	}
}

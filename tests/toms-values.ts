import { loadEditionTree } from '#app/lib/toms-queries.server.ts'

/** Each measure's proxy value in pence, by its code: what an edition holds now. */
export function proxyValuesByCode(editionId: number): Record<string, number | null> {
	return Object.fromEntries(
		loadEditionTree(editionId).themes.flatMap((theme) =>
			theme.outcomes.flatMap((outcome) => outcome.measures.map((measure) => [measure.code, measure.proxyValuePence])),
		),
	)
}

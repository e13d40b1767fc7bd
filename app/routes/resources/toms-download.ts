import { isDownloadFormat, spreadsheetResponse } from '#app/lib/toms-download.server.ts'
import { getEdition, loadEditionTree, toContent } from '#app/lib/toms-queries.server.ts'
import type { Route } from './+types/toms-download.ts'

export async function loader({ params }: Route.LoaderArgs) {
	const editionId = Number(params.editionId)
	const edition = Number.isSafeInteger(editionId) ? getEdition(editionId) : undefined
	if (!edition || edition.status === 'draft' || !isDownloadFormat(params.format)) {
		throw new Response('Not found', { status: 404 })
	}
	return spreadsheetResponse(toContent(loadEditionTree(edition.id)), `toms-${edition.name}`, params.format)
}

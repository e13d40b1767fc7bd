import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { isExportFormat } from '#app/infra/table-export.server.ts'
import { editionDownload } from '#app/lib/toms-download.server.ts'
import { getEdition } from '#app/lib/toms-queries.server.ts'
import type { Route } from './+types/toms-export.ts'

/** Any edition, drafts included, for administrators: the file imports back to the same edition. */
export async function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const edition = getEdition(parseId(params.editionId))
	if (!edition || !isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	return editionDownload(edition, params.format)
}

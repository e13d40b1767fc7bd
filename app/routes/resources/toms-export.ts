import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { isExportFormat } from '#app/infra/table-export.server.ts'
import { editionDownload } from '#app/lib/toms-download.server.ts'
import { councilEdition } from '#app/lib/toms-queries.server.ts'
import type { Route } from './+types/toms-export.ts'

/** Any edition of the council, drafts included, for its administrators: the file imports back to the same edition. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = councilEdition(admin.organisationId, parseId(params.editionId))
	if (!edition || !isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	return editionDownload(edition, params.format)
}

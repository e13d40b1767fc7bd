import { parseId } from '#app/routes/shared/route-params.ts'
import { isExportFormat } from '#app/infra/table-export.server.ts'
import { editionDownload } from '#app/lib/toms-download.server.ts'
import { publicCouncil } from '#app/lib/councils.server.ts'
import { publicEditionOr404 } from '#app/lib/toms-public.server.ts'
import type { Route } from './+types/toms-download.ts'

/** A published or retired edition of the page's council, for anyone. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const edition = publicEditionOr404(publicCouncil(request, params).id, parseId(params.editionId))
	if (!isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	return editionDownload(edition, params.format)
}

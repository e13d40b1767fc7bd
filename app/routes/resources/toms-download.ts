import { parseId } from '#app/routes/shared/route-params.ts'
import { isExportFormat } from '#app/infra/table-export.server.ts'
import { editionDownload } from '#app/lib/toms-download.server.ts'
import { publicEditionOr404 } from '#app/lib/toms-public.server.ts'
import type { Route } from './+types/toms-download.ts'

/** A published or retired edition, for anyone. */
export async function loader({ params }: Route.LoaderArgs) {
	const edition = publicEditionOr404(parseId(params.editionId))
	if (!isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	return editionDownload(edition, params.format)
}

import { requireDeploymentRole } from '#app/lib/auth.server.ts'
import { consortiumFilterFrom } from '#app/lib/consortium.server.ts'
import { consortiumTable, isConsortiumDataset } from '#app/lib/consortium-export.server.ts'
import { isExportFormat, tableDownload } from '#app/infra/table-export.server.ts'
import type { Route } from './+types/consortium-export.ts'

/** The consortium figures as a table to download: by council, by theme, or shared suppliers by council. */
export async function loader({ request, params }: Route.LoaderArgs) {
	requireDeploymentRole(request, ['administrator', 'consortium'])
	if (!isExportFormat(params.format) || !isConsortiumDataset(params.dataset))
		throw new Response('Not found', { status: 404 })
	const filter = consortiumFilterFrom(new URL(request.url).searchParams)
	const year = filter.startYear === null ? 'all-time' : String(filter.startYear)
	return tableDownload(params.format, `consortium-${params.dataset}-${year}`, consortiumTable(params.dataset, filter))
}

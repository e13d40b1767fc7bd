import { requireRole } from '#app/lib/auth.server.ts'
import { isExportFormat } from '#app/infra/table-export.server.ts'
import { spreadsheetResponse } from '#app/lib/toms-download.server.ts'
import { templateContent } from '#app/lib/toms-spreadsheet.server.ts'
import type { Route } from './+types/toms-template.ts'

/** A small example of the import's layout, for administrators to fill in. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	if (!isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	return spreadsheetResponse(admin.organisationId, templateContent(), 'toms-import-template', params.format)
}

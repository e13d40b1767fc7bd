import { requireRole } from '#app/lib/auth.server.ts'
import { isDownloadFormat, spreadsheetResponse } from '#app/lib/toms-download.server.ts'
import { templateContent } from '#app/lib/toms-spreadsheet.server.ts'
import type { Route } from './+types/toms-template.ts'

export async function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	if (!isDownloadFormat(params.format)) throw new Response('Not found', { status: 404 })
	return spreadsheetResponse(templateContent(), 'toms-import-template', params.format)
}

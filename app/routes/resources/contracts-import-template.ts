import { requireRole } from '#app/lib/auth.server.ts'
import { importTemplateCsv, importTemplateWorkbook, templateSheetOf } from '#app/lib/contract-import-file.server.ts'
import { fileDownload } from '#app/infra/table-export.server.ts'
import type { Route } from './+types/contracts-import-template.ts'

/** The contracts import template: the workbook, or one of its sheets as CSV. */
export async function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	if (params.format === 'xlsx')
		return fileDownload('xlsx', 'contracts-import-template', new Uint8Array(await importTemplateWorkbook()))
	const sheet = templateSheetOf(params.format)
	if (!sheet) throw new Response('Not found', { status: 404 })
	return fileDownload('csv', `contracts-import-${params.format.replace(/-csv$/, '')}`, importTemplateCsv(sheet))
}

import { isStaffOf } from '#app/domain/roles.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { matrixSpreadsheetName, matrixWorkbook } from '#app/lib/matrix-spreadsheet.server.ts'
import { loadBlankWorkspace } from '#app/lib/matrix-workspace.server.ts'
import { canManageTender } from '#app/lib/tenders.server.ts'
import { fileDownload } from '#app/infra/table-export.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import type { Route } from './+types/matrix-template.ts'

/** A tender's matrix with no answers: what its manager sends bidders when bids go to another system. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const workspace = loadBlankWorkspace(parseId(params.tenderId))
	if (!workspace || !isStaffOf(user, workspace.tender.councilId)) throw new Response('Not found', { status: 404 })
	if (!canManageTender(user, workspace.tender)) throw new Response('Not yours', { status: 403 })
	const body = new Uint8Array(await matrixWorkbook(workspace))
	return fileDownload('xlsx', matrixSpreadsheetName(workspace.tender.reference), body)
}

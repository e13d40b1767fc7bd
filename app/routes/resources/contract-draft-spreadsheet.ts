import { matrixSpreadsheetName, matrixWorkbook } from '#app/lib/matrix-spreadsheet.server.ts'
import { fileDownload } from '#app/infra/table-export.server.ts'
import { requireDirectDraft } from '#app/routes/manager/contract-draft-route.server.ts'
import type { Route } from './+types/contract-draft-spreadsheet.ts'

/** The commitments of a contract being recorded, as the supplier's matrix workbook, to fill in and upload. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireDirectDraft(request, params.matrixId)
	const body = new Uint8Array(await matrixWorkbook(workspace))
	return fileDownload('xlsx', matrixSpreadsheetName(workspace.tender.reference), body)
}

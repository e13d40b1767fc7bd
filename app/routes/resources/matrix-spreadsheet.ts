import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { matrixSpreadsheetName, matrixWorkbook } from '#app/lib/matrix-spreadsheet.server.ts'
import { fileDownload } from '#app/infra/table-export.server.ts'
import type { Route } from './+types/matrix-spreadsheet.ts'

/** The supplier's own matrix as a workbook to fill in and upload again. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const body = new Uint8Array(await matrixWorkbook(workspace))
	return fileDownload('xlsx', matrixSpreadsheetName(workspace.tender.reference), body)
}

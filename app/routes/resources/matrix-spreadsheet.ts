import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { matrixSpreadsheetFileName, matrixWorkbook } from '#app/lib/matrix-spreadsheet.server.ts'
import type { Route } from './+types/matrix-spreadsheet.ts'

export async function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const body = new Uint8Array(await matrixWorkbook(workspace))
	return new Response(body, {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="${matrixSpreadsheetFileName(workspace.tender.reference)}"`,
		},
	})
}

import { registerContracts } from '#app/lib/contracts.server.ts'
import { publicCouncil } from '#app/lib/councils.server.ts'
import { registerHeader, registerRows } from '#app/lib/delivery-export.server.ts'
import { isExportFormat, tableDownload } from '#app/infra/table-export.server.ts'
import type { Route } from './+types/register-export.ts'

/**
 * A council's public register, for anyone: a file made to be passed on, so it is always the
 * register as the public reads it, and commercially sensitive figures are never in it, whoever
 * asks. It is the register of the council the address is for, never every council's.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
	if (!isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	const council = publicCouncil(request, {})
	return tableDownload(params.format, 'contracts-register', {
		sheet: 'Contracts',
		header: registerHeader,
		rows: registerRows(registerContracts(null, Date.now(), { councilId: council.id })),
		widths: [18, 36, 30, 12, 12, 16, 18, 18],
	})
}

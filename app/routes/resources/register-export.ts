import { registerContracts } from '#app/lib/contracts.server.ts'
import { publicListing } from '#app/lib/councils.server.ts'
import { registerHeader, registerRows } from '#app/lib/delivery-export.server.ts'
import { isExportFormat, tableDownload } from '#app/infra/table-export.server.ts'
import type { Route } from './+types/register-export.ts'

/**
 * The public register, for anyone: a file made to be passed on, so it is always the register
 * as the public reads it, and commercially sensitive figures are never in it, whoever asks. It
 * holds the contracts of the council the page was for, or every council's on a shared host.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
	const { councilId } = publicListing(request, params)
	if (!isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	return tableDownload(params.format, 'contracts-register', {
		sheet: 'Contracts',
		header: registerHeader,
		rows: registerRows(registerContracts(null, Date.now(), { councilId })),
		widths: [18, 36, 30, 12, 12, 16, 18, 18],
	})
}

import { requireRole } from '#app/lib/auth.server.ts'
import { commitmentRows, commitmentsHeader, deliveryHeader, deliveryRows } from '#app/lib/delivery-export.server.ts'
import { isExportFormat, tableDownload } from '#app/lib/table-export.server.ts'
import type { Route } from './+types/delivery-export.ts'

/** Council exports: commitments, or delivery lines; a contract manager's own contracts, an administrator's all. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	if (!isExportFormat(params.format) || (params.dataset !== 'commitments' && params.dataset !== 'delivery')) throw new Response('Not found', { status: 404 })
	const scope = user.role === 'admin' ? {} : { contractManagerId: user.id }
	if (params.dataset === 'commitments') {
		return tableDownload(params.format, 'commitments', { sheet: 'Commitments', header: commitmentsHeader, rows: commitmentRows(scope), widths: [18, 30, 30, 20, 12, 12, 10, 40, 20, 16, 12, 30, 12, 14, 14, 14] })
	}
	return tableDownload(params.format, 'delivery', { sheet: 'Delivery', header: deliveryHeader, rows: deliveryRows(scope), widths: [18, 30, 12, 12, 12, 12, 20, 10, 10, 40, 16, 12, 30, 14, 14, 12] })
}

import { requireRole } from '#app/lib/auth.server.ts'
import { comparisonCsv, comparisonXlsx } from '#app/lib/matrix-comparison-export.server.ts'
import { reviewList } from '#app/lib/matrix-review.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { fileDownload, isExportFormat, safeFileName } from '#app/infra/table-export.server.ts'
import { canManageTender } from '#app/lib/tenders.server.ts'
import type { Route } from './+types/matrix-comparison-export.ts'

export async function loader({ request, params }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const list = reviewList(user.organisationId, parseId(params.tenderId))
	if (!list || !isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	if (!canManageTender(user, list.tender)) throw new Response('Not yours', { status: 403 })
	// Sealed bids: nothing about their content leaves before the deadline.
	if (Date.now() < list.tender.deadlineAt) throw new Response('Bids are sealed until the deadline', { status: 403 })
	const value = list.tender.estimatedValuePence
	const rows = list.rows.map((row) => ({
		...row,
		percentBasisPoints: value > 0 ? Math.round((row.totalPence * 10_000) / value) : null,
	}))
	const fileName = safeFileName(`comparison-${list.tender.reference}`, 'comparison')
	const body = params.format === 'csv' ? comparisonCsv(rows) : new Uint8Array(await comparisonXlsx(rows))
	return fileDownload(params.format, fileName, body)
}

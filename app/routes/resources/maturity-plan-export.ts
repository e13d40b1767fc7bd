import { requireRole } from '#app/lib/auth.server.ts'
import { planExportHeader, planExportRows, planWithProgress } from '#app/lib/maturity-plan.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { isExportFormat, tableDownload } from '#app/infra/table-export.server.ts'
import type { Route } from './+types/maturity-plan-export.ts'

/** An assessment's action plan as CSV or Excel. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const plan = planWithProgress(admin.organisationId, parseId(params.assessmentId))
	if (!plan || !isExportFormat(params.format)) throw new Response('Not found', { status: 404 })
	return tableDownload(params.format, `maturity-action-plan-${plan.assessment.assessedOn}`, {
		sheet: 'Action plan',
		header: planExportHeader,
		rows: planExportRows(plan.areas),
		widths: [30, 18, 18, 14, 70, 24, 16, 14],
	})
}

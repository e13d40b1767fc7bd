import { href, redirect } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { directDraftParties, findDirectDraft } from '#app/lib/direct-contracts.server.ts'
import { loadMatrixWorkspace } from '#app/lib/matrix-workspace.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'

/**
 * The signed-in officer and the contract they are recording directly, with everything in its
 * matrix: its contract manager or an administrator only. Once confirmed, its pages lead to
 * the contract.
 */
export function requireDirectDraft(request: Request, matrixIdParam: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const found = findDirectDraft(user, parseId(matrixIdParam))
	if (!found.ok) throw new Response(found.message, { status: found.status ?? 404 })
	if (found.contractId !== null)
		throw redirect(href('/contracts/:contractId', { contractId: String(found.contractId) }))
	return { user, workspace: loadMatrixWorkspace(found.matrix.id)! }
}

/** A draft's details and its measures, as its overview and its check page show them. */
export function draftOverview(workspace: NonNullable<ReturnType<typeof loadMatrixWorkspace>>) {
	const { matrix, tender } = workspace
	return {
		matrix: { id: matrix.id, version: matrix.version },
		title: tender.title,
		details: {
			reference: tender.reference,
			...directDraftParties({ organisationId: matrix.organisationId, contractManagerId: tender.contractManagerId }),
			valuePence: tender.estimatedValuePence,
			startDate: tender.contractStart,
			endDate: tender.contractEnd,
			cadence: tender.cadence,
		},
		totals: workspace.totals,
	}
}

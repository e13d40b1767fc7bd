import { requireRole } from '#app/lib/auth.server.ts'
import { getOwnMatrix } from '#app/lib/matrices.server.ts'
import { loadMatrixWorkspace } from '#app/lib/matrix-workspace.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'

/** The signed-in supplier and their own matrix with everything in it, or a 404. */
export function requireOwnMatrixWorkspace(request: Request, matrixIdParam: string | undefined) {
	const user = requireRole(request, ['supplier'])
	const matrix = getOwnMatrix(user, parseId(matrixIdParam))
	if (!matrix) throw new Response('Not found', { status: 404 })
	return { user, workspace: loadMatrixWorkspace(matrix.id)! }
}

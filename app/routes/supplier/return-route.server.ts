import { requireRole } from '#app/lib/auth.server.ts'
import { getOwnReturn } from '#app/lib/returns.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'

/** The signed-in supplier and their own return with everything in it, or a 404. */
export function requireOwnReturn(request: Request, returnIdParam: string | undefined) {
	const user = requireRole(request, ['supplier'])
	const own = getOwnReturn(user, parseId(returnIdParam))
	if (!own) throw new Response('Not found', { status: 404 })
	return { user, loaded: loadReturn(own.progressReturn.id)! }
}

import { contentDisposition } from '#app/domain/returns/evidence-type.ts'
import { getUser } from '#app/lib/auth.server.ts'
import { evidenceForDownload } from '#app/lib/evidence-access.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import type { Route } from './+types/evidence-download.ts'

/** An evidence file, to the supplier's members and the council only, always as an attachment. */
export function loader({ request, params }: Route.LoaderArgs) {
	const user = getUser(request)
	if (!user) throw new Response('Not found', { status: 404 })
	const file = evidenceForDownload(user, parseId(params.evidenceId))
	if (!file) throw new Response('Not found', { status: 404 })
	return new Response(new Uint8Array(file.bytes), {
		headers: {
			'Content-Type': file.mimeType,
			'Content-Disposition': contentDisposition(file.fileName),
			'Content-Length': String(file.bytes.byteLength),
			// No nosniff here: every response gets it from the server, and Express would send it twice.
			// No Cache-Control either: the server makes every response to a session private, unstored.
		},
	})
}

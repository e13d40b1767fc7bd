import { redirect } from 'react-router'
import { db } from '#db/client.server.ts'
import { recordAudit } from '#app/lib/audit.server.ts'
import { getSessionUser } from '#app/lib/auth.server.ts'
import { clearedSessionCookie, invalidateSession } from '#app/lib/session.server.ts'
import type { Route } from './+types/sign-out.ts'

export function loader() {
	// Signing out changes state, so it is only ever a POST; a link here goes home.
	return redirect('/')
}

export function action({ request, context }: Route.ActionArgs) {
	const now = Date.now()
	const current = getSessionUser(request, now)
	if (current) {
		db.transaction((tx) => {
			invalidateSession(current.session.id, tx)
			recordAudit(tx, {
				at: now,
				actorUserId: current.user.id,
				action: 'sign_out',
				subject: { type: 'user', id: current.user.id },
				ip: context.clientIp,
			})
		})
	}
	return redirect('/sign-in?notice=signed-out', { headers: { 'Set-Cookie': clearedSessionCookie() } })
}

import { href, redirect } from 'react-router'
import { getSessionUser } from '#app/lib/auth.server.ts'
import { clearedSessionCookie, signOut } from '#app/lib/session.server.ts'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/sign-out.ts'

export function loader() {
	// Signing out changes state, so it is only ever a POST; a link here goes home.
	return redirect(href('/'))
}

export function action({ request, context }: Route.ActionArgs) {
	const now = Date.now()
	const current = getSessionUser(request, now)
	if (current) signOut(current, { ip: context.clientIp, now })
	return redirect(withNotice(href('/sign-in'), 'signed-out'), { headers: { 'Set-Cookie': clearedSessionCookie() } })
}

import { href, redirect } from 'react-router'
import type { DeploymentRole, UserRole } from '#db/schema.ts'
import { homePathFor } from '#app/domain/roles.ts'
import { noteSignedInUser } from '#app/infra/request-record.server.ts'
import { clearedSessionCookie, readSessionToken, validateSessionToken, type SessionUser } from './session.server.ts'

export type { SessionUser }

// The layout and the page each ask who is signed in: a page load checks the session once.
// Not a form post, whose action may end the session before the page is drawn again.
const checkedLoads = new WeakMap<Request, ReturnType<typeof validateSessionToken>>()

/** The signed-in user, or null. Takes `now` so tests can move the clock. */
export function getSessionUser(request: Request, now = Date.now()) {
	const load = request.method === 'GET' || request.method === 'HEAD'
	if (load && checkedLoads.has(request)) return checkedLoads.get(request)!
	const token = readSessionToken(request)
	const session = token ? validateSessionToken(token, now) : null
	if (load) checkedLoads.set(request, session)
	if (session) noteSignedInUser(session.user.id)
	return session
}

export function getUser(request: Request, now = Date.now()): SessionUser | null {
	return getSessionUser(request, now)?.user ?? null
}

/** Sends anyone not signed in to the sign-in page, coming back here afterwards. */
export function requireUser(request: Request, now = Date.now()): SessionUser {
	const user = getUser(request, now)
	if (user) return user
	const url = new URL(request.url)
	const redirectTo = url.pathname + url.search
	const headers = readSessionToken(request) ? { 'Set-Cookie': clearedSessionCookie() } : undefined
	throw redirect(`${href('/sign-in')}?redirectTo=${encodeURIComponent(redirectTo)}`, { headers })
}

/** Signed in, and with one of the roles; otherwise a 403 page. */
export function requireRole(request: Request, roles: readonly UserRole[], now = Date.now()): SessionUser {
	const user = requireUser(request, now)
	if (!roles.includes(user.role)) {
		throw new Response('You do not have permission to see this page', { status: 403, statusText: 'Forbidden' })
	}
	return user
}

/**
 * Signed in, and holding one of the deployment roles (ADR 027); otherwise a 403 page, whatever
 * their role in their own council.
 */
export function requireDeploymentRole(
	request: Request,
	roles: readonly DeploymentRole[],
	now = Date.now(),
): SessionUser & { deploymentRole: DeploymentRole } {
	const user = requireUser(request, now)
	const held = user.deploymentRole
	if (!held || !roles.includes(held)) {
		throw new Response('You do not have permission to see this page', { status: 403, statusText: 'Forbidden' })
	}
	return { ...user, deploymentRole: held }
}

/** For pages such as sign-in that make no sense once signed in: they lead to the person's home. */
export function requireAnonymous(request: Request, now = Date.now()) {
	const user = getUser(request, now)
	if (user) throw redirect(homePathFor(user.role))
}

export function clientIp(context: { clientIp?: string } | undefined): string {
	return context?.clientIp ?? 'unknown'
}

import type { NextFunction, Request, Response } from 'express'
import { SESSION_COOKIE, sessionTokenInCookies } from '#app/lib/session.server.ts'

/** Neither the browser (its Back button included) nor anything between may keep the response. */
export const PRIVATE_NO_STORE = 'private, no-store'

function setsSessionCookie(setCookie: ReturnType<Response['getHeader']>): boolean {
	const cookies = Array.isArray(setCookie) ? setCookie : [String(setCookie ?? '')]
	return cookies.some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))
}

/**
 * Every response made for a session is private and never stored: pages, data requests,
 * redirects and downloads alike, so that after signing out on a shared computer the Back
 * button shows nothing of the last person's pages. A response is made for a session when the
 * request carries the session cookie or the response sets it. Whether that session is still
 * live does not matter: nothing is lost by not keeping a page answered to a stale cookie,
 * and asking would cost a database read before every request.
 *
 * Set as the headers go out, over whatever the page or download said, so that no route can
 * forget it or loosen it.
 */
export function privateToSessions(req: Request, res: Response, next: NextFunction) {
	const carriesSession = sessionTokenInCookies(req.get('cookie')) !== null
	const writeHead = res.writeHead
	res.writeHead = function writeHeadPrivately(this: Response, ...args: unknown[]) {
		if (carriesSession || setsSessionCookie(res.getHeader('set-cookie')))
			res.setHeader('Cache-Control', PRIVATE_NO_STORE)
		return writeHead.apply(this, args as Parameters<Response['writeHead']>)
	} as Response['writeHead']
	next()
}

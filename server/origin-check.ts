import type { NextFunction, Request, Response } from 'express'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export const CROSS_ORIGIN_MESSAGE = 'This form was sent from another website, so it was refused. Go back to the portal, reload the page and try again.'

export type OriginHeaders = {
	method: string
	/** The Origin header, if the request has one. */
	origin: string | undefined
	/** The Sec-Fetch-Site header, if the request has one. */
	secFetchSite: string | undefined
}

function sameOrigin(header: string, appOrigin: string): boolean {
	try {
		const url = new URL(header)
		// An Origin header is only scheme, host and port; anything more is not a browser's.
		return header === url.origin && url.origin === new URL(appOrigin).origin
	} catch {
		// "null" (a sandboxed frame, a privacy redirect) and anything malformed.
		return false
	}
}

/**
 * Whether a request that changes something came from a page of another site. Browsers send
 * Origin with every form POST; when it is missing (older browsers, other programs), a
 * Sec-Fetch-Site of cross-site still gives a forgery away. Reading is never refused.
 */
export function isCrossOriginWrite(request: OriginHeaders, appOrigin: string): boolean {
	if (!WRITE_METHODS.has(request.method.toUpperCase())) return false
	if (request.origin !== undefined) return !sameOrigin(request.origin, appOrigin)
	return request.secFetchSite?.trim().toLowerCase() === 'cross-site'
}

/** Refuses forged cross-site writes with a plain 403 before any action runs. */
export function originCheck(appOrigin: string) {
	return function refuseCrossOriginWrites(req: Request, res: Response, next: NextFunction) {
		const headers = { method: req.method, origin: req.get('origin'), secFetchSite: req.get('sec-fetch-site') }
		if (!isCrossOriginWrite(headers, appOrigin)) return next()
		res.status(403).type('text/plain').send(CROSS_ORIGIN_MESSAGE)
	}
}

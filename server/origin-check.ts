import type { NextFunction, Request, Response } from 'express'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export const CROSS_ORIGIN_MESSAGE =
	'This form was sent from another website, so it was refused. Go back to the portal, reload the page and try again.'

export type OriginHeaders = {
	method: string
	/** The Origin header, if the request has one. */
	origin: string | undefined
	/** The Referer header, if the request has one. */
	referer: string | undefined
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

function refersFromPortal(referer: string, appOrigin: string): boolean {
	try {
		return new URL(referer).origin === new URL(appOrigin).origin
	} catch {
		return false
	}
}

/**
 * Whether a request that changes something is not shown to come from the portal's own pages.
 * Browsers send Origin with every form POST, and it decides. Without it (an older browser, a
 * privacy setting), the Referer must be a page of the portal; with neither, only the
 * browser's own Sec-Fetch-Site of same-origin lets it through. A program that sends none of
 * them is refused: a forgery could look just like it. Reading is never refused.
 */
export function isCrossOriginWrite(request: OriginHeaders, appOrigin: string): boolean {
	if (!WRITE_METHODS.has(request.method.toUpperCase())) return false
	if (request.origin !== undefined) return !sameOrigin(request.origin, appOrigin)
	const fetchSite = request.secFetchSite?.trim().toLowerCase()
	if (fetchSite === 'cross-site') return true
	if (request.referer !== undefined) return !refersFromPortal(request.referer, appOrigin)
	return fetchSite !== 'same-origin'
}

/** Refuses, with a plain 403 before any action runs, a write not shown to come from the portal. */
export function originCheck(appOrigin: string) {
	return function refuseCrossOriginWrites(req: Request, res: Response, next: NextFunction) {
		const headers = {
			method: req.method,
			origin: req.get('origin'),
			referer: req.get('referer'),
			secFetchSite: req.get('sec-fetch-site'),
		}
		if (!isCrossOriginWrite(headers, appOrigin)) return next()
		res.status(403).type('text/plain').send(CROSS_ORIGIN_MESSAGE)
	}
}

import type { NextFunction, Request, Response } from 'express'

/** Methods a fetch Request cannot carry, so React Router never could answer them. */
const UNSUPPORTED = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** Answers them with a plain 405, where React Router would fail with a 500. */
export function refuseUnsupportedMethods(req: Request, res: Response, next: NextFunction) {
	if (!UNSUPPORTED.has(req.method.toUpperCase())) return next()
	res.status(405).set('Allow', 'GET, HEAD, POST').type('text/plain').send('Method not allowed')
}

import crypto from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'

export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
	const directives = [
		"default-src 'self'",
		// In development Vite injects its client and styles inline.
		development ? "script-src 'self' 'unsafe-inline'" : `script-src 'self' 'nonce-${nonce}'`,
		development ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		development ? "connect-src 'self' ws:" : "connect-src 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
		"base-uri 'self'",
		"object-src 'none'",
	]
	return directives.join('; ')
}

export function securityHeaders({ development, https }: { development: boolean; https: boolean }) {
	return function setSecurityHeaders(_req: Request, res: Response, next: NextFunction) {
		const nonce = crypto.randomBytes(16).toString('base64')
		res.locals.cspNonce = nonce
		res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, { development }))
		res.setHeader('X-Content-Type-Options', 'nosniff')
		res.setHeader('X-Frame-Options', 'DENY')
		res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
		res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
		res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
		if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
		next()
	}
}

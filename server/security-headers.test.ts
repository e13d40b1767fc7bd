import type { NextFunction, Request, Response } from 'express'
import { expect, test } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts'

function run(options: { development: boolean; https: boolean }) {
	const headers: Record<string, string> = {}
	const res = {
		locals: {} as Record<string, unknown>,
		setHeader: (name: string, value: string) => (headers[name] = value),
	}
	let nextCalled = false
	securityHeaders(options)({} as Request, res as unknown as Response, (() => (nextCalled = true)) as NextFunction)
	return { headers, nonce: res.locals.cspNonce as string, nextCalled }
}

test('production pages get a strict CSP with a fresh nonce, and the other headers', () => {
	const first = run({ development: false, https: false })
	const second = run({ development: false, https: false })
	expect(first.nextCalled).toBe(true)
	expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
	expect(first.nonce).not.toBe(second.nonce)
	expect(first.headers['Content-Security-Policy']).toContain(`script-src 'self' 'nonce-${first.nonce}'`)
	expect(first.headers['Content-Security-Policy']).toContain("frame-ancestors 'none'")
	expect(first.headers['Content-Security-Policy']).not.toContain('unsafe-inline')
	expect(first.headers['X-Content-Type-Options']).toBe('nosniff')
	expect(first.headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
	expect(first.headers['Strict-Transport-Security']).toBeUndefined()
})

test('HSTS is sent only when the portal is served over https', () => {
	expect(run({ development: false, https: true }).headers['Strict-Transport-Security']).toBe(
		'max-age=31536000; includeSubDomains',
	)
})

test('development relaxes the CSP for Vite’s injected scripts and styles only', () => {
	const csp = contentSecurityPolicy('abc', { development: true })
	expect(csp).toContain("script-src 'self' 'unsafe-inline'")
	expect(csp).toContain("frame-ancestors 'none'")
})

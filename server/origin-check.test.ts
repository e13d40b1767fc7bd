import type { NextFunction, Request, Response } from 'express'
import { describe, expect, test } from 'vitest'
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite, originCheck } from './origin-check.ts'

const portal = 'https://social-value.example.gov.uk'

function write(origin: string | undefined, secFetchSite?: string, method = 'POST', referer?: string) {
	return isCrossOriginWrite({ method, origin, referer, secFetchSite }, portal)
}

describe('a request that changes something', () => {
	test('from the portal’s own pages is let through', () => {
		expect(write(portal)).toBe(false)
		expect(write(portal, 'same-origin')).toBe(false)
	})

	test('from another site, or another scheme, host or port of this one, is refused', () => {
		expect(write('https://evil.example')).toBe(true)
		expect(write('http://social-value.example.gov.uk')).toBe(true)
		expect(write('https://social-value.example.gov.uk:8443')).toBe(true)
		expect(write('https://sub.social-value.example.gov.uk')).toBe(true)
		expect(write('https://social-value.example.gov.uk.evil.example')).toBe(true)
	})

	test('is judged by Origin when there is one, whatever Sec-Fetch-Site says', () => {
		expect(write('https://evil.example', 'same-origin')).toBe(true)
		expect(write(portal, 'cross-site')).toBe(false)
	})

	test('with an opaque, empty, malformed or doubled Origin is refused', () => {
		expect(write('null')).toBe(true)
		expect(write('')).toBe(true)
		expect(write('not a url')).toBe(true)
		expect(write(`${portal}/sign-in`)).toBe(true)
		expect(write(`${portal}, https://evil.example`)).toBe(true)
	})

	test('without Origin is judged by Referer: a page of the portal passes, any other is refused', () => {
		expect(write(undefined, undefined, 'POST', `${portal}/organisation?tab=people`)).toBe(false)
		expect(write(undefined, 'same-origin', 'POST', `${portal}/`)).toBe(false)
		expect(write(undefined, undefined, 'POST', 'https://evil.example/prize')).toBe(true)
		expect(write(undefined, undefined, 'POST', 'http://social-value.example.gov.uk/organisation')).toBe(true)
		expect(write(undefined, undefined, 'POST', 'https://social-value.example.gov.uk.evil.example/')).toBe(true)
		expect(write(undefined, undefined, 'POST', 'not a url')).toBe(true)
		expect(write(undefined, undefined, 'POST', '')).toBe(true)
		// A page of another site that says so is refused whatever its Referer.
		expect(write(undefined, 'cross-site', 'POST', `${portal}/`)).toBe(true)
	})

	test('with neither Origin nor Referer is refused, unless the browser says it is same-origin', () => {
		expect(write(undefined)).toBe(true)
		expect(write(undefined, 'same-site')).toBe(true)
		expect(write(undefined, 'none')).toBe(true)
		expect(write(undefined, 'cross-site')).toBe(true)
		expect(write(undefined, ' Cross-Site ')).toBe(true)
		expect(write(undefined, 'same-origin')).toBe(false)
		expect(write(undefined, ' Same-Origin ')).toBe(false)
	})

	test('by PUT, PATCH or DELETE is judged the same way, in any letter case', () => {
		for (const method of ['PUT', 'PATCH', 'DELETE', 'post'])
			expect(write('https://evil.example', undefined, method)).toBe(true)
	})
})

test('reading is never refused, wherever the link was', () => {
	for (const method of ['GET', 'HEAD', 'OPTIONS']) {
		expect(write('https://evil.example', 'cross-site', method)).toBe(false)
		expect(write(undefined, 'cross-site', method)).toBe(false)
	}
})

function run(headers: Record<string, string>, method = 'POST') {
	const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
	const req = { method, get: (name: string) => lower[name.toLowerCase()] }
	const sent: { status?: number; type?: string; body?: string } = {}
	const res = {
		status(code: number) {
			sent.status = code
			return res
		},
		type(value: string) {
			sent.type = value
			return res
		},
		send(body: string) {
			sent.body = body
			return res
		},
	}
	let nextCalled = false
	originCheck(portal)(
		req as unknown as Request,
		res as unknown as Response,
		(() => (nextCalled = true)) as NextFunction,
	)
	return { sent, nextCalled }
}

test('the middleware answers a forged write with a plain 403 and does not call the app', () => {
	const forged = run({ Origin: 'https://evil.example' })
	expect(forged.nextCalled).toBe(false)
	expect(forged.sent).toEqual({ status: 403, type: 'text/plain', body: CROSS_ORIGIN_MESSAGE })
})

test('the middleware answers a write that names no origin with the same 403', () => {
	const unnamed = run({})
	expect(unnamed.nextCalled).toBe(false)
	expect(unnamed.sent.status).toBe(403)
	expect(run({ Referer: 'https://evil.example/prize' }).nextCalled).toBe(false)
})

test('the middleware passes the portal’s own forms, by Origin, Referer or Sec-Fetch-Site, and every read, to the app', () => {
	expect(run({ Origin: portal }).nextCalled).toBe(true)
	expect(run({ Referer: `${portal}/organisation` }).nextCalled).toBe(true)
	expect(run({ 'Sec-Fetch-Site': 'same-origin' }).nextCalled).toBe(true)
	expect(run({}, 'GET').nextCalled).toBe(true)
	expect(run({ 'Sec-Fetch-Site': 'cross-site' }, 'GET').nextCalled).toBe(true)
})

import type { NextFunction, Request, Response } from 'express'
import { expect, test } from 'vitest'
import { refuseUnsupportedMethods } from './unsupported-methods.ts'

function run(method: string) {
	const sent: { status?: number; headers: Record<string, string>; body?: string } = { headers: {} }
	const res = {
		status(code: number) {
			sent.status = code
			return res
		},
		set(name: string, value: string) {
			sent.headers[name] = value
			return res
		},
		type(value: string) {
			sent.headers['Content-Type'] = value
			return res
		},
		send(body: string) {
			sent.body = body
			return res
		},
	}
	let nextCalled = false
	refuseUnsupportedMethods(
		{ method } as Request,
		res as unknown as Response,
		(() => (nextCalled = true)) as NextFunction,
	)
	return { sent, nextCalled }
}

test('TRACE, TRACK and CONNECT get a plain 405 saying what is allowed', () => {
	for (const method of ['TRACE', 'TRACK', 'CONNECT', 'trace']) {
		const { sent, nextCalled } = run(method)
		expect(nextCalled, method).toBe(false)
		expect(sent).toEqual({
			status: 405,
			headers: { Allow: 'GET, HEAD, POST', 'Content-Type': 'text/plain' },
			body: 'Method not allowed',
		})
	}
})

test('every other method goes on to the portal', () => {
	for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PROPFIND'])
		expect(run(method).nextCalled, method).toBe(true)
})

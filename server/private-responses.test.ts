import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { SESSION_COOKIE } from '#app/lib/session.server.ts'
import { PRIVATE_NO_STORE, privateToSessions } from './private-responses.ts'

let server: ReturnType<ReturnType<typeof express>['listen']>
let base: string

beforeAll(async () => {
	const app = express()
	app.use(privateToSessions)
	app.get('/page', (_req, res) => void res.type('html').send('<p>page</p>'))
	app.get('/redirect', (_req, res) => res.redirect('/page'))
	// As a download says it of itself, and as React Router's adapter adds headers: appended.
	app.get('/download', (_req, res) => void res.append('Cache-Control', 'no-store').type('text/csv').send('a,b\r\n'))
	app.get('/cacheable', (_req, res) => void res.append('Cache-Control', 'public, max-age=3600').send('x'))
	app.post(
		'/sign-in',
		(_req, res) => void res.append('Set-Cookie', `${SESSION_COOKIE}=abc.def; Path=/; HttpOnly`).redirect(302, '/page'),
	)
	app.get('/streamed', (_req, res) => {
		res.write('first ')
		res.end('second')
	})
	await new Promise<void>((resolve) => {
		server = app.listen(0, '127.0.0.1', () => resolve())
	})
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

async function cacheControl(path: string, init: RequestInit = {}) {
	const response = await fetch(`${base}${path}`, { redirect: 'manual', ...init })
	await response.arrayBuffer()
	return response.headers.get('cache-control')
}

const withSession = { headers: { Cookie: `theme=dark; ${SESSION_COOKIE}=abc.def` } }

test('every response to a request carrying the session cookie is private and not stored: pages, redirects, streamed bodies and downloads', async () => {
	for (const path of ['/page', '/redirect', '/streamed', '/download'])
		expect(await cacheControl(path, withSession), path).toBe(PRIVATE_NO_STORE)
})

test('a route cannot loosen it for a session', async () => {
	expect(await cacheControl('/cacheable', withSession)).toBe(PRIVATE_NO_STORE)
})

test('the response that starts a session is private too', async () => {
	expect(await cacheControl('/sign-in', { method: 'POST' })).toBe(PRIVATE_NO_STORE)
})

test('without a session, responses are left as their routes made them', async () => {
	expect(await cacheControl('/page')).toBeNull()
	expect(await cacheControl('/redirect', { headers: { Cookie: 'theme=dark' } })).toBeNull()
	expect(await cacheControl('/download')).toBe('no-store')
	expect(await cacheControl('/cacheable')).toBe('public, max-age=3600')
})

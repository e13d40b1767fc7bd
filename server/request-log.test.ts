import { once } from 'node:events'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { getUser } from '#app/lib/auth.server.ts'
import { createLogger } from '#app/infra/logger.server.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import { answerErrors, logRequests } from './request-log.ts'

const lines: string[] = []
const log = createLogger('info', { write: (line: string) => void lines.push(line) })

// The portal in miniature: a page asks who is signed in through the session, as the portal's own do.
const app = express()
app.use(logRequests(log))
app.get('/account', (req, res) => {
	const request = new Request(new URL(req.originalUrl, 'http://localhost'), {
		headers: { cookie: req.get('cookie') ?? '' },
	})
	const user = getUser(request)
	res.send(user ? `Signed in as ${user.name}` : 'Not signed in')
})
app.get('/broken', () => {
	throw new Error('The page fell over')
})
app.get('/refused', () => {
	throw Object.assign(new Error('Malformed address'), { status: 400 })
})
app.use(answerErrors(log))

let server: Server
let origin: string
beforeAll(async () => {
	server = app.listen(0, '127.0.0.1')
	await once(server, 'listening')
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())
beforeEach(() => {
	lines.length = 0
})

/** The lines written for one request, once its response has gone. */
async function logged(path: string, cookie?: string, count = 1) {
	const response = await fetch(origin + path, { headers: cookie ? { cookie } : {} })
	const body = await response.text()
	await vi.waitFor(() => expect(lines).toHaveLength(count))
	return { status: response.status, body, entries: lines.map((line) => JSON.parse(line) as Record<string, unknown>) }
}

test('a request from someone signed in makes one line: method, path without its query, status, time taken and user id', async () => {
	const organisation = createOrganisation(db, { kind: 'supplier' })
	const user = await createUser(db, {
		organisationId: organisation.id,
		role: 'supplier',
		email: 'jo.private@supplier.example',
		name: 'Jo Private',
	})
	const cookie = `${SESSION_COOKIE}=${createSession(user.id, Date.now()).token}`

	const { body, entries } = await logged('/account?token=reset-secret-123&email=jo.private%40supplier.example', cookie)

	expect(body).toBe('Signed in as Jo Private')
	expect(lines).toHaveLength(1)
	expect(lines[0]).toMatch(/\n$/)
	const [entry] = entries
	expect(entry).toEqual({
		level: 'info',
		time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
		pid: process.pid,
		msg: 'request',
		method: 'GET',
		path: '/account',
		status: 200,
		durationMs: expect.any(Number),
		userId: user.id,
	})
	expect(lines[0]).not.toContain('reset-secret-123')
	expect(lines[0]).not.toContain('jo.private')
	expect(lines[0]).not.toContain('Jo Private')
})

test('a request from nobody signed in has no user id, and a stale session cookie does not give one', async () => {
	const anonymous = await logged('/account')
	expect(anonymous.body).toBe('Not signed in')
	expect(anonymous.entries[0]).toMatchObject({ method: 'GET', path: '/account', status: 200 })
	expect(anonymous.entries[0]).not.toHaveProperty('userId')

	lines.length = 0
	const stale = await logged('/account', `${SESSION_COOKIE}=not.a-session`)
	expect(stale.entries[0]).not.toHaveProperty('userId')
})

test('a server error is answered 500 and logged with its stack, then the request line', async () => {
	const { status, body, entries } = await logged('/broken?token=reset-secret-123', undefined, 2)

	expect(status).toBe(500)
	expect(body).toBe('Internal Server Error')
	const [error, request] = entries
	expect(error).toMatchObject({ level: 'error', msg: 'Request failed', method: 'GET', path: '/broken' })
	const stack = (error!.err as { stack: string }).stack
	expect(stack).toMatch(/^Error: The page fell over\n\s+at /)
	expect(stack).toContain('request-log.test.ts')
	expect(request).toMatchObject({ level: 'info', msg: 'request', path: '/broken', status: 500 })
	expect(lines.join('')).not.toContain('reset-secret-123')
})

test('a refusal of what was sent keeps its status and is not logged as an error', async () => {
	const { status, entries } = await logged('/refused')
	expect(status).toBe(400)
	expect(entries).toEqual([expect.objectContaining({ level: 'info', path: '/refused', status: 400 })])
})

import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { getUser, requireAnonymous, requireRole, requireUser } from './auth.server.ts'
import { SESSION_COOKIE, createSession, invalidateSession } from './session.server.ts'

let supplierToken: string
let adminToken: string

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	const supplierOrg = createOrganisation(db, { kind: 'supplier' })
	const admin = await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' })
	const supplier = await createUser(db, { organisationId: supplierOrg.id, role: 'supplier', passwordHash: 'x' })
	adminToken = createSession(admin.id, Date.now()).token
	supplierToken = createSession(supplier.id, Date.now()).token
})

function request(path: string, token?: string) {
	return new Request(`http://localhost${path}`, token ? { headers: { Cookie: `${SESSION_COOKIE}=${token}` } } : {})
}

function thrown(fn: () => unknown): Response {
	try {
		fn()
	} catch (error) {
		if (error instanceof Response) return error
		throw error
	}
	throw new Error('expected the guard to throw')
}

describe('requireUser', () => {
	test('returns the signed-in user', () => {
		expect(requireUser(request('/account', supplierToken)).role).toBe('supplier')
	})
	test('sends a signed-out person to sign in, remembering where they were going', () => {
		const response = thrown(() => requireUser(request('/admin/users?page=2')))
		expect(response.status).toBe(302)
		expect(response.headers.get('Location')).toBe('/sign-in?redirectTo=%2Fadmin%2Fusers%3Fpage%3D2')
	})
	test('clears a cookie that no longer matches a session', () => {
		const response = thrown(() => requireUser(request('/account', 'stale.token')))
		expect(response.headers.get('Set-Cookie')).toContain('Max-Age=0')
	})
})

describe('requireRole', () => {
	test('lets the right role through', () => {
		expect(requireRole(request('/admin/users', adminToken), ['admin']).role).toBe('admin')
	})
	test('answers 403 to the wrong role', () => {
		expect(thrown(() => requireRole(request('/admin/users', supplierToken), ['admin'])).status).toBe(403)
	})
	test('asks a signed-out person to sign in rather than saying 403', () => {
		expect(thrown(() => requireRole(request('/admin/users'), ['admin'])).status).toBe(302)
	})
})

test('requireAnonymous sends signed-in people to their home page', () => {
	expect(thrown(() => requireAnonymous(request('/sign-in', supplierToken))).headers.get('Location')).toBe('/home')
	expect(thrown(() => requireAnonymous(request('/sign-in', adminToken))).headers.get('Location')).toBe('/manage')
	expect(requireAnonymous(request('/sign-in'))).toBeUndefined()
})

describe('one page load checks the session once', () => {
	test('the layout and the page of a GET share the answer', async () => {
		const supplierOrg = createOrganisation(db, { kind: 'supplier' })
		const user = await createUser(db, { organisationId: supplierOrg.id, role: 'supplier', passwordHash: 'x' })
		const { token, session } = createSession(user.id, Date.now())
		const load = request('/your-contracts', token)
		expect(getUser(load)?.id).toBe(user.id)
		invalidateSession(session.id)
		expect(getUser(load)?.id).toBe(user.id)
		expect(getUser(request('/your-contracts', token))).toBeNull()
	})

	test('a form post asks again, since its action may have ended the session', async () => {
		const supplierOrg = createOrganisation(db, { kind: 'supplier' })
		const user = await createUser(db, { organisationId: supplierOrg.id, role: 'supplier', passwordHash: 'x' })
		const { token, session } = createSession(user.id, Date.now())
		const post = new Request('http://localhost/account', {
			method: 'POST',
			headers: { Cookie: `${SESSION_COOKIE}=${token}` },
		})
		expect(getUser(post)?.id).toBe(user.id)
		invalidateSession(session.id)
		expect(getUser(post)).toBeNull()
	})
})

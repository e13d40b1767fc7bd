import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import type { DeploymentRole, UserRole } from '#db/schema.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import { loader as exportLoader } from '#app/routes/resources/consortium-export.ts'
import { loader as consortiumAccessLoader } from './consortium-access.tsx'
import { loader as consortiumLoader } from './consortium.tsx'
import { loader as councilsLoader } from './councils.tsx'
import { loader as newCouncilLoader } from './new-council.tsx'

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => unknown

const pages: [string, Loader, Record<string, string>][] = [
	['/deployment', councilsLoader as Loader, {}],
	['/deployment/councils/new', newCouncilLoader as Loader, {}],
	['/deployment/consortium/access', consortiumAccessLoader as Loader, {}],
	['/deployment/consortium', consortiumLoader as Loader, {}],
	['/deployment/consortium/export/councils/csv', exportLoader as Loader, { dataset: 'councils', format: 'csv' }],
]
const consortiumPages = new Set(['/deployment/consortium', '/deployment/consortium/export/councils/csv'])

let cookies: Record<string, string>

async function signedIn(role: UserRole, deploymentRole: DeploymentRole | null, organisationId: number) {
	const user = await createUser(db, { organisationId, role, deploymentRole, passwordHash: 'x' })
	return `${SESSION_COOKIE}=${createSession(user.id, Date.now()).token}`
}

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' }).id
	const supplier = createOrganisation(db, { kind: 'supplier' }).id
	cookies = {
		councilAdmin: await signedIn('admin', null, council),
		supplier: await signedIn('supplier', null, supplier),
		consortium: await signedIn('contract_manager', 'consortium', council),
		deploymentAdmin: await signedIn('admin', 'administrator', council),
	}
})

/** The status a page answers with: a loader that returns gives 200, one that throws a response gives its status. */
async function statusOf(path: string, loader: Loader, params: Record<string, string>, cookie: string) {
	try {
		const answer = await loader({
			request: new Request(`http://localhost${path}`, { headers: { cookie } }),
			params,
			context: {},
		})
		return answer instanceof Response ? answer.status : 200
	} catch (thrown) {
		if (thrown instanceof Response) return thrown.status
		throw thrown
	}
}

test.each(pages)(
	'%s is refused to a council administrator and a supplier without a deployment role',
	async (path, loader, params) => {
		expect(await statusOf(path, loader, params, cookies.councilAdmin!)).toBe(403)
		expect(await statusOf(path, loader, params, cookies.supplier!)).toBe(403)
	},
)

test.each(pages)(
	'%s is a deployment administrator’s, and the consortium role’s if it shows figures',
	async (path, loader, params) => {
		expect(await statusOf(path, loader, params, cookies.deploymentAdmin!)).toBe(200)
		expect(await statusOf(path, loader, params, cookies.consortium!)).toBe(consortiumPages.has(path) ? 200 : 403)
	},
)

test('someone not signed in is sent to sign in', async () => {
	expect(await statusOf('/deployment', councilsLoader as Loader, {}, '')).toBe(302)
})

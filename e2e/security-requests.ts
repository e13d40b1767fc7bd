import type { APIRequestContext, APIResponse } from '@playwright/test'
import { SESSION_COOKIE } from '#app/lib/session.server.ts'
import { appOrigin, type TestUser } from './fixtures.ts'
import { buildWorld, retireWorld, type World } from './security-world.ts'

/** Requests as a program sends them, for the security specs that test the running server. */

let worlds: World[] = []

/** A world for one test; `retireWorlds` after each test retires it. */
export async function freshWorld(options: Parameters<typeof buildWorld>[0]) {
	const built = await buildWorld(options)
	worlds.push(built)
	return built
}

export function retireWorlds() {
	for (const built of worlds) retireWorld(built)
	worlds = []
}

/** The session token a response sets, if it sets one. */
export function sessionToken(response: APIResponse): string | undefined {
	return (
		setCookie(response)
			.slice(SESSION_COOKIE.length + 1)
			.split(';')[0] || undefined
	)
}

/** The whole Set-Cookie header of the session cookie, or '' when the response sets none. */
export function setCookie(response: APIResponse): string {
	return (
		response
			.headersArray()
			.find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(`${SESSION_COOKIE}=`))?.value ?? ''
	)
}

export async function signInByForm(request: APIRequestContext, user: TestUser) {
	return request.post('/sign-in', {
		form: { email: user.email, password: user.password },
		headers: { Origin: appOrigin },
		maxRedirects: 0,
	})
}

export function get(request: APIRequestContext, path: string, cookie?: string) {
	return request.get(path, { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0 })
}

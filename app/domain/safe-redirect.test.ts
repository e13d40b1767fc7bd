import { expect, test } from 'vitest'
import { safeRedirectPath } from './safe-redirect.ts'

test.each([
	['/account', '/account'],
	['/admin/users?page=2', '/admin/users?page=2'],
	['//evil.example', '/home'],
	['/\\evil.example', '/home'],
	['https://evil.example', '/home'],
	['', '/home'],
	[undefined, '/home'],
])('%j goes to %j', (target, expected) => {
	expect(safeRedirectPath(target, '/home')).toBe(expected)
})

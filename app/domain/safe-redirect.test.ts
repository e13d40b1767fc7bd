import { expect, test } from 'vitest'
import { safeRedirectPath } from './safe-redirect.ts'

test.each([
	['/account', '/account'],
	['/admin/users?page=2', '/admin/users?page=2'],
	['//evil.example', '/home'],
	['/\\evil.example', '/home'],
	['/\t/evil.example', '/home'],
	['/\n/evil.example', '/home'],
	['/\r\n/evil.example', '/home'],
	['/\\\t\\evil.example', '/home'],
	['https://evil.example', '/home'],
	['javascript:alert(1)', '/home'],
	[' //evil.example', '/home'],
	['/%2F/evil.example', '/%2F/evil.example'],
	['/\r\nSet-Cookie: stolen=1', '/Set-Cookie:%20stolen=1'],
	['/matrices/12#line-3', '/matrices/12#line-3'],
	['', '/home'],
	[undefined, '/home'],
])('%j goes to %j', (target, expected) => {
	expect(safeRedirectPath(target, '/home')).toBe(expected)
})

import { expect, test } from 'vitest'
import { emailLink } from './email-links.server.ts'

// The unit tests' APP_URL is http://localhost:3000 (tests/setup-unit.ts).

test('a page without params is linked from the portal address', () => {
	expect(emailLink('/contracts')).toBe('http://localhost:3000/contracts')
	expect(emailLink('/manage/returns')).toBe('http://localhost:3000/manage/returns')
})

test('a page with params has them filled in', () => {
	expect(emailLink('/matrices/:matrixId', { matrixId: '12' })).toBe('http://localhost:3000/matrices/12')
	expect(emailLink('/returns/start/:periodId', { periodId: '7' })).toBe('http://localhost:3000/returns/start/7')
})

test('query parameters are added encoded', () => {
	expect(emailLink('/reset-password', { token: 'abc.def' })).toBe('http://localhost:3000/reset-password?token=abc.def')
	expect(emailLink('/verify-email', { token: 'a b&c' })).toBe('http://localhost:3000/verify-email?token=a+b%26c')
})

test('a page with params takes query parameters after them', () => {
	expect(emailLink('/contracts/:contractId', { contractId: '3' }, { from: 'email' })).toBe(
		'http://localhost:3000/contracts/3?from=email',
	)
})

test('the route pattern and its params are checked by the compiler', () => {
	// @ts-expect-error: no page has this pattern
	expect(() => emailLink('/no-such-page')).not.toThrow()
	// @ts-expect-error: the matrix page needs its matrixId
	expect(() => emailLink('/matrices/:matrixId')).toThrow()
	// @ts-expect-error: the contract page takes contractId, not matrixId
	expect(() => emailLink('/contracts/:contractId', { matrixId: '1' })).toThrow()
})

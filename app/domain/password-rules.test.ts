import { expect, test } from 'vitest'
import { passwordProblem } from './password-rules.ts'

test('a long, uncommon password is accepted', () => {
	expect(passwordProblem('river kettle orange 19')).toBeNull()
})

test.each([
	['', 'Enter a password'],
	['short pass', 'Password must be 12 characters or more'],
	['x'.repeat(201), 'Password must be 200 characters or fewer'],
	['Password1234', 'Password is too common. Choose a password that would be hard to guess'],
	['qwertyuiop123', 'Password is too common. Choose a password that would be hard to guess'],
	['zzzzzzzzzzzzzz', 'Password is too common. Choose a password that would be hard to guess'],
])('%j is refused with %j', (password, message) => {
	expect(passwordProblem(password)).toBe(message)
})

test('the email address, or its local part, is refused as a password', () => {
	expect(passwordProblem('jo.baker.long@example.com', { email: 'jo.baker.long@example.com' })).toBe(
		'Password must not be your email address',
	)
	expect(passwordProblem('jo.baker.longer', { email: 'jo.baker.longer@example.com' })).toBe(
		'Password must not be your email address',
	)
})

import { commonLongPasswords } from './common-passwords.ts'

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

/**
 * Checks a new password against the portal's rules. Returns a GOV.UK-style error
 * message, or null when the password is acceptable.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
	if (password.length === 0) return 'Enter a password'
	if (password.length < PASSWORD_MIN_LENGTH) {
		return `Password must be ${PASSWORD_MIN_LENGTH} characters or more`
	}
	if (password.length > PASSWORD_MAX_LENGTH) {
		return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`
	}
	const lowered = password.toLowerCase()
	if (commonLongPasswords.has(lowered) || /^(.)\1+$/.test(password)) {
		return 'Password is too common. Choose a password that would be hard to guess'
	}
	const email = context.email?.toLowerCase()
	if (email && (lowered === email || lowered === email.split('@')[0])) {
		return 'Password must not be your email address'
	}
	return null
}

import { expect, test } from 'vitest'
import { invitationEmail } from './invitation.tsx'
import { passwordResetEmail } from './password-reset.tsx'

test('the password reset email has subject, HTML and text, each with the absolute link', () => {
	const email = passwordResetEmail({
		councilName: 'Testshire Council',
		name: 'Jo',
		resetUrl: 'https://portal.example/reset-password?token=abc.def',
		expiresInMinutes: 60,
	})
	expect(email.subject).toBe('Reset your password')
	expect(email.text).toContain('https://portal.example/reset-password?token=abc.def')
	expect(email.text).toContain('expires in 60 minutes')
	expect(email.html).toContain('href="https://portal.example/reset-password?token=abc.def"')
	expect(email.html).toMatch(/^<!DOCTYPE html><html lang="en">/)
	expect(email.html).toContain('Testshire Council')
})

test('the invitation email names who invited whom, and escapes names in HTML', () => {
	const email = invitationEmail({
		councilName: 'Testshire Council',
		name: '<script>alert(1)</script>',
		invitedBy: 'Ada Admin',
		roleLabel: 'Contract manager',
		acceptUrl: 'https://portal.example/accept-invitation?token=abc.def',
		expiresInDays: 7,
	})
	expect(email.subject).toBe('You have been invited to the Testshire Council social value portal')
	expect(email.text).toContain('Ada Admin has invited you to the Testshire Council social value portal as a contract manager.')
	expect(email.html).not.toContain('<script>')
	expect(email.html).toContain('&lt;script&gt;')
	expect(email.html).toContain('href="https://portal.example/accept-invitation?token=abc.def"')
})

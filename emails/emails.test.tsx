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
	expect(email.text).toContain(
		'Ada Admin has invited you to the Testshire Council social value portal as a contract manager.',
	)
	expect(email.html).not.toContain('<script>')
	expect(email.html).toContain('&lt;script&gt;')
	expect(email.html).toContain('href="https://portal.example/accept-invitation?token=abc.def"')
})

test('the award emails tell the winner, the contract manager and the other bidders what happened', async () => {
	const { contractAwardedEmail } = await import('./contract-awarded.tsx')
	const { matrixNotAwardedEmail } = await import('./matrix-not-awarded.tsx')
	const common = {
		councilName: 'Testshire Council',
		contractReference: 'EX/2027/014',
		contractTitle: 'Library cleaning',
		organisationName: 'Brightstart Ltd',
		startDate: '1 April 2027',
		endDate: '31 March 2030',
		contractUrl: 'https://portal.example/contracts/4',
	}
	const winner = contractAwardedEmail({ ...common, audience: 'supplier' })
	expect(winner.subject).toBe('Contract awarded: EX/2027/014')
	expect(winner.text).toContain('Testshire Council has awarded “Library cleaning” (EX/2027/014) to Brightstart Ltd.')
	expect(winner.text).toContain('The contract runs from 1 April 2027 to 31 March 2030.')
	expect(winner.html).toContain('href="https://portal.example/contracts/4"')
	const manager = contractAwardedEmail({ ...common, audience: 'contract_manager' })
	expect(manager.subject).toBe('You manage a new contract: EX/2027/014')
	expect(manager.text).toContain('you are its contract manager')
	const other = matrixNotAwardedEmail({
		councilName: 'Testshire Council',
		tenderTitle: 'Library cleaning',
		tenderReference: 'EX/2027/014',
		matrixUrl: 'https://portal.example/matrices/9',
	})
	expect(other.subject).toBe('Contract not awarded to you: EX/2027/014')
	expect(other.text).toContain('to another supplier')
	expect(other.html).toContain('href="https://portal.example/matrices/9"')
})

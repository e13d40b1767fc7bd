import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type PasswordResetEmailProps = { councilName: string; name: string; resetUrl: string; expiresInMinutes: number }

export function passwordResetEmail(props: PasswordResetEmailProps) {
	const subject = 'Reset your password'
	const text = [
		`Dear ${props.name},`,
		'',
		`Someone asked to reset the password for your ${props.councilName} social value portal account.`,
		'',
		'To choose a new password, open this link:',
		props.resetUrl,
		'',
		`The link works once and expires in ${props.expiresInMinutes} minutes.`,
		'If you did not ask for this, you can ignore this email: your password has not changed.',
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>Dear {props.name},</p>
			<p>Someone asked to reset the password for your {props.councilName} social value portal account.</p>
			<p>
				<a href={props.resetUrl} style={linkStyle}>
					Choose a new password
				</a>
			</p>
			<p>The link works once and expires in {props.expiresInMinutes} minutes.</p>
			<p>If you did not ask for this, you can ignore this email: your password has not changed.</p>
		</EmailLayout>,
		text,
	)
}

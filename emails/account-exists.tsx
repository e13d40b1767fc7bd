import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type AccountExistsProps = { councilName: string; name: string; signInUrl: string; resetUrl: string }

/** Sent instead of a new account when someone registers with an email that already has one. */
export function accountExistsEmail(props: AccountExistsProps) {
	const subject = 'You already have an account'
	const text = [
		`Dear ${props.name},`,
		'',
		`Someone tried to register on the ${props.councilName} social value portal with this email address, which already has an account.`,
		'',
		`Sign in: ${props.signInUrl}`,
		`Forgotten your password? Reset it: ${props.resetUrl}`,
		'',
		'If this was not you, you can ignore this email: nothing has changed.',
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>Dear {props.name},</p>
			<p>
				Someone tried to register on the {props.councilName} social value portal with this email address, which already
				has an account.
			</p>
			<p>
				<a href={props.signInUrl} style={linkStyle}>
					Sign in
				</a>{' '}
				or{' '}
				<a href={props.resetUrl} style={linkStyle}>
					reset your password
				</a>
				.
			</p>
			<p>If this was not you, you can ignore this email: nothing has changed.</p>
		</EmailLayout>,
		text,
	)
}

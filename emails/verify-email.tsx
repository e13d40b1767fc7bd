import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type VerifyEmailProps = {
	councilName: string
	name: string
	organisationName: string
	verifyUrl: string
	expiresInHours: number
}

export function verifyEmail(props: VerifyEmailProps) {
	const subject = 'Confirm your email address'
	const text = [
		`Dear ${props.name},`,
		'',
		`Thank you for registering ${props.organisationName} on the ${props.councilName} social value portal.`,
		'',
		'To confirm your email address and start using your account, open this link:',
		props.verifyUrl,
		'',
		`The link works once and expires in ${props.expiresInHours} hours. If you did not register, you can ignore this email.`,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>Dear {props.name},</p>
			<p>
				Thank you for registering {props.organisationName} on the {props.councilName} social value portal.
			</p>
			<p>
				<a href={props.verifyUrl} style={linkStyle}>
					Confirm your email address
				</a>
			</p>
			<p>
				The link works once and expires in {props.expiresInHours} hours. If you did not register, you can ignore this
				email.
			</p>
		</EmailLayout>,
		text,
	)
}

import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type InvitationEmailProps = {
	councilName: string
	name: string
	invitedBy: string
	roleLabel: string
	acceptUrl: string
	expiresInDays: number
	/** For a supplier's colleague: the organisation they are joining. */
	organisationName?: string
}

export function invitationEmail(props: InvitationEmailProps) {
	const subject = `You have been invited to the ${props.councilName} social value portal`
	const what = props.organisationName
		? `to join ${props.organisationName} on the ${props.councilName} social value portal`
		: `to the ${props.councilName} social value portal as a ${props.roleLabel.toLowerCase()}`
	const text = [
		`Dear ${props.name},`,
		'',
		`${props.invitedBy} has invited you ${what}.`,
		'',
		'To accept and set your password, open this link:',
		props.acceptUrl,
		'',
		`The link works once and expires in ${props.expiresInDays} days.`,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>Dear {props.name},</p>
			<p>
				{props.invitedBy} has invited you {what}.
			</p>
			<p>
				<a href={props.acceptUrl} style={linkStyle}>
					Accept the invitation and set your password
				</a>
			</p>
			<p>The link works once and expires in {props.expiresInDays} days.</p>
		</EmailLayout>,
		text,
	)
}

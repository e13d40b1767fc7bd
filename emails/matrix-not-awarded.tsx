import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type MatrixNotAwardedProps = {
	councilName: string
	tenderTitle: string
	tenderReference: string
	matrixUrl: string
}

/** To the members of every other bidder when the contract goes to someone else. */
export function matrixNotAwardedEmail(props: MatrixNotAwardedProps) {
	const subject = `Contract not awarded to you: ${props.tenderReference}`
	const opening = `${props.councilName} has awarded the contract for “${props.tenderTitle}” (${props.tenderReference}) to another supplier.`
	const thanks = 'Thank you for your social value matrix. You can still read it, with its history, in the portal.'
	const text = [opening, '', thanks, props.matrixUrl].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>{opening}</p>
			<p>{thanks}</p>
			<p>
				<a href={props.matrixUrl} style={linkStyle}>
					Go to your matrix
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

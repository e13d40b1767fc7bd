import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type MatrixReceivedProps = {
	councilName: string
	tenderReference: string
	tenderTitle: string
	organisationName: string
	resubmitted: boolean
	deadline: string
	sealed: boolean
	url: string
}

/** To the contract manager when a matrix comes in: sealed bids say only that one arrived. */
export function matrixReceivedEmail(props: MatrixReceivedProps) {
	const subject = props.resubmitted
		? `Matrix resubmitted: ${props.tenderReference}, ${props.organisationName}`
		: `A social value matrix was submitted: ${props.tenderReference}`
	const opening = props.resubmitted
		? `${props.organisationName} has resubmitted its social value matrix for “${props.tenderTitle}” (${props.tenderReference}) with the changes you asked for.`
		: `A supplier has submitted a social value matrix for “${props.tenderTitle}” (${props.tenderReference}).`
	const next = props.sealed
		? `Bids are sealed: you can read and compare them after the deadline, ${props.deadline}.`
		: 'You can review it now.'
	const text = [opening, '', next, props.url].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>{opening}</p>
			<p>{next}</p>
			<p>
				<a href={props.url} style={linkStyle}>
					{props.sealed ? 'See the tender' : 'Review the matrix'}
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

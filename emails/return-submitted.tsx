import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type ReturnSubmittedProps = {
	councilName: string
	contractReference: string
	contractTitle: string
	periodLabel: string
	submittedBy: string
	late: boolean
	resubmitted: boolean
	reviewUrl: string
}

/** To the contract manager: a progress return is waiting for their review. */
export function returnSubmittedEmail(props: ReturnSubmittedProps) {
	const verb = props.resubmitted ? 'resubmitted' : 'submitted'
	const subject = `Progress return ${verb}: ${props.contractReference}, ${props.periodLabel}`
	const opening = `${props.submittedBy} has ${verb} the progress return for ${props.periodLabel} on “${props.contractTitle}” (${props.contractReference})${props.late ? ', after its due date' : ''}.`
	const text = [opening, '', `Review it: ${props.reviewUrl}`].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>{opening}</p>
			<p>
				<a href={props.reviewUrl} style={linkStyle}>
					Review the return
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

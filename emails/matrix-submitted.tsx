import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type MatrixSubmittedProps = {
	councilName: string
	tenderTitle: string
	tenderReference: string
	organisationName: string
	submittedBy: string
	matrixUrl: string
	resubmitted: boolean
}

/** To every member of the supplier organisation, so nobody wonders whether the bid went in. */
export function matrixSubmittedEmail(props: MatrixSubmittedProps) {
	const verb = props.resubmitted ? 'resubmitted' : 'submitted'
	const subject = `Social value matrix ${verb}: ${props.tenderReference}`
	const text = [
		`${props.submittedBy} has ${verb} ${props.organisationName}’s social value matrix for “${props.tenderTitle}” (${props.tenderReference}) to ${props.councilName}.`,
		'',
		`See what was ${verb}: ${props.matrixUrl}`,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>
				{props.submittedBy} has {verb} {props.organisationName}’s social value matrix for “{props.tenderTitle}” (
				{props.tenderReference}) to {props.councilName}.
			</p>
			<p>
				<a href={props.matrixUrl} style={linkStyle}>
					See what was {verb}
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

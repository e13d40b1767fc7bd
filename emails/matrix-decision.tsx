import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type MatrixDecisionProps = {
	councilName: string
	tenderTitle: string
	tenderReference: string
	decision: 'request_changes' | 'approve' | 'reject'
	reason: string
	/** When changes are requested: the end of the clarification window, formatted. */
	changesDueBy?: string | null
	matrixUrl: string
}

const headlines = {
	request_changes: 'The council has asked for changes to your social value matrix',
	approve: 'Your social value matrix has been approved',
	reject: 'Your social value matrix has been rejected',
} as const

/** To the supplier's members when the council decides on their matrix. */
export function matrixDecisionEmail(props: MatrixDecisionProps) {
	const subject = `${headlines[props.decision]}: ${props.tenderReference}`
	const next =
		props.decision === 'request_changes'
			? `Make the changes and resubmit your matrix by ${props.changesDueBy ?? 'the date the council gives'}. After that the council decides on the matrix as it stands.`
			: props.decision === 'approve'
				? 'The council will tell you when the contract is awarded.'
				: 'Contact the contract manager if you have questions.'
	const text = [
		`${headlines[props.decision]} for “${props.tenderTitle}” (${props.tenderReference}).`,
		'',
		...(props.reason ? [`The council’s reason: ${props.reason}`, ''] : []),
		next,
		props.matrixUrl,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>
				{headlines[props.decision]} for “{props.tenderTitle}” ({props.tenderReference}).
			</p>
			{props.reason ? <p>The council’s reason: {props.reason}</p> : null}
			<p>{next}</p>
			<p>
				<a href={props.matrixUrl} style={linkStyle}>
					Go to your matrix
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

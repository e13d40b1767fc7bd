import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type ReturnDecisionProps = {
	councilName: string
	contractReference: string
	periodLabel: string
	decision: 'approve' | 'return' | 'reopen'
	reason: string
	returnUrl: string
}

const headlines = {
	approve: 'Your progress return has been approved',
	return: 'Your progress return needs changes',
	reopen: 'Your approved progress return has been reopened',
} as const

/** To the supplier's members when the contract manager decides on a return. */
export function returnDecisionEmail(props: ReturnDecisionProps) {
	const subject = `${headlines[props.decision]}: ${props.contractReference}, ${props.periodLabel}`
	const next =
		props.decision === 'approve'
			? 'Its figures now count as delivered.'
			: 'Make the changes and submit the return again.'
	const text = [
		`${headlines[props.decision]} (${props.periodLabel}, ${props.contractReference}).`,
		'',
		...(props.reason ? [`The council’s reason: ${props.reason}`, ''] : []),
		next,
		props.returnUrl,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>
				{headlines[props.decision]} ({props.periodLabel}, {props.contractReference}).
			</p>
			{props.reason ? <p>The council’s reason: {props.reason}</p> : null}
			<p>{next}</p>
			<p>
				<a href={props.returnUrl} style={linkStyle}>
					Go to the return
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

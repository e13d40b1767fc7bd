import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type ReturnReminderProps = {
	councilName: string
	contractReference: string
	contractTitle: string
	organisationName: string
	periodLabel: string
	dueDate: string
	kind: 'due_soon' | 'due_today' | 'overdue'
	daysLeft: number
	daysOverdue: number
	/** The contract manager's copy, once a return is long overdue. */
	forManager: boolean
	returnUrl: string
}

function headline(props: ReturnReminderProps): string {
	if (props.kind === 'due_soon')
		return `Progress return due in ${props.daysLeft} ${props.daysLeft === 1 ? 'day' : 'days'}`
	if (props.kind === 'due_today') return 'Progress return due today'
	return `Progress return overdue by ${props.daysOverdue} ${props.daysOverdue === 1 ? 'day' : 'days'}`
}

/** Reminds the supplier's chosen members that a return is due or overdue; copies the contract manager when long overdue. */
export function returnReminderEmail(props: ReturnReminderProps) {
	const subject = `${headline(props)}: ${props.contractReference}, ${props.periodLabel}`
	const opening = props.forManager
		? `${props.organisationName} has not yet submitted its progress return for ${props.periodLabel} on “${props.contractTitle}” (${props.contractReference}). It was due on ${props.dueDate}. You are copied because it is more than two weeks late.`
		: `The progress return for ${props.periodLabel} on “${props.contractTitle}” (${props.contractReference}) ${props.kind === 'overdue' ? 'was' : 'is'} due on ${props.dueDate}.`
	const action = props.forManager
		? 'See the contract'
		: props.kind === 'overdue'
			? 'It is overdue: please submit it as soon as you can.'
			: 'Tell the council what you delivered in the period, with your evidence.'
	const linkText = props.forManager ? 'See the contract' : 'Go to the return'
	const text = [opening, '', ...(props.forManager ? [] : [action, '']), `${linkText}: ${props.returnUrl}`].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>{opening}</p>
			{props.forManager ? null : <p>{action}</p>}
			<p>
				<a href={props.returnUrl} style={linkStyle}>
					{linkText}
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

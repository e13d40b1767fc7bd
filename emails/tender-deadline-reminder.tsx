import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type TenderDeadlineReminderProps = {
	councilName: string
	tenderReference: string
	tenderTitle: string
	deadline: string
	matrixUrl: string
}

/** To a supplier whose matrix is still a draft a few days before the deadline. */
export function tenderDeadlineReminderEmail(props: TenderDeadlineReminderProps) {
	const subject = `Your social value matrix is not submitted yet: ${props.tenderReference}`
	const opening = `Your organisation has started a social value matrix for “${props.tenderTitle}” (${props.tenderReference}) but has not submitted it. The deadline is ${props.deadline}.`
	const after = 'A draft that is not submitted by the deadline cannot be considered.'
	const text = [opening, '', after, '', `Finish and submit it: ${props.matrixUrl}`].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>{opening}</p>
			<p>{after}</p>
			<p>
				<a href={props.matrixUrl} style={linkStyle}>
					Finish and submit your matrix
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

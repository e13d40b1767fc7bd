import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type ContractChangedProps = {
	councilName: string
	contractReference: string
	contractTitle: string
	reason: string
	changes: string[]
	contractUrl: string
}

/** To the supplier's members when the council changes a contract's details. */
export function contractChangedEmail(props: ContractChangedProps) {
	const subject = `Contract details changed: ${props.contractReference}`
	const opening = `${props.councilName} has changed the details of “${props.contractTitle}” (${props.contractReference}).`
	const text = [
		opening,
		'',
		...props.changes.map((change) => `- ${change}`),
		'',
		`The council’s reason: ${props.reason}`,
		'',
		`Your reporting periods follow the new details: ${props.contractUrl}`,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>{opening}</p>
			<ul>
				{props.changes.map((change) => (
					<li key={change}>{change}</li>
				))}
			</ul>
			<p>The council’s reason: {props.reason}</p>
			<p>
				<a href={props.contractUrl} style={linkStyle}>
					See the contract and your reporting periods
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

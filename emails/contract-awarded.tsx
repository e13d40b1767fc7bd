import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type ContractAwardedProps = {
	councilName: string
	/** Who this copy is for: the winning supplier's members, or the contract manager. */
	audience: 'supplier' | 'contract_manager'
	contractReference: string
	contractTitle: string
	organisationName: string
	startDate: string
	endDate: string
	contractUrl: string
}

/** The award, told to the winner's members and to the officer who will manage the contract. */
export function contractAwardedEmail(props: ContractAwardedProps) {
	const subject =
		props.audience === 'supplier'
			? `Contract awarded: ${props.contractReference}`
			: `You manage a new contract: ${props.contractReference}`
	const opening =
		props.audience === 'supplier'
			? `${props.councilName} has awarded “${props.contractTitle}” (${props.contractReference}) to ${props.organisationName}.`
			: `“${props.contractTitle}” (${props.contractReference}) has been awarded to ${props.organisationName}, and you are its contract manager.`
	const term = `The contract runs from ${props.startDate} to ${props.endDate}.`
	const next =
		props.audience === 'supplier'
			? 'The social value commitments in your matrix are now part of the contract. You will report progress against them.'
			: 'You will review the supplier’s progress returns against its social value commitments.'
	const text = [opening, '', term, next, '', `See the contract and its commitments: ${props.contractUrl}`].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>{opening}</p>
			<p>{term}</p>
			<p>{next}</p>
			<p>
				<a href={props.contractUrl} style={linkStyle}>
					See the contract and its commitments
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

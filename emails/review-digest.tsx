import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type ReviewDigestProps = {
	councilName: string
	name: string
	returns: { label: string; submitted: string; url: string }[]
	matrices: { label: string; url: string }[]
	queueUrl: string
}

/** The contract manager's Monday list of what is waiting for them. */
export function reviewDigestEmail(props: ReviewDigestProps) {
	const count = props.returns.length + props.matrices.length
	const subject = `${count} ${count === 1 ? 'item' : 'items'} waiting for your review`
	const text = [
		`Hello ${props.name},`,
		'',
		...(props.returns.length
			? ['Progress returns:', ...props.returns.map((r) => `- ${r.label} (submitted ${r.submitted}): ${r.url}`), '']
			: []),
		...(props.matrices.length
			? ['Social value matrices:', ...props.matrices.map((m) => `- ${m.label}: ${m.url}`), '']
			: []),
		`Everything waiting: ${props.queueUrl}`,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<p>Hello {props.name},</p>
			{props.returns.length ? (
				<>
					<p>Progress returns:</p>
					<ul>
						{props.returns.map((r) => (
							<li key={r.url}>
								<a href={r.url} style={linkStyle}>
									{r.label}
								</a>{' '}
								(submitted {r.submitted})
							</li>
						))}
					</ul>
				</>
			) : null}
			{props.matrices.length ? (
				<>
					<p>Social value matrices:</p>
					<ul>
						{props.matrices.map((m) => (
							<li key={m.url}>
								<a href={m.url} style={linkStyle}>
									{m.label}
								</a>
							</li>
						))}
					</ul>
				</>
			) : null}
			<p>
				<a href={props.queueUrl} style={linkStyle}>
					Everything waiting for you
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

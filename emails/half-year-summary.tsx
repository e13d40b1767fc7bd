import { EmailLayout, linkStyle, renderEmail } from './layout.tsx'

export type HalfYearSummaryProps = {
	councilName: string
	label: string
	counts: { expected: number; onTime: number; late: number; missing: number }
	missing: { label: string; url: string }[]
	contractsUrl: string
}

/** To the social value lead after a half-year's returns were due: what came in, late or not at all. */
export function halfYearSummaryEmail(props: HalfYearSummaryProps) {
	const { counts } = props
	const subject = `Progress returns for ${props.label}: ${counts.onTime + counts.late} of ${counts.expected} received`
	const lines = [
		`Returns due for ${props.label}: ${counts.expected}`,
		`Received on time: ${counts.onTime}`,
		`Received late: ${counts.late}`,
		`Missing: ${counts.missing}`,
	]
	const text = [
		...lines,
		'',
		...(props.missing.length ? ['Still missing:', ...props.missing.map((m) => `- ${m.label}: ${m.url}`), ''] : []),
		`All contracts: ${props.contractsUrl}`,
	].join('\n')
	return renderEmail(
		subject,
		<EmailLayout councilName={props.councilName}>
			<ul>
				{lines.map((line) => (
					<li key={line}>{line}</li>
				))}
			</ul>
			{props.missing.length ? (
				<>
					<p>Still missing:</p>
					<ul>
						{props.missing.map((m) => (
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
				<a href={props.contractsUrl} style={linkStyle}>
					All contracts
				</a>
			</p>
		</EmailLayout>,
		text,
	)
}

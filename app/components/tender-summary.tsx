import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { describeProxyValue, unitLabel } from '#app/domain/toms/format.ts'

export type TenderTerms = {
	reference: string
	description: string
	estimatedValuePence: number
	contractStart: string
	contractEnd: string
	deadlineAt: number
	weightingPercent: number
	quantitySharePercent: number
	targetPercent: number | null
	cadence: string
}

export const cadenceLabels: Record<string, string> = {
	half_yearly: 'Every half year',
	quarterly: 'Every quarter',
	annual: 'Every year',
}

export function TenderTermsList({ tender, editionName }: { tender: TenderTerms; editionName: string }) {
	const rows: Array<[string, string]> = [
		['Reference', tender.reference],
		['Estimated contract value', formatPounds(tender.estimatedValuePence)],
		[
			'Expected contract term',
			`${formatCalendarDate(tender.contractStart)} to ${formatCalendarDate(tender.contractEnd)}`,
		],
		['Submission deadline', formatDateTime(tender.deadlineAt)],
		[
			'Social value weighting',
			`${tender.weightingPercent}% of the total score (${tender.quantitySharePercent}% for quantity offered, ${100 - tender.quantitySharePercent}% for quality of method statements)`,
		],
		[
			'Target',
			tender.targetPercent === null
				? 'None set'
				: `Social value of at least ${tender.targetPercent}% of the contract value`,
		],
		['Progress reports', cadenceLabels[tender.cadence] ?? tender.cadence],
		['TOMs edition', editionName],
	]
	return (
		<dl className="govuk-summary-list">
			{rows.map(([key, value]) => (
				<div className="govuk-summary-list__row" key={key}>
					<dt className="govuk-summary-list__key">{key}</dt>
					<dd className="govuk-summary-list__value">{value}</dd>
				</div>
			))}
		</dl>
	)
}

export type ScopeMeasure = {
	id: number
	code: string
	title: string
	unit: string
	proxyValuePence: number | null
	guidance: string
	themeName: string
}

/** The measures in scope, grouped by theme, as a table per theme. */
export function MeasuresInScope({ measures }: { measures: ScopeMeasure[] }) {
	const themes = [...new Set(measures.map((m) => m.themeName))]
	return (
		<>
			{themes.map((theme) => (
				<table className="govuk-table" key={theme}>
					<caption className="govuk-table__caption govuk-table__caption--s">{theme}</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">
								Measure
							</th>
							<th scope="col" className="govuk-table__header">
								Unit
							</th>
							<th scope="col" className="govuk-table__header">
								Value
							</th>
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{measures
							.filter((m) => m.themeName === theme)
							.map((m) => (
								<tr className="govuk-table__row" key={m.id}>
									<td className="govuk-table__cell">
										<strong>{m.code}</strong>: {m.title}
										{m.guidance ? (
											<div className="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-16">{m.guidance}</div>
										) : null}
									</td>
									<td className="govuk-table__cell">{unitLabel(m.unit)}</td>
									<td className="govuk-table__cell">{describeProxyValue(m.unit, m.proxyValuePence)}</td>
								</tr>
							))}
					</tbody>
				</table>
			))}
		</>
	)
}

export type Amendment = { id: number; at: number; reason: string; changes: string[]; by?: string }

export function AmendmentList({ amendments }: { amendments: Amendment[] }) {
	if (amendments.length === 0) return null
	return (
		<>
			<h2 className="govuk-heading-m">Amendments</h2>
			{amendments.map((amendment) => (
				<div key={amendment.id} className="govuk-inset-text">
					<p className="govuk-body govuk-!-font-weight-bold">{formatDateTime(amendment.at)}</p>
					<p className="govuk-body app-preserve-lines">{amendment.reason}</p>
					<ul className="govuk-list govuk-list--bullet">
						{amendment.changes.map((change) => (
							<li key={change}>{change}</li>
						))}
					</ul>
				</div>
			))}
		</>
	)
}

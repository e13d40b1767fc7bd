import { formatDateTime } from '#app/domain/dates.ts'
import { InsetText } from './govuk/inset-text.tsx'
import { SummaryList } from './govuk/summary-list.tsx'
import { Table } from './govuk/table.tsx'
import { useUnits } from './use-units.ts'
import {
	type ScopeMeasure,
	type TenderTerms,
	scopeMeasuresByTheme,
	scopeMeasuresHead,
	tenderTermsRows,
} from './tender-summary-rows.ts'

export function TenderTermsList({ tender, editionName }: { tender: TenderTerms; editionName: string }) {
	return <SummaryList rows={tenderTermsRows(tender, editionName)} />
}

/** The measures in scope, grouped by theme, as a table per theme. */
export function MeasuresInScope({ measures }: { measures: ScopeMeasure[] }) {
	const units = useUnits()
	return (
		<>
			{scopeMeasuresByTheme(measures, units).map(({ theme, rows }) => (
				<Table
					key={theme}
					caption={theme}
					captionClasses="govuk-table__caption--s"
					head={scopeMeasuresHead}
					rows={rows}
				/>
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
				<InsetText key={amendment.id}>
					<p className="govuk-body govuk-!-font-weight-bold">{formatDateTime(amendment.at)}</p>
					<p className="govuk-body app-preserve-lines">{amendment.reason}</p>
					<ul className="govuk-list govuk-list--bullet">
						{amendment.changes.map((change) => (
							<li key={change}>{change}</li>
						))}
					</ul>
				</InsetText>
			))}
		</>
	)
}

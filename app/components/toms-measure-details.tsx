import { proxyValueIn, unitFor, type UnitCatalogue } from '#app/domain/toms/units.ts'
import type { MeasureContent } from '#app/domain/toms/content.ts'
import type { PriorityName } from '#app/lib/toms-public.server.ts'
import { SummaryList, type SummaryListRow } from './govuk/summary-list.tsx'
import { useUnits } from './use-units.ts'

/** The facts of one measure: its unit and value, what counts, what proves it and the priorities it serves. */
export function measureDetailRows(
	measure: MeasureContent,
	priorities: PriorityName[],
	units: UnitCatalogue,
): SummaryListRow[] {
	const unit = unitFor(units, measure.unit)
	const row = (key: string, value: SummaryListRow['value']): SummaryListRow => ({
		key: { text: key },
		value: { ...value, classes: 'app-preserve-lines' },
	})
	return [
		row('Unit', { text: unit.name }),
		row('Social value', { text: proxyValueIn(unit, measure.proxyValuePence) }),
		row('Guidance', { text: measure.guidance || 'None given' }),
		row('Evidence of delivery', { text: measure.evidenceGuidance || 'None given' }),
		row(
			'Council priorities',
			priorities.length === 0
				? { text: 'None linked' }
				: {
						children: (
							<ul className="govuk-list">
								{priorities.map((priority) => (
									<li key={priority.code}>{priority.name}</li>
								))}
							</ul>
						),
					},
		),
	]
}

/** The facts of one measure, as a summary list. */
export function MeasureDetails({ measure, priorities }: { measure: MeasureContent; priorities: PriorityName[] }) {
	const units = useUnits()
	return <SummaryList classes="app-measure-details" rows={measureDetailRows(measure, priorities, units)} />
}

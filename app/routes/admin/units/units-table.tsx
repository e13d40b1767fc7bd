import { href } from 'react-router'
import { countOf } from '#app/domain/plural.ts'
import { quantityIn, type Unit } from '#app/domain/toms/units.ts'
import { UNIT_KIND_CHOICES } from '#app/domain/toms/unit-form.ts'
import { Hint } from '#app/components/govuk/hint.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import type { UnitUse } from '#app/lib/units.server.ts'

export type ListedUnit = Unit & { id: number; use: UnitUse }

export const unitsHead: TableCell[] = [
	{ text: 'Unit' },
	{ text: 'Kind' },
	{ text: 'Code' },
	{ text: 'Used by' },
	{ text: 'Status' },
	{ children: <span className="govuk-visually-hidden">Actions</span> },
]

export function kindLabel(unit: Pick<Unit, 'kind' | 'decimalPlaces'>): string {
	const label = UNIT_KIND_CHOICES.find((choice) => choice.value === unit.kind)?.text ?? unit.kind
	return unit.kind === 'decimal' ? `${label} (${unit.decimalPlaces})` : label
}

/** "12 measures, 10 in published editions; 3 contract commitments", or "Nothing yet". */
export function describeUse(use: UnitUse): string {
	const parts: string[] = []
	if (use.measures > 0) {
		parts.push(
			`${countOf(use.measures, 'measure')}${use.publishedMeasures > 0 ? `, ${use.publishedMeasures} in published editions` : ''}`,
		)
	}
	if (use.commitments > 0) parts.push(countOf(use.commitments, 'contract commitment'))
	return parts.join('; ') || 'Nothing yet'
}

/** How a quantity reads in the unit: what its forms are for. */
export function formsExample(unit: Unit): string {
	if (unit.kind === 'words') return 'Answered in words'
	return `${quantityIn(unit, 100)}, ${quantityIn(unit, unit.kind === 'count' ? 300 : 250)}`
}

/** One row per unit: its name with how it reads, its kind, code, what uses it, and a link to change it. */
export function unitsRows(units: ListedUnit[]): TableCell[][] {
	return units.map((unit) => [
		{
			children: (
				<>
					{unit.name}
					<Hint classes="govuk-!-margin-bottom-0">{formsExample(unit)}</Hint>
				</>
			),
		},
		{ text: kindLabel(unit) },
		{ text: unit.code ?? '' },
		{ text: describeUse(unit.use) },
		{ children: unit.retired ? <Tag text="Retired" classes="govuk-tag--grey" /> : <Tag text="Active" /> },
		{
			children: (
				<a className="govuk-link" href={href('/admin/units/:unitId', { unitId: String(unit.id) })}>
					Change<span className="govuk-visually-hidden"> {unit.name}</span>
				</a>
			),
		},
	])
}

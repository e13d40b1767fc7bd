import { href } from 'react-router'
import { formatDate } from '#app/domain/dates.ts'
import type { ImportError } from '#app/domain/toms/spreadsheet-rows.ts'
import { proxyValueIn, unitFor, type UnitCatalogue } from '#app/domain/toms/units.ts'
import { EditionStatusTags } from '#app/components/edition-status-tags.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import type { ListedEdition } from '#app/lib/toms-queries.server.ts'

// The rows of the tables on the pages that manage TOMs editions.

type AdminListedEdition = Pick<ListedEdition, 'id' | 'name' | 'status' | 'isCurrent' | 'measureCount' | 'updatedAt'>

export const editionHead: TableCell[] = [
	{ text: 'Edition' },
	{ text: 'Status' },
	{ text: 'Measures', format: 'numeric' },
	{ text: 'Last changed' },
]

/** Every edition, drafts included, each linking to its page. */
export function editionRows(editions: AdminListedEdition[]): TableCell[][] {
	return editions.map((edition) => [
		{
			children: (
				<a className="govuk-link" href={href('/admin/toms/:editionId', { editionId: String(edition.id) })}>
					{edition.name}
				</a>
			),
		},
		{ children: <EditionStatusTags edition={edition} /> },
		{ text: edition.measureCount, format: 'numeric' },
		{ text: formatDate(edition.updatedAt) },
	])
}

type ListedMeasure = { id: number; code: string; title: string; unit: string; proxyValuePence: number | null }

/** The head of an outcome's table of measures; a draft's has a column for the links that change them. */
export function measureHead(editable: boolean): TableCell[] {
	return [
		{ text: 'Code' },
		{ text: 'Measure' },
		{ text: 'Unit' },
		{ text: 'Value' },
		...(editable ? [{ children: <span className="govuk-visually-hidden">Actions</span> }] : []),
	]
}

/** An outcome's measures, with a link to change each while the edition is a draft. */
export function measureRows(
	editionId: number,
	measures: ListedMeasure[],
	editable: boolean,
	units: UnitCatalogue,
): TableCell[][] {
	if (measures.length === 0) return [[{ text: 'No measures yet.', colspan: measureHead(editable).length }]]
	return measures.map((measure) => [
		{ text: measure.code },
		{ text: measure.title },
		{ text: unitFor(units, measure.unit).name },
		{ text: proxyValueIn(unitFor(units, measure.unit), measure.proxyValuePence) },
		...(editable
			? [
					{
						children: (
							<a
								className="govuk-link"
								href={href('/admin/toms/:editionId/measures/:measureId', {
									editionId: String(editionId),
									measureId: String(measure.id),
								})}
							>
								Change<span className="govuk-visually-hidden"> {measure.code}</span>
							</a>
						),
					},
				]
			: []),
	])
}

export const problemHead: TableCell[] = [{ text: 'Row', format: 'numeric' }, { text: 'Column' }, { text: 'Problem' }]

/** Every problem found in an imported file, where it is in the file first. */
export function problemRows(errors: ImportError[]): TableCell[][] {
	return errors.map((error) => [
		{ text: error.row ?? '', format: 'numeric' },
		{ text: error.column ?? '' },
		{ text: error.message },
	])
}

import { NOT_PUBLISHED } from '#app/domain/contracts/contract-audience.ts'
import type { ExportCell } from '#app/infra/table-export.server.ts'
import {
	figuresByCouncil,
	figuresByTheme,
	figuresForSharedSuppliers,
	type ConsortiumFilter,
} from './consortium.server.ts'

export const consortiumDatasets = ['councils', 'themes', 'suppliers'] as const
export type ConsortiumDataset = (typeof consortiumDatasets)[number]

export function isConsortiumDataset(value: string): value is ConsortiumDataset {
	return (consortiumDatasets as readonly string[]).includes(value)
}

const pounds = (pence: number) => pence / 100
/** Delivered as a percentage of committed, to one decimal place; empty when nothing was committed. */
const rate = (delivered: number, committed: number) =>
	committed > 0 ? Math.round((delivered * 1000) / committed) / 10 : null

const figures = ['Committed (£)', 'Delivered (£)', 'Delivered of committed (%)']

function figureCells(committed: number | null, delivered: number | null): ExportCell[] {
	if (committed === null || delivered === null) return [NOT_PUBLISHED, NOT_PUBLISHED, NOT_PUBLISHED]
	return [pounds(committed), pounds(delivered), rate(delivered, committed)]
}

/** A consortium table as a download has it: a header and one row per council, theme or supplier. */
export function consortiumTable(dataset: ConsortiumDataset, filter: ConsortiumFilter) {
	if (dataset === 'councils')
		return {
			sheet: 'Councils',
			header: ['Council', ...figures],
			rows: figuresByCouncil(filter).map((row) => [
				row.council,
				...figureCells(row.committedPence, row.deliveredPence),
			]),
			widths: [40, 16, 16, 14],
		}
	if (dataset === 'themes')
		return {
			sheet: 'Themes',
			header: ['Theme', 'Council', ...figures],
			rows: figuresByTheme(filter).map((row) => [
				row.theme,
				row.council,
				...figureCells(row.committedPence, row.deliveredPence),
			]),
			widths: [30, 40, 16, 16, 14],
		}
	return {
		sheet: 'Suppliers',
		header: ['Supplier', 'Council', ...figures],
		rows: figuresForSharedSuppliers(filter).map((row) => [
			row.supplier,
			row.council,
			...figureCells(row.committedPence, row.deliveredPence),
		]),
		widths: [40, 40, 16, 16, 14],
	}
}

import type { InCell } from '../../matrix/spreadsheet-cells.ts'
import type { SheetProblem } from '../../matrix/spreadsheet-problems.ts'
import { readCommitments } from './commitments-sheet.ts'
import { readContracts } from './contracts-sheet.ts'
import { readDelivery } from './delivery-sheet.ts'
import { IMPORT_SHEETS, REQUIRED_SHEETS, type ImportSheet } from './layout.ts'
import type { ImportPlan, ImportWorld, PlannedContract } from './plan.ts'
import { planSuppliers } from './suppliers.ts'

/** A file's sheets by name; a sheet the file lacks is absent. */
export type ImportSheets = Partial<Record<ImportSheet, InCell[][]>>

export type CheckResult = { ok: true; plan: ImportPlan } | { ok: false; problems: SheetProblem[] }

/**
 * A contracts import file checked whole against the portal as it is: what it would create, or
 * every problem found, each at its sheet, row and column. All or nothing: one problem anywhere
 * and nothing is planned.
 */
export function checkImportFile(sheets: ImportSheets, world: ImportWorld): CheckResult {
	const missing = REQUIRED_SHEETS.filter((sheet) => !sheets[sheet])
	if (missing.length > 0)
		return {
			ok: false,
			problems: missing.map((sheet) => ({
				sheet: null,
				row: null,
				column: null,
				message: `The file has no ‘${sheet}’ sheet: download the template and keep its sheets and their names`,
			})),
		}
	const read = readContracts(sheets.Contracts!, world)
	const contracts = new Map(read.contracts.map((contract) => [contract.reference.toLowerCase(), contract]))
	const lookup = { contracts, refused: read.refused, units: world.units }
	const committed = readCommitments(sheets.Commitments!, sheets.Milestones!, lookup)
	const delivery = sheets.Delivery ? readDelivery(sheets.Delivery, { ...lookup, ...committed, ...world }) : []
	const suppliers = planSuppliers(read.contracts, world)
	const problems = [...read.problems, ...suppliers.problems, ...committed.problems, ...delivery]
	const namedContracts = new Set([...committed.named].map((key) => key.split('\n')[0]))
	for (const contract of read.contracts) {
		if (!namedContracts.has(contract.reference.toLowerCase()))
			problems.push(
				contract.problem(
					'reference',
					`${contract.reference} has no commitments: add its rows to the Commitments sheet`,
				),
			)
	}
	if (read.contracts.length === 0 && read.refused.size === 0)
		problems.push({ sheet: 'Contracts', row: null, column: null, message: 'The Contracts sheet has no contracts' })
	if (problems.length > 0) return { ok: false, problems: inSheetOrder(problems) }

	const planned: PlannedContract[] = read.contracts.map(
		({
			problem: _problem,
			edition,
			supplierName: _n,
			registrationNumber: _r,
			supplierType: _t,
			contactName: _c,
			contactEmail: _e,
			...contract
		}) => ({
			...contract,
			supplierKey: suppliers.keyOfRow.get(contract.row)!,
			editionId: edition.id,
			editionName: edition.name,
			commitments: (committed.commitments.get(contract.reference.toLowerCase()) ?? [])
				.sort((a, b) => a.row - b.row)
				.map(({ row: _row, ...commitment }) => commitment),
		}),
	)
	return { ok: true, plan: { suppliers: suppliers.suppliers, contracts: planned } }
}

/** Sheet by sheet in the file's order, then down the rows, as a person checks the file. */
export function inSheetOrder(problems: SheetProblem[]): SheetProblem[] {
	const sheetIndex = (sheet: string | null) => (sheet === null ? -1 : IMPORT_SHEETS.indexOf(sheet as ImportSheet))
	return problems
		.map((problem, index) => ({ problem, index }))
		.sort(
			(a, b) =>
				sheetIndex(a.problem.sheet) - sheetIndex(b.problem.sheet) ||
				(a.problem.row ?? 0) - (b.problem.row ?? 0) ||
				a.index - b.index,
		)
		.map(({ problem }) => problem)
}

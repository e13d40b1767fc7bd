import { formatCalendarDate } from '../../dates.ts'
import type { InCell } from '../../matrix/spreadsheet-cells.ts'
import { LINE_TEXT_LIMITS } from '../../matrix/line-form.ts'
import { lineProblems, type LineEntry } from '../../matrix/matrix-lines.ts'
import type { SheetProblem } from '../../matrix/spreadsheet-problems.ts'
import { lineValuePence } from '../../matrix/valuation.ts'
import { isQualitative, readQuantity, unitFor, type Unit, type UnitCatalogue } from '../../toms/units.ts'
import type { ContractRow } from './contracts-sheet.ts'
import {
	COMMITMENT_COLUMNS,
	COMMITMENTS_SHEET,
	MILESTONE_COLUMNS,
	MILESTONES_SHEET,
	type CommitmentKey,
} from './layout.ts'
import type { ImportMeasure, PlannedCommitment } from './plan.ts'
import { readDateCell, readTable, type TableRow } from './sheet-table.ts'

const quantityProblems = {
	empty: 'Enter the quantity',
	'not-a-number': 'must be a number, like 250 or 12.5',
	negative: 'must be 0 or more',
	'too-precise': 'must have no more than 2 decimal places',
	'too-large': 'is too large',
} as const

/** A number in a measure's unit, or the message for its cell; `subject` starts the message. */
export function readAmountIn(
	text: string,
	unit: Unit,
	subject: string,
): { ok: true; hundredths: number } | { ok: false; message: string } {
	const read = readQuantity(text, unit, subject)
	if (read.ok) return read
	if (!('problem' in read)) return read
	if (read.problem === 'empty') return { ok: false, message: `Enter the ${subject.toLowerCase()} as a number` }
	return { ok: false, message: `${subject} ${quantityProblems[read.problem]}` }
}

export type CommitmentTarget = { contract: ContractRow; measure: ImportMeasure; unit: Unit; qualitative: boolean }

type Lookup = {
	contracts: Map<string, ContractRow>
	refused: ReadonlySet<string>
	units: UnitCatalogue
}

/**
 * The contract and measure a row of Commitments, Milestones or Delivery names, or null with
 * the problem recorded; null and nothing recorded for a contract whose own row is refused.
 */
export function targetOf(
	row: TableRow<'reference' | 'code'>,
	lookup: Lookup,
	problems: SheetProblem[],
): CommitmentTarget | null {
	const reference = row.text('reference')
	const code = row.text('code')
	if (lookup.refused.has(reference.toLowerCase())) return null
	const contract = lookup.contracts.get(reference.toLowerCase())
	if (reference === '') problems.push(row.problem('reference', 'Enter the contract reference'))
	else if (!contract)
		problems.push(row.problem('reference', `No contract on the Contracts sheet has the reference ${reference}`))
	if (code === '') problems.push(row.problem('code', 'Enter the measure code'))
	if (!contract || code === '') return null
	const measure = contract.edition.measures.find((m) => m.code.toLowerCase() === code.toLowerCase())
	if (!measure) {
		problems.push(row.problem('code', `${code} is not a measure of ${contract.edition.name}`))
		return null
	}
	const unit = unitFor(lookup.units, measure.unit)
	return { contract, measure, unit, qualitative: isQualitative(unit) }
}

type MilestoneRow = { row: TableRow<string>; date: string; cumulativeHundredths: number }

const LINE_COLUMNS: Record<string, CommitmentKey> = {
	quantity: 'quantity',
	commitmentText: 'commitmentText',
	responsibleName: 'responsibleName',
	responsibleRole: 'responsibleRole',
	responsibleEmail: 'responsibleEmail',
	methodStatement: 'methodStatement',
}

/**
 * The Commitments and Milestones sheets read into each contract's commitments, by the
 * contract's reference in lower case. Each commitment is held to the rules of a complete
 * matrix line: a quantity (or words), a responsible person, a method statement, and for a
 * quantity, milestones inside the contract whose last running total is the quantity.
 */
export function readCommitments(
	commitmentData: InCell[][],
	milestoneData: InCell[][],
	lookup: Lookup,
): {
	commitments: Map<string, Array<PlannedCommitment & { row: number }>>
	/** Every commitment the sheet names, refused or not, as "reference\nmeasureId". */
	named: Set<string>
	problems: SheetProblem[]
} {
	const commitmentSheet = readTable(COMMITMENTS_SHEET, commitmentData, COMMITMENT_COLUMNS)
	const milestoneSheet = readTable(MILESTONES_SHEET, milestoneData, MILESTONE_COLUMNS)
	const problems = [...commitmentSheet.problems, ...milestoneSheet.problems]
	const keyOf = (target: CommitmentTarget) => `${target.contract.reference.toLowerCase()}\n${target.measure.id}`

	const targets = new Map<string, { row: TableRow<CommitmentKey>; target: CommitmentTarget }>()
	for (const row of commitmentSheet.rows) {
		const target = targetOf(row, lookup, problems)
		if (!target) continue
		const first = targets.get(keyOf(target))
		if (first)
			problems.push(
				row.problem(
					'code',
					`${target.measure.code} is also on row ${first.row.row} for ${target.contract.reference}: each commitment must have one row`,
				),
			)
		else targets.set(keyOf(target), { row, target })
	}

	const milestones = new Map<string, MilestoneRow[]>()
	for (const row of milestoneSheet.rows) {
		const target = targetOf(row, lookup, problems)
		if (!target) continue
		if (!targets.has(keyOf(target))) {
			problems.push(
				row.problem(
					'code',
					`No row on the Commitments sheet is for ${target.measure.code} in ${target.contract.reference}`,
				),
			)
			continue
		}
		if (target.qualitative) {
			problems.push(row.problem('code', `${target.measure.code} is a measure in words: it has no milestones`))
			continue
		}
		const date = readDateCell(row.cell('date'), 'Milestone date')
		if (!date.ok) problems.push(row.problem('date', date.message))
		const total = readAmountIn(row.text('cumulative'), target.unit, 'Running total')
		if (!total.ok) problems.push(row.problem('cumulative', total.message))
		if (!date.ok || !total.ok) continue
		const list = milestones.get(keyOf(target)) ?? []
		list.push({ row: row as TableRow<string>, date: date.date, cumulativeHundredths: total.hundredths })
		milestones.set(keyOf(target), list)
	}

	const commitments = new Map<string, Array<PlannedCommitment & { row: number }>>()
	for (const [key, { row, target }] of targets) {
		const before = problems.length
		const fail = (column: CommitmentKey | null, message: string) => problems.push(row.problem(column, message))
		let quantityHundredths: number | null = null
		if (target.qualitative) {
			if (row.text('quantity') !== '')
				fail(
					'quantity',
					`${target.measure.code} is a measure in words: leave Quantity empty and write the commitment in words`,
				)
		} else {
			if (row.text('commitmentText') !== '')
				fail(
					'commitmentText',
					`${target.measure.code} is counted in numbers: leave this empty and put the quantity in Quantity`,
				)
			const quantity = readAmountIn(row.text('quantity'), target.unit, 'Quantity')
			if (quantity.ok) quantityHundredths = quantity.hundredths
			else fail('quantity', quantity.message)
		}
		for (const [column, max] of Object.entries(LINE_TEXT_LIMITS) as Array<[string, number]>) {
			const key = LINE_COLUMNS[column]
			if (key && row.text(key).length > max)
				fail(key, `This must be ${max.toLocaleString('en-GB')} characters or fewer`)
		}
		const rows = (milestones.get(key) ?? []).sort((a, b) =>
			a.date < b.date ? -1 : a.date > b.date ? 1 : a.row.row - b.row.row,
		)
		const entry: LineEntry = {
			declined: false,
			declineReason: '',
			quantityHundredths,
			commitmentText: target.qualitative ? row.text('commitmentText') : '',
			milestones: rows.map(({ date, cumulativeHundredths }) => ({ date, cumulativeHundredths })),
			responsibleName: row.text('responsibleName'),
			responsibleRole: row.text('responsibleRole'),
			responsibleEmail: row.text('responsibleEmail'),
			methodStatement: row.text('methodStatement'),
		}
		const term = { start: target.contract.startDate, end: target.contract.endDate }
		if (problems.length === before)
			for (const problem of lineProblems(entry, target, term)) {
				const milestone = /^milestones\.(\d+)\.(date|cumulative)$/.exec(problem.field)
				if (milestone) {
					const at = rows[Number(milestone[1])]!
					const message = problem.message.includes('within the contract term')
						? `Milestone date must be within the contract, from ${formatCalendarDate(term.start)} to ${formatCalendarDate(term.end)}`
						: problem.message.replace('the total you commit to', 'the quantity on the Commitments sheet')
					problems.push(at.row.problem(milestone[2] as 'date' | 'cumulative', message))
				} else if (problem.field === 'milestones')
					fail('quantity', 'Add at least one milestone for this commitment on the Milestones sheet')
				else fail(LINE_COLUMNS[problem.field] ?? null, problem.message)
			}
		if (problems.length > before) continue
		const list = commitments.get(target.contract.reference.toLowerCase()) ?? []
		list.push({
			row: row.row,
			measureId: target.measure.id,
			measureCode: target.measure.code,
			measureTitle: target.measure.title,
			themeName: target.measure.themeName,
			unit: target.measure.unit,
			proxyValuePence: target.measure.proxyValuePence,
			quantityHundredths,
			commitmentText: entry.commitmentText,
			valuePence:
				quantityHundredths === null ? null : lineValuePence(quantityHundredths, target.measure.proxyValuePence),
			responsibleName: entry.responsibleName,
			responsibleRole: entry.responsibleRole,
			responsibleEmail: entry.responsibleEmail,
			methodStatement: entry.methodStatement,
			milestones: entry.milestones,
			delivery: [],
		})
		commitments.set(target.contract.reference.toLowerCase(), list)
	}
	return { commitments, named: new Set(targets.keys()), problems }
}

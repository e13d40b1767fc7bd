import { formatCalendarDate } from '../../dates.ts'
import type { InCell } from '../../matrix/spreadsheet-cells.ts'
import { LINE_TEXT_LIMITS } from '../../matrix/line-form.ts'
import type { SheetProblem } from '../../matrix/spreadsheet-problems.ts'
import { reportingPeriods, type ReportingPeriod } from '../../returns/periods.ts'
import { readAmountIn, targetOf } from './commitments-sheet.ts'
import type { ContractRow } from './contracts-sheet.ts'
import { DELIVERY_COLUMNS, DELIVERY_SHEET } from './layout.ts'
import type { PlannedCommitment } from './plan.ts'
import { readDateCell, readTable, readYesNo } from './sheet-table.ts'
import type { UnitCatalogue } from '../../toms/units.ts'

export const NOT_APPROVED =
	'Only approved delivery can be imported: remove this row, and the supplier reports this period in the portal'

type DeliveryLookup = {
	contracts: Map<string, ContractRow>
	refused: ReadonlySet<string>
	units: UnitCatalogue
	/** Every commitment the Commitments sheet names, refused or not, as "reference\nmeasureId". */
	named: ReadonlySet<string>
	/** The checked commitments, by contract reference in lower case; delivery is added to them. */
	commitments: Map<string, PlannedCommitment[]>
	financialYearStartMonth: number
	returnDueDays: number
	today: string
}

/**
 * The Delivery sheet: past delivery, approved before the portal was adopted, per commitment
 * and reporting period. A period is given by any date inside it (its first day, say) and
 * matched against the contract's own reporting periods. Added to the commitments in place.
 */
export function readDelivery(data: InCell[][], lookup: DeliveryLookup): SheetProblem[] {
	const { rows, problems } = readTable(DELIVERY_SHEET, data, DELIVERY_COLUMNS)
	const periodsOf = new Map<string, ReportingPeriod[]>()
	const seen = new Map<string, number>()
	for (const row of rows) {
		const target = targetOf(row, lookup, problems)
		if (!target) continue
		const reference = target.contract.reference.toLowerCase()
		const key = `${reference}\n${target.measure.id}`
		if (!lookup.named.has(key)) {
			problems.push(
				row.problem(
					'code',
					`No row on the Commitments sheet is for ${target.measure.code} in ${target.contract.reference}`,
				),
			)
			continue
		}
		const commitment = lookup.commitments.get(reference)?.find((c) => c.measureId === target.measure.id)
		const before = problems.length
		const fail = (column: (typeof DELIVERY_COLUMNS)[number]['key'], message: string) =>
			problems.push(row.problem(column, message))

		const { contract } = target
		if (!periodsOf.has(reference))
			periodsOf.set(
				reference,
				reportingPeriods({
					start: contract.startDate,
					end: contract.endDate,
					cadence: contract.cadence,
					financialYearStartMonth: lookup.financialYearStartMonth,
					dueDays: lookup.returnDueDays,
				}),
			)
		const date = readDateCell(row.cell('period'), 'Period')
		let period: ReportingPeriod | undefined
		if (!date.ok) fail('period', date.message)
		else {
			period = periodsOf.get(reference)!.find((p) => p.start <= date.date && date.date <= p.end)
			if (!period)
				fail(
					'period',
					`${formatCalendarDate(date.date)} is not in any reporting period of ${contract.reference}, which runs from ${formatCalendarDate(contract.startDate)} to ${formatCalendarDate(contract.endDate)}`,
				)
			else {
				const first = seen.get(`${key}\n${period.key}`)
				if (first !== undefined)
					fail('period', `Row ${first} already gives delivery for ${target.measure.code} in ${period.label}`)
				else seen.set(`${key}\n${period.key}`, row.row)
			}
		}

		let deliveredHundredths: number | null = null
		const delivered = row.text('delivered')
		if (target.qualitative) {
			if (delivered === '') fail('delivered', 'Enter what was delivered, in words')
			else if (delivered.length > LINE_TEXT_LIMITS.commitmentText)
				fail('delivered', `This must be ${LINE_TEXT_LIMITS.commitmentText.toLocaleString('en-GB')} characters or fewer`)
		} else {
			const read = readAmountIn(delivered, target.unit, 'Delivered')
			if (read.ok) deliveredHundredths = read.hundredths
			else fail('delivered', read.message)
		}

		const approved = readYesNo(row.text('approved'))
		if (approved === null) fail('approved', 'Enter Yes or No')
		else if (!approved) fail('approved', NOT_APPROVED)
		const approvedOn = readDateCell(row.cell('approvedOn'), 'Approved on')
		if (approved !== false) {
			if (!approvedOn.ok) fail('approvedOn', approvedOn.message)
			else if (approvedOn.date > lookup.today) fail('approvedOn', 'Approved on must be today or in the past')
			else if (period && approvedOn.date < period.start)
				fail('approvedOn', `Approved on must be after the period began, on ${formatCalendarDate(period.start)}`)
		}

		if (problems.length > before || !commitment || !period || !approvedOn.ok) continue
		commitment.delivery.push({
			periodKey: period.key,
			periodLabel: period.label,
			deliveredHundredths,
			deliveredText: target.qualitative ? delivered : '',
			approvedOn: approvedOn.date,
		})
	}
	return problems
}

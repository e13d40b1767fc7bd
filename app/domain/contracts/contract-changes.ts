import { z } from 'zod'
import { formatCalendarDate } from '../dates.ts'
import { formatPounds } from '../toms/money.ts'
import { AwardFields, endsAfterStart, termProblem } from './award-form.ts'

const cadenceLabels: Record<string, string> = { half_yearly: 'half-yearly', quarterly: 'quarterly', annual: 'annual' }

const ContractChangeFields = AwardFields.omit({ reference: true }).extend({
	reason: z
		.string({ error: 'Enter the reason for the change' })
		.trim()
		.min(1, 'Enter the reason for the change')
		.max(2000, 'Reason must be 2,000 characters or fewer'),
})

/** A change to a running contract's details; the reference stays, and every change has a reason. */
export const ContractChangeSchema = ContractChangeFields.refine(endsAfterStart, termProblem)

export type ContractChange = z.output<typeof ContractChangeSchema>
export type ContractDetails = Omit<ContractChange, 'version' | 'reason'>

type Stored = ContractDetails & { contractManagerName: string }

/** What changed, in words for the contract's history and the supplier's email. */
export function describeContractChanges(before: Stored, after: Stored): string[] {
	const changes: string[] = []
	const from = (label: string, a: string, b: string) => {
		if (a !== b) changes.push(`${label} changed from ${a} to ${b}`)
	}
	if (before.title !== after.title) changes.push(`Title changed to “${after.title}”`)
	from('Contract value', formatPounds(before.value), formatPounds(after.value))
	from('Contract start', formatCalendarDate(before.startDate), formatCalendarDate(after.startDate))
	from('Contract end', formatCalendarDate(before.endDate), formatCalendarDate(after.endDate))
	from('Reporting', cadenceLabels[before.cadence] ?? before.cadence, cadenceLabels[after.cadence] ?? after.cadence)
	from('Contract manager', before.contractManagerName, after.contractManagerName)
	if (before.commerciallySensitive !== after.commerciallySensitive) {
		changes.push(
			after.commerciallySensitive
				? 'Figures now hidden from the public register (commercially sensitive)'
				: 'Figures now shown on the public register',
		)
	}
	return changes
}

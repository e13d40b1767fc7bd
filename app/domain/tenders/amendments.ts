import { formatCalendarDate, formatDateTime } from '../dates.ts'
import { formatPounds } from '../toms/money.ts'

/** A tender's terms as suppliers read them, less the measures in scope. */
export type TenderTerms = {
	title: string
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

/** The parts of a tender that suppliers rely on once it is published. */
export type PublishedTerms = TenderTerms & { measureCodes: string[] }

/** Picks a tender's terms from its row: what the opportunity page shows and an amendment compares. */
export function tenderTerms(tender: TenderTerms): TenderTerms {
	return {
		title: tender.title,
		description: tender.description,
		estimatedValuePence: tender.estimatedValuePence,
		contractStart: tender.contractStart,
		contractEnd: tender.contractEnd,
		deadlineAt: tender.deadlineAt,
		weightingPercent: tender.weightingPercent,
		quantitySharePercent: tender.quantitySharePercent,
		targetPercent: tender.targetPercent,
		cadence: tender.cadence,
	}
}

const cadenceLabels: Record<string, string> = { half_yearly: 'half-yearly', quarterly: 'quarterly', annual: 'annual' }

/** Plain-English lines describing what changed, for the amendment record suppliers read. */
export function describeChanges(before: PublishedTerms, after: PublishedTerms): string[] {
	const changes: string[] = []
	const from = (label: string, a: string, b: string) => {
		if (a !== b) changes.push(`${label} changed from ${a} to ${b}`)
	}
	if (before.title !== after.title) changes.push(`Title changed to “${after.title}”`)
	if (before.description !== after.description) changes.push('Description changed')
	from('Estimated contract value', formatPounds(before.estimatedValuePence), formatPounds(after.estimatedValuePence))
	from('Contract start', formatCalendarDate(before.contractStart), formatCalendarDate(after.contractStart))
	from('Contract end', formatCalendarDate(before.contractEnd), formatCalendarDate(after.contractEnd))
	from('Submission deadline', formatDateTime(before.deadlineAt), formatDateTime(after.deadlineAt))
	from('Social value weighting', `${before.weightingPercent}%`, `${after.weightingPercent}%`)
	from('Quantity share of the social value score', `${before.quantitySharePercent}%`, `${after.quantitySharePercent}%`)
	from(
		'Target',
		before.targetPercent === null ? 'none' : `${before.targetPercent}%`,
		after.targetPercent === null ? 'none' : `${after.targetPercent}%`,
	)
	from('Reporting', cadenceLabels[before.cadence] ?? before.cadence, cadenceLabels[after.cadence] ?? after.cadence)
	const added = after.measureCodes.filter((code) => !before.measureCodes.includes(code))
	const removed = before.measureCodes.filter((code) => !after.measureCodes.includes(code))
	if (added.length > 0) changes.push(`Measures added: ${added.join(', ')}`)
	if (removed.length > 0) changes.push(`Measures removed: ${removed.join(', ')}`)
	return changes
}

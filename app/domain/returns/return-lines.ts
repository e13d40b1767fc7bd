import { parseQuantity } from '../matrix/valuation.ts'
import { milestoneStatuses, type MilestoneStatus } from './milestone-status.ts'

export const NARRATIVE_MAX = 5000
export const DELIVERED_TEXT_MAX = 2000
export const NIL_REASON_MAX = 2000

/** What a return says about one commitment in its period. */
export type ReturnLineEntry = {
	deliveredHundredths: number | null
	deliveredText: string
	milestoneStatus: MilestoneStatus | null
	narrative: string
	mayPublish: boolean
}

export type ReturnLineFormResult = { ok: true; entry: ReturnLineEntry } | { ok: false; errors: Record<string, string>; values: Record<string, string> }

const quantityProblems = {
	empty: 'Enter the quantity delivered in the period',
	'not-a-number': 'Quantity delivered must be a number, like 12 or 12.5',
	negative: 'Quantity delivered must be 0 or more',
	'too-precise': 'Quantity delivered must have no more than 2 decimal places',
	'too-large': 'Quantity delivered is too large',
} as const

function field(form: FormData, name: string): string {
	const value = form.get(name)
	return typeof value === 'string' ? value : ''
}

/**
 * Reads one commitment's answer. A draft may be half filled, so only malformed answers are
 * errors here; what a submission needs is `returnLineProblems`.
 */
export function parseReturnLineForm(form: FormData, commitment: { qualitative: boolean }): ReturnLineFormResult {
	const errors: Record<string, string> = {}
	const values = Object.fromEntries([...form.entries()].filter((pair): pair is [string, string] => typeof pair[1] === 'string').map(([k, v]) => [k, v.slice(0, NARRATIVE_MAX + 100)]))
	let deliveredHundredths: number | null = null
	const quantity = field(form, 'delivered').trim()
	if (!commitment.qualitative && quantity !== '') {
		const parsed = parseQuantity(quantity)
		if (parsed.ok) deliveredHundredths = parsed.hundredths
		else errors.delivered = quantityProblems[parsed.problem]
	}
	const deliveredText = commitment.qualitative ? field(form, 'deliveredText').trim() : ''
	if (deliveredText.length > DELIVERED_TEXT_MAX) errors.deliveredText = `What you delivered must be ${DELIVERED_TEXT_MAX.toLocaleString('en-GB')} characters or fewer`
	const status = field(form, 'milestoneStatus')
	const milestoneStatus = (milestoneStatuses as readonly string[]).includes(status) ? (status as MilestoneStatus) : null
	if (status !== '' && milestoneStatus === null) errors.milestoneStatus = 'Select how the milestones stand'
	const narrative = field(form, 'narrative').trim()
	if (narrative.length > NARRATIVE_MAX) errors.narrative = `What happened must be ${NARRATIVE_MAX.toLocaleString('en-GB')} characters or fewer`
	if (Object.keys(errors).length > 0) return { ok: false, errors, values }
	return { ok: true, entry: { deliveredHundredths, deliveredText, milestoneStatus, narrative, mayPublish: form.get('mayPublish') === 'yes' } }
}

/** What is still missing before a return can be submitted with this line. */
export function returnLineProblems(entry: ReturnLineEntry | null, commitment: { qualitative: boolean }): string[] {
	const problems: string[] = []
	if (commitment.qualitative ? !entry?.deliveredText : entry?.deliveredHundredths == null) {
		problems.push(commitment.qualitative ? 'Say what you delivered in the period' : 'Enter the quantity delivered in the period, 0 if none')
	}
	if (!entry?.milestoneStatus) problems.push('Select how the milestones stand')
	return problems
}

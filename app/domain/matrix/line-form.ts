import { parseAmount, QUANTITY } from '../amounts.ts'
import { dateFieldErrors, datePartsFromForm, isBlankDate, readDateParts } from '../date-parts.ts'
import type { LineEntry, Milestone } from './matrix-lines.ts'
import { METHOD_STATEMENT_MAX } from './matrix-lines.ts'

export const MAX_MILESTONES = 20

/** The longest answer kept for each text field of a line. */
export const LINE_TEXT_LIMITS = {
	declineReason: 2000,
	commitmentText: 2000,
	responsibleName: 200,
	responsibleRole: 200,
	responsibleEmail: 254,
} as const

const quantityProblems = {
	empty: 'Enter the quantity',
	'not-a-number': 'must be a number, like 250 or 12.5',
	negative: 'must be 0 or more',
	'too-precise': 'must have no more than 2 decimal places',
	'too-large': 'is too large',
} as const

/** The name of a milestone's date in the form; its fields are `<name>.day`, `<name>.month` and `<name>.year`. */
export function milestoneDateName(index: number): string {
	return `milestone-${index}-date`
}

export type LineFormResult =
	{ ok: true; entry: LineEntry } | { ok: false; errors: Record<string, string>; values: Record<string, string> }

function text(form: FormData, name: string, max = 500): string {
	const value = form.get(name)
	return typeof value === 'string' ? value.slice(0, max) : ''
}

/**
 * Reads a line form. A draft may be half filled, so only malformed answers are errors here
 * (a word where a number goes, an impossible date); completeness is checked on submission.
 */
export function parseLineForm(form: FormData, measure: { qualitative: boolean }): LineFormResult {
	const errors: Record<string, string> = {}
	const values: Record<string, string> = {}
	for (const [key, value] of form.entries())
		if (typeof value === 'string') values[key] = value.slice(0, METHOD_STATEMENT_MAX + 100)

	const declined = form.get('declined') === 'yes'
	const declineReason = text(form, 'declineReason', LINE_TEXT_LIMITS.declineReason).trim()
	let quantityHundredths: number | null = null
	const quantityText = text(form, 'quantity', 50).trim()
	if (!measure.qualitative && quantityText !== '') {
		const parsed = parseAmount(quantityText, QUANTITY)
		if (parsed.ok) quantityHundredths = parsed.hundredths
		else errors.quantity = `Quantity ${quantityProblems[parsed.problem]}`
	}
	const commitmentText = measure.qualitative ? text(form, 'commitmentText', LINE_TEXT_LIMITS.commitmentText).trim() : ''

	const milestones: Milestone[] = []
	for (let i = 0; i < MAX_MILESTONES; i++) {
		const dateParts = datePartsFromForm(form, milestoneDateName(i))
		const cumulative = text(form, `milestone-${i}-cumulative`, 50).trim()
		if (isBlankDate(dateParts) && cumulative === '') continue
		const date = readDateParts(dateParts, {
			missing: `Enter the date of milestone ${i + 1}`,
			label: `Milestone ${i + 1} date`,
		})
		if (!date.ok) Object.assign(errors, dateFieldErrors(milestoneDateName(i), date))
		const parsed = parseAmount(cumulative, QUANTITY)
		if (!parsed.ok)
			errors[`milestone-${i}-cumulative`] =
				parsed.problem === 'empty'
					? `Enter the running total for milestone ${i + 1}`
					: `Running total for milestone ${i + 1} ${quantityProblems[parsed.problem]}`
		if (date.ok && parsed.ok) milestones.push({ date: date.date, cumulativeHundredths: parsed.hundredths })
	}
	milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))

	const responsibleEmail = text(form, 'responsibleEmail', LINE_TEXT_LIMITS.responsibleEmail).trim()
	if (responsibleEmail !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(responsibleEmail)) {
		errors.responsibleEmail = 'Enter an email address in the correct format, like name@example.com'
	}
	const methodStatement = (form.get('methodStatement') as string | null) ?? ''
	if (methodStatement.length > METHOD_STATEMENT_MAX)
		errors.methodStatement = `Method statement must be ${METHOD_STATEMENT_MAX.toLocaleString('en-GB')} characters or fewer`
	if (declined && declineReason === '') errors.declineReason = 'Enter why you are not committing to this measure'

	if (Object.keys(errors).length > 0) return { ok: false, errors, values }
	return {
		ok: true,
		entry: {
			declined,
			declineReason: declined ? declineReason : '',
			quantityHundredths: measure.qualitative ? null : quantityHundredths,
			commitmentText,
			milestones: measure.qualitative ? [] : milestones,
			responsibleName: text(form, 'responsibleName', LINE_TEXT_LIMITS.responsibleName).trim(),
			responsibleRole: text(form, 'responsibleRole', LINE_TEXT_LIMITS.responsibleRole).trim(),
			responsibleEmail,
			methodStatement: methodStatement.trim(),
		},
	}
}

import { z } from 'zod'
import { type DateParts, datePartsOf, isBlankDate, readDateParts } from '../date-parts.ts'
import type { LineEntry, Milestone } from './matrix-lines.ts'
import { METHOD_STATEMENT_MAX } from './matrix-lines.ts'
import { formatQuantity } from './valuation.ts'
import { readQuantity, type Unit } from '../toms/units.ts'

export const MAX_MILESTONES = 20

/** The longest answer kept for each text field of a line. */
export const LINE_TEXT_LIMITS = {
	declineReason: 2000,
	commitmentText: 2000,
	responsibleName: 200,
	responsibleRole: 200,
	responsibleEmail: 254,
} as const

/** The longest number read: anything longer is cut to this before it is read. */
const NUMBER_MAX = 50

const quantityProblems = {
	empty: 'Enter the quantity',
	'not-a-number': 'must be a number, like 250 or 12.5',
	negative: 'must be 0 or more',
	'too-precise': 'must have no more than 2 decimal places',
	'too-large': 'is too large',
} as const

/** What was typed, cut to `max` characters, then trimmed; nothing typed is empty. */
function typed(max: number) {
	return z
		.string()
		.optional()
		.transform((value) => (value ?? '').slice(0, max).trim())
}

/**
 * A field this kind of measure does not have: whatever is sent is ignored, and it reads as
 * `value`. It keeps the type of the field it stands in for, so the form has one shape
 * whichever kind the measure is.
 */
function ignoredAs<Field extends z.ZodType>(_field: Field, value: z.output<Field>): Field {
	return z
		.unknown()
		.optional()
		.transform(() => value) as unknown as Field
}

/** The quantity committed, in the measure's unit: a count takes whole numbers, a percentage at most 100. */
function quantity(unit: Unit) {
	return typed(NUMBER_MAX).transform((text, context): number | null => {
		if (text === '') return null
		const read = readQuantity(text, unit, 'Quantity')
		if (read.ok) return read.hundredths
		context.addIssue({
			code: 'custom',
			message: 'problem' in read ? `Quantity ${quantityProblems[read.problem]}` : read.message,
		})
		return z.NEVER
	})
}

const commitmentText = typed(LINE_TEXT_LIMITS.commitmentText)

const datePart = z.string().optional()
const milestoneRow = z
	.object({
		date: z.object({ day: datePart, month: datePart, year: datePart }).optional(),
		cumulative: z.string().optional(),
	})
	.optional()

/**
 * The milestone rows, each a date and the running total by then. A row left empty is no
 * milestone; a row half filled says what is missing. Their messages name the row, so they
 * are checked here, where the row's number is known. Sorted by date.
 */
const milestones = (unit: Unit) =>
	z
		.array(milestoneRow)
		.max(MAX_MILESTONES, `A line can have at most ${MAX_MILESTONES} milestones`)
		.optional()
		.transform((rows, context): Milestone[] => {
			const read: Milestone[] = []
			let wrong = false
			;(rows ?? []).forEach((row, index) => {
				const number = index + 1
				const dateParts: DateParts = row?.date ?? {}
				const cumulative = (row?.cumulative ?? '').slice(0, NUMBER_MAX).trim()
				if (isBlankDate(dateParts) && cumulative === '') return
				const date = readDateParts(dateParts, {
					missing: `Enter the date of milestone ${number}`,
					label: `Milestone ${number} date`,
				})
				if (!date.ok) {
					wrong = true
					// On each field to highlight.
					for (const part of date.parts)
						context.addIssue({ code: 'custom', message: date.message, path: [index, 'date', part] })
				}
				const total = readQuantity(cumulative, unit, `Running total for milestone ${number}`)
				if (!total.ok) {
					wrong = true
					context.addIssue({
						code: 'custom',
						path: [index, 'cumulative'],
						message: !('problem' in total)
							? total.message
							: total.problem === 'empty'
								? `Enter the running total for milestone ${number}`
								: `Running total for milestone ${number} ${quantityProblems[total.problem]}`,
					})
				}
				if (date.ok && total.ok) read.push({ date: date.date, cumulativeHundredths: total.hundredths })
			})
			if (wrong) return z.NEVER
			return read.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
		})

/**
 * The fields of a matrix line's form. A draft may be half filled, so only malformed answers
 * are errors here (a word where a number goes, an impossible date); completeness is checked
 * on submission. A qualitative measure takes words and ignores any number sent; a numeric
 * one the reverse.
 */
export function lineFields(measure: { qualitative: boolean; quantityUnit: Unit }) {
	return {
		// A checkbox: present as "yes" when ticked, absent otherwise.
		declined: z
			.string()
			.optional()
			.transform((value) => value === 'yes'),
		declineReason: typed(LINE_TEXT_LIMITS.declineReason),
		quantity: measure.qualitative ? ignoredAs(quantity(measure.quantityUnit), null) : quantity(measure.quantityUnit),
		commitmentText: measure.qualitative ? commitmentText : ignoredAs(commitmentText, ''),
		milestones: measure.qualitative
			? ignoredAs(milestones(measure.quantityUnit), [])
			: milestones(measure.quantityUnit),
		responsibleName: typed(LINE_TEXT_LIMITS.responsibleName),
		responsibleRole: typed(LINE_TEXT_LIMITS.responsibleRole),
		responsibleEmail: typed(LINE_TEXT_LIMITS.responsibleEmail).refine(
			(email) => email === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email),
			'Enter an email address in the correct format, like name@example.com',
		),
		methodStatement: z
			.string()
			.max(
				METHOD_STATEMENT_MAX,
				`Method statement must be ${METHOD_STATEMENT_MAX.toLocaleString('en-GB')} characters or fewer`,
			)
			.optional()
			.transform((value) => (value ?? '').trim()),
	}
}

type LineFields = z.output<z.ZodObject<ReturnType<typeof lineFields>>>

/** Declining needs a reason: checked even while another field is wrong, so every problem is told at once. */
export const declineNeedsReason = {
	check: (line: Pick<LineFields, 'declined' | 'declineReason'>) => !line.declined || line.declineReason !== '',
	params: {
		path: ['declineReason'],
		message: 'Enter why you are not committing to this measure',
		when: (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
			!payload.issues.some((issue) => ['declined', 'declineReason'].includes(String(issue.path?.[0]))),
	},
}

/** A matrix line's answers, as the spreadsheet gives them (the form adds the version it was loaded at). */
export function lineFormSchema(measure: { qualitative: boolean; quantityUnit: Unit }) {
	return z.object(lineFields(measure)).refine(declineNeedsReason.check, declineNeedsReason.params)
}

/** The line to store, from the form's fields. */
export function lineEntry(fields: LineFields): LineEntry {
	return {
		declined: fields.declined,
		declineReason: fields.declined ? fields.declineReason : '',
		quantityHundredths: fields.quantity,
		commitmentText: fields.commitmentText,
		milestones: fields.milestones,
		responsibleName: fields.responsibleName,
		responsibleRole: fields.responsibleRole,
		responsibleEmail: fields.responsibleEmail,
		methodStatement: fields.methodStatement,
	}
}

/** The form's fields for a stored line (or an empty one), as the page first shows them. */
export function lineFormValues(entry: LineEntry) {
	// Typed back as a person would type it: without thousands separators.
	const number = (hundredths: number) => formatQuantity(hundredths).replace(/,/g, '')
	return {
		declined: entry.declined ? 'yes' : '',
		declineReason: entry.declineReason,
		quantity: entry.quantityHundredths === null ? '' : number(entry.quantityHundredths),
		commitmentText: entry.commitmentText,
		milestones: entry.milestones.map((m) => ({
			date: datePartsOf(m.date),
			cumulative: number(m.cumulativeHundredths),
		})),
		responsibleName: entry.responsibleName,
		responsibleRole: entry.responsibleRole,
		responsibleEmail: entry.responsibleEmail,
		methodStatement: entry.methodStatement,
	}
}

import { z } from 'zod'

/**
 * A date typed in the GOV.UK date input: day, month and year in three fields, posted as
 * `<name>.day`, `<name>.month` and `<name>.year`, read into a calendar date ("2027-04-01")
 * with the Design System's error messages and the fields each one highlights.
 */

export const DATE_PARTS = ['day', 'month', 'year'] as const
export type DatePart = (typeof DATE_PARTS)[number]

export type DateParts = Partial<Record<DatePart, string>>

/** How the date is spoken of: "Enter the contract start date", "Contract start must be a real date". */
export type DateNames = {
	/** The whole message when nothing is entered, like "Enter the contract start date". */
	missing: string
	/** What the date is, to start a sentence, like "Contract start". */
	label: string
}

export type DateReading =
	| { ok: true; date: string }
	/** `parts`: the fields to highlight, in the order they are shown. */
	| { ok: false; message: string; parts: DatePart[] }

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
]

/** 1 to 12 from "3", "03", "Mar", "march" or "Sept"; null for anything else. */
function monthNumber(text: string): number | null {
	if (/^\d{1,2}$/.test(text)) {
		const n = Number(text)
		return n >= 1 && n <= 12 ? n : null
	}
	const name = text.toLowerCase().replace(/\.$/, '')
	const index = MONTHS.findIndex(
		(month) => month === name || month.slice(0, 3) === name || (month === 'september' && name === 'sept'),
	)
	return index === -1 ? null : index + 1
}

function dayNumber(text: string): number | null {
	if (!/^\d{1,2}$/.test(text)) return null
	const n = Number(text)
	return n >= 1 && n <= 31 ? n : null
}

function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

/** "day", "day and month", "day, month and year". */
function listed(parts: readonly DatePart[]): string {
	return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** True when no field has anything in it but spaces. */
export function isBlankDate(parts: DateParts): boolean {
	return DATE_PARTS.every((part) => (parts[part] ?? '').trim() === '')
}

/**
 * The calendar date the three fields give, or the one error to show: nothing entered, then a
 * missing field, then a year without 4 numbers, then a date that cannot be. Spaces around a
 * field, leading zeros and month names ("Jan", "January") are accepted.
 */
export function readDateParts(parts: DateParts, names: DateNames): DateReading {
	const text = { day: (parts.day ?? '').trim(), month: (parts.month ?? '').trim(), year: (parts.year ?? '').trim() }
	const missing = DATE_PARTS.filter((part) => text[part] === '')
	if (missing.length === DATE_PARTS.length) return { ok: false, message: names.missing, parts: [...DATE_PARTS] }
	if (missing.length > 0)
		return { ok: false, message: `${names.label} must include a ${listed(missing)}`, parts: missing }
	if (!/^\d{4}$/.test(text.year))
		return { ok: false, message: `${names.label} must include a year with 4 numbers`, parts: ['year'] }
	const day = dayNumber(text.day)
	const month = monthNumber(text.month)
	const year = Number(text.year)
	const notReal = `${names.label} must be a real date`
	if (day === null || month === null) {
		const wrong: DatePart[] = [
			...(day === null ? (['day'] as const) : []),
			...(month === null ? (['month'] as const) : []),
		]
		return { ok: false, message: notReal, parts: wrong }
	}
	// 31 April or 29 February 2027: which field is wrong is not clear, so all three are.
	if (day > daysInMonth(year, month)) return { ok: false, message: notReal, parts: [...DATE_PARTS] }
	return { ok: true, date: `${text.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
}

/** The three fields for a calendar date ("2027-04-01" → 1, 4, 2027), or empty ones for no date. */
export function datePartsOf(date: string | null | undefined): Required<DateParts> {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '')
	if (!match) return { day: '', month: '', year: '' }
	return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! }
}

/** The three fields of a date named `name` in a plain form. */
export function datePartsFromForm(form: FormData, name: string): DateParts {
	const parts: DateParts = {}
	for (const part of DATE_PARTS) {
		const value = form.get(`${name}.${part}`)
		if (typeof value === 'string') parts[part] = value
	}
	return parts
}

function partsSchema(names: Omit<DateNames, 'missing'>, missing: string) {
	// A field sent twice, or as a file, is not something a person typed.
	const part = z.string({ error: `${names.label} must be a real date` }).optional()
	return z.object({ day: part, month: part, year: part }, { error: missing })
}

function addIssues(ctx: z.RefinementCtx, reading: Extract<DateReading, { ok: false }>) {
	for (const part of reading.parts) ctx.addIssue({ code: 'custom', message: reading.message, path: [part] })
}

/** A required date from the GOV.UK date input, as "2027-04-01"; errors sit on the fields to highlight. */
export function dateSchema(names: DateNames) {
	return partsSchema(names, names.missing).transform((parts, ctx) => {
		const reading = readDateParts(parts, names)
		if (reading.ok) return reading.date
		addIssues(ctx, reading)
		return z.NEVER
	})
}

/** A date that may be left out: null when all three fields are empty. */
export function optionalDateSchema(names: Omit<DateNames, 'missing'>) {
	return partsSchema(names, `${names.label} must be a real date`).transform((parts, ctx): string | null => {
		if (isBlankDate(parts)) return null
		const reading = readDateParts(parts, { ...names, missing: '' })
		if (reading.ok) return reading.date
		addIssues(ctx, reading)
		return z.NEVER
	})
}

/**
 * For a rule comparing dates (`refine(…, { when })`): true once the named dates were read,
 * so the rule is checked even while another field of the form is wrong.
 */
export function datesRead(...fieldNames: string[]) {
	return (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
		!payload.issues.some((issue) => fieldNames.includes(String(issue.path?.[0])))
}

/** The form fields of a date named `name`: ["due.day", "3"], ["due.month", "5"], ["due.year", "2027"]. */
export function dateFieldEntries(name: string, parts: DateParts): Array<[string, string]> {
	return DATE_PARTS.map((part) => [`${name}.${part}`, parts[part] ?? ''])
}

/** A date's error by form field name, on each field it highlights ("due.month"), for forms read without a schema. */
export function dateFieldErrors(
	name: string,
	failure: { message: string; parts: readonly DatePart[] },
): Record<string, string> {
	return Object.fromEntries(failure.parts.map((part) => [`${name}.${part}`, failure.message]))
}

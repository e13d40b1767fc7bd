import { getInputProps, getTextareaProps, type FieldMetadata } from '@conform-to/react'
import { DATE_PARTS, type DatePart, type DateParts } from '#app/domain/date-parts.ts'
import { type FieldWithErrors, firstError } from './form-error-summary.tsx'
import type { DateInputItem } from './govuk/date-input.tsx'

// No 'date': a date is typed in the GOV.UK Date input (dateFieldProps below).
type InputType = 'text' | 'email' | 'password' | 'search' | 'tel' | 'url' | 'time' | 'number'

/** What a GOV.UK Input needs from a Conform field: name, id, described-by, value and error. */
export function inputFieldProps<Schema>(field: FieldMetadata<Schema>, type: InputType = 'text') {
	return {
		...getInputProps(field, { type }),
		key: field.key,
		value: initialText(field.initialValue),
		errorMessage: firstError(field),
	}
}

type DatePartState = { id: string; name: string; value: string; errors?: string[] }

/** A date field as the GOV.UK date input shows it: its three parts, and errors about the whole date. */
export type DateFieldState = {
	id: string
	key?: string
	/** Errors about the date as a whole, such as an end before its start: all three parts are highlighted. */
	errors?: string[]
	parts: Record<DatePart, DatePartState>
}

const partLabels: Record<DatePart, string> = { day: 'Day', month: 'Month', year: 'Year' }

/** A date field of a Conform form, read by `dateSchema` (parts named `<name>.day`). */
export type ConformDateField = FieldMetadata<DateParts | null | undefined>

/** A Conform date field's parts, values and errors. */
export function conformDateField(field: ConformDateField): DateFieldState {
	const fieldset = field.getFieldset()
	const part = (name: DatePart): DatePartState => {
		const meta = fieldset[name]
		return {
			id: meta.id,
			name: meta.name,
			value: typeof meta.initialValue === 'string' ? meta.initialValue : '',
			errors: meta.errors,
		}
	}
	return {
		id: field.id,
		key: field.key,
		errors: field.errors,
		parts: { day: part('day'), month: part('month'), year: part('year') },
	}
}

/** A date field of a form read without Conform: values and errors by field name, parts named `<name>.day`. */
export function plainDateField(
	name: string,
	values: Record<string, string | undefined>,
	errors: Record<string, string | undefined>,
): DateFieldState {
	const part = (partName: DatePart): DatePartState => {
		const full = `${name}.${partName}`
		const error = errors[full]
		return { id: full, name: full, value: values[full] ?? '', errors: error ? [error] : undefined }
	}
	const whole = errors[name]
	return {
		id: name,
		errors: whole ? [whole] : undefined,
		parts: { day: part('day'), month: part('month'), year: part('year') },
	}
}

function erroringParts(state: DateFieldState): DatePart[] {
	return DATE_PARTS.filter((part) => (state.parts[part].errors?.length ?? 0) > 0)
}

/** The date's one error, and the part the error summary links to: the first highlighted one. */
export function dateFieldError(state: DateFieldState): FieldWithErrors {
	const message = state.errors?.[0] ?? DATE_PARTS.map((part) => state.parts[part].errors?.[0]).find(Boolean)
	const first = state.errors?.[0] ? 'day' : (erroringParts(state)[0] ?? 'day')
	return { id: state.parts[first].id, errors: message ? [message] : undefined }
}

/** What a GOV.UK Date input needs: each part's name, id, value and whether it is highlighted, and the error. */
export function dateInputProps(state: DateFieldState) {
	const erroring = state.errors?.[0] ? [] : erroringParts(state)
	const items: DateInputItem[] = DATE_PARTS.map((part) => ({
		id: state.parts[part].id,
		name: state.parts[part].name,
		label: partLabels[part],
		value: state.parts[part].value,
		classes: part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2',
		// Left unset, not false, so an error about the whole date highlights every part.
		error: erroring.includes(part) || undefined,
	}))
	return { id: state.id, key: state.key, items, errorMessage: firstError(dateFieldError(state)) }
}

/** What a GOV.UK Date input needs from a Conform date field. */
export function dateFieldProps(field: ConformDateField) {
	return dateInputProps(conformDateField(field))
}

/** A Conform date field as the error summary lists it: one message, linked to the first highlighted part. */
export function dateSummaryField(field: ConformDateField): FieldWithErrors {
	return dateFieldError(conformDateField(field))
}

/** What a GOV.UK Textarea needs from a Conform field. */
export function textareaFieldProps<Schema>(field: FieldMetadata<Schema>) {
	return {
		...getTextareaProps(field),
		key: field.key,
		value: initialText(field.initialValue),
		errorMessage: firstError(field),
	}
}

/** What GOV.UK Radios need from a Conform field: the radios' name, id prefix, chosen value and error. */
export function radiosFieldProps<Schema>(field: FieldMetadata<Schema>) {
	return {
		name: field.name,
		idPrefix: field.id,
		key: field.key,
		value: initialText(field.initialValue),
		errorMessage: firstError(field),
	}
}

/**
 * What the GOV.UK Input of each entry of a record field needs (`prices.12`, `prices.13`, ...):
 * its name, id, value and error, read once from the record's own Conform field. A table of
 * thousands of inputs cannot ask Conform for each field in turn: each field's props look
 * through the whole form, which for two thousand fields takes seconds.
 */
export function recordInputFieldProps<Schema>(field: FieldMetadata<Schema>) {
	const initial = field.initialValue
	const values = typeof initial === 'object' && initial !== null ? (initial as Record<string, unknown>) : {}
	const errors = field.allErrors
	return (entry: string) => {
		const name = `${field.name}.${entry}`
		return {
			id: `${field.id}-${entry}`,
			name,
			value: initialText(Object.hasOwn(values, entry) ? values[entry] : undefined),
			errorMessage: firstError({ errors: errors[name] }),
		}
	}
}

function initialText(value: unknown): string {
	return value === undefined || value === null ? '' : String(value)
}

/** What a GOV.UK Select needs from a Conform field: name, id, chosen value and error. */
export function selectFieldProps<Schema>(field: FieldMetadata<Schema>) {
	return {
		id: field.id,
		name: field.name,
		key: field.key,
		value: initialText(field.initialValue),
		errorMessage: firstError(field),
	}
}

/**
 * What GOV.UK Checkboxes need from a Conform field: the name, id prefix, the ticked values and the
 * error. One checkbox on its own (a yes-or-no field) is ticked when its value is sent.
 */
export function checkboxesFieldProps<Schema>(field: FieldMetadata<Schema>) {
	const initial = field.initialValue
	const values = (Array.isArray(initial) ? initial : initial === undefined || initial === null ? [] : [initial]).map(
		initialText,
	)
	return { name: field.name, idPrefix: field.id, key: field.key, values, errorMessage: firstError(field) }
}

/**
 * What a GOV.UK Character count needs from a Conform field: a textarea's name, id, value and
 * error. Give the component its `maxlength` from the rule the server checks.
 */
export function characterCountFieldProps<Schema>(field: FieldMetadata<Schema>) {
	const { id, name, key, value, errorMessage } = textareaFieldProps(field)
	return { id, name, key, value, errorMessage }
}

/** What a GOV.UK File upload needs from a Conform field: name, id and error. A browser never sends a file back. */
export function fileUploadFieldProps<Schema>(field: FieldMetadata<Schema>) {
	return { id: field.id, name: field.name, key: field.key, errorMessage: firstError(field) }
}

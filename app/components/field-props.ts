import { getInputProps, getTextareaProps, type FieldMetadata } from '@conform-to/react'
import { firstError } from './form-error-summary.tsx'

type InputType = 'text' | 'email' | 'password' | 'search' | 'tel' | 'url' | 'date' | 'time' | 'number'

/** What a GOV.UK Input needs from a Conform field: name, id, described-by, value and error. */
export function inputFieldProps<Schema>(field: FieldMetadata<Schema>, type: InputType = 'text') {
	return {
		...getInputProps(field, { type }),
		key: field.key,
		value: field.initialValue === undefined || field.initialValue === null ? '' : String(field.initialValue),
		errorMessage: firstError(field),
	}
}

/** What a GOV.UK Textarea needs from a Conform field. */
export function textareaFieldProps<Schema>(field: FieldMetadata<Schema>) {
	return {
		...getTextareaProps(field),
		key: field.key,
		value: field.initialValue === undefined || field.initialValue === null ? '' : String(field.initialValue),
		errorMessage: firstError(field),
	}
}

/** What GOV.UK Radios need from a Conform field: the radios' name, id prefix, chosen value and error. */
export function radiosFieldProps<Schema>(field: FieldMetadata<Schema>) {
	return {
		name: field.name,
		idPrefix: field.id,
		key: field.key,
		value: field.initialValue === undefined || field.initialValue === null ? '' : String(field.initialValue),
		errorMessage: firstError(field),
	}
}

import { getInputProps, type FieldMetadata } from '@conform-to/react'
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

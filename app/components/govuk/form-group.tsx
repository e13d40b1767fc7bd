import type { ReactNode } from 'react'
import { ErrorMessage, type ErrorMessageProps } from './error-message.tsx'
import { Fieldset, type FieldsetProps } from './fieldset.tsx'
import { Hint, type HintProps } from './hint.tsx'
import { Label, type LabelProps } from './label.tsx'
import { type Attributes, cx, toReactAttributes } from './shared.ts'

// Shared by Input, Textarea, Select, Radios and Checkboxes: the form group wrapper, label,
// hint and error message, and the aria-describedby that ties them to the control.

export type LabelOptions = Omit<LabelProps, 'for'>
export type HintOptions = Omit<HintProps, 'id'>
export type ErrorMessageOptions = Omit<ErrorMessageProps, 'id'>

/**
 * Content placed before or after the control(s) inside the form group. GOV.UK Frontend also
 * takes `html` here, but React cannot place raw HTML beside other elements without a wrapper,
 * so pass React `children` instead.
 */
export type FormGroupAddition = {
	text?: string
	children?: ReactNode
}

export type FormGroupOptions = {
	classes?: string
	attributes?: Attributes
}

/** The form group of a group of controls (radios, checkboxes, a date's fields), with content before and after them. */
export type GroupFormGroupOptions = FormGroupOptions & {
	beforeInputs?: FormGroupAddition
	afterInputs?: FormGroupAddition
}

export function FormGroup({
	hasError,
	formGroup,
	children,
}: {
	hasError: boolean
	formGroup?: FormGroupOptions
	children: ReactNode
}) {
	return (
		<div
			{...toReactAttributes(formGroup?.attributes)}
			className={cx('govuk-form-group', hasError && 'govuk-form-group--error', formGroup?.classes)}
		>
			{children}
		</div>
	)
}

/** The form group around a group of controls, inside a fieldset when one is given. */
export function FieldsetFormGroup({
	hasError,
	formGroup,
	fieldset,
	describedBy,
	role,
	children,
}: {
	hasError: boolean
	formGroup?: FormGroupOptions
	fieldset?: Omit<FieldsetProps, 'html' | 'children'> | null | false
	describedBy?: string
	role?: string
	children: ReactNode
}) {
	return (
		<FormGroup hasError={hasError} formGroup={formGroup}>
			{fieldset ? (
				<Fieldset
					describedBy={describedBy}
					classes={fieldset.classes}
					role={role ?? fieldset.role}
					attributes={fieldset.attributes}
					legend={fieldset.legend}
				>
					{children}
				</Fieldset>
			) : (
				children
			)}
		</FormGroup>
	)
}

/** The hint and error message for a control or group of controls, and the ids they add to aria-describedby. */
export function hintAndError(
	idPrefix: string | undefined,
	describedBy: string | undefined,
	hint: HintOptions | null | false | undefined,
	errorMessage: ErrorMessageOptions | null | false | undefined,
): { describedBy: string | undefined; hintElement: ReactNode; errorElement: ReactNode } {
	let ids = describedBy || undefined
	let hintElement: ReactNode = null
	let errorElement: ReactNode = null
	if (hint) {
		const hintId = `${idPrefix}-hint`
		ids = ids ? `${ids} ${hintId}` : hintId
		hintElement = <Hint {...hint} id={hintId} />
	}
	if (errorMessage) {
		const errorId = `${idPrefix}-error`
		ids = ids ? `${ids} ${errorId}` : errorId
		errorElement = <ErrorMessage {...errorMessage} id={errorId} />
	}
	return { describedBy: ids, hintElement, errorElement }
}

export function FieldLabel({ label, id }: { label?: LabelOptions; id?: string }) {
	if (!label) return null
	return <Label {...label} for={id} />
}

export function additionContent(addition: FormGroupAddition | null | undefined): ReactNode {
	if (!addition) return null
	return addition.children ?? addition.text ?? null
}

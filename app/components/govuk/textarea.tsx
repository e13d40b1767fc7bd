import {
	additionContent,
	type ErrorMessageOptions,
	FieldLabel,
	FormGroup,
	type FormGroupAddition,
	type FormGroupOptions,
	type HintOptions,
	hintAndError,
	type LabelOptions,
} from './form-group.tsx'
import { type Attributes, cx, defined, toReactAttributes } from './shared.ts'

export type TextareaProps = {
	/** Defaults to `name`. */
	id?: string
	name: string
	spellcheck?: boolean
	/** Defaults to 5. */
	rows?: string | number
	/** The initial value (rendered as React's `defaultValue`, so the textarea stays uncontrolled). */
	value?: string
	disabled?: boolean
	describedBy?: string
	label: LabelOptions
	hint?: HintOptions | null | false
	errorMessage?: ErrorMessageOptions | null | false
	formGroup?: FormGroupOptions & {
		beforeInput?: FormGroupAddition
		afterInput?: FormGroupAddition
	}
	classes?: string
	autocomplete?: string
	attributes?: Attributes
}

export function Textarea({
	id: idParam,
	name,
	spellcheck,
	rows,
	value,
	disabled,
	describedBy: describedByParam,
	label,
	hint,
	errorMessage,
	formGroup,
	classes,
	autocomplete,
	attributes,
}: TextareaProps) {
	const id = idParam || name
	const { describedBy, hintElement, errorElement } = hintAndError(id, describedByParam, hint, errorMessage)
	return (
		<FormGroup hasError={Boolean(errorMessage)} formGroup={formGroup}>
			<FieldLabel label={label} id={id} />
			{hintElement}
			{errorElement}
			{additionContent(formGroup?.beforeInput)}
			<textarea
				{...toReactAttributes(attributes)}
				className={cx('govuk-textarea', Boolean(errorMessage) && 'govuk-textarea--error', classes)}
				id={id}
				name={name}
				rows={Number(rows) || 5}
				spellCheck={spellcheck}
				{...defined({
					disabled: disabled || undefined,
					'aria-describedby': describedBy,
					autoComplete: autocomplete || undefined,
					defaultValue: value ?? undefined,
				})}
			/>
			{additionContent(formGroup?.afterInput)}
		</FormGroup>
	)
}

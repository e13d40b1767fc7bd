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

export type SelectItem = {
	/** Without a value, the option's value is its text. */
	value?: string | number
	text: string | number
	selected?: boolean
	disabled?: boolean
	attributes?: Attributes
}

export type SelectProps = {
	/** Defaults to `name`. */
	id?: string
	name: string
	/** Falsy entries are skipped, so items can be added conditionally. */
	items: Array<SelectItem | null | undefined | false>
	/** Selects the item with this value, unless that item has `selected: false`. */
	value?: string | number
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
	attributes?: Attributes
}

export function Select({
	id: idParam,
	name,
	items,
	value,
	disabled,
	describedBy: describedByParam,
	label,
	hint,
	errorMessage,
	formGroup,
	classes,
	attributes,
}: SelectProps) {
	const id = idParam || name
	const { describedBy, hintElement, errorElement } = hintAndError(id, describedByParam, hint, errorMessage)
	const selectAttributes = toReactAttributes(attributes)
	const options = (items ?? []).filter((item): item is SelectItem => Boolean(item))

	// React marks the selected options from the select's defaultValue rather than `selected` on each option
	const selectedValues = options
		.filter((item) => {
			const effectiveValue = item.value ?? item.text
			// Nunjucks compares loosely, so 1 matches '1'
			return item.selected || (Boolean(value) && String(effectiveValue) === String(value) && item.selected !== false)
		})
		.map((item) => String(item.value ?? item.text))
	// Without `multiple`, a browser selects the last option marked as selected
	const defaultValue = selectAttributes.multiple ? selectedValues : selectedValues.at(-1)

	return (
		<FormGroup hasError={Boolean(errorMessage)} formGroup={formGroup}>
			<FieldLabel label={label} id={id} />
			{hintElement}
			{errorElement}
			{additionContent(formGroup?.beforeInput)}
			<select
				{...selectAttributes}
				className={cx('govuk-select', classes, Boolean(errorMessage) && 'govuk-select--error')}
				id={id}
				name={name}
				{...defined({ disabled: disabled || undefined, 'aria-describedby': describedBy, defaultValue })}
			>
				{options.map((item, index) => (
					<option
						key={index}
						{...toReactAttributes(item.attributes)}
						{...defined({ value: item.value ?? undefined, disabled: item.disabled || undefined })}
					>
						{item.text}
					</option>
				))}
			</select>
			{additionContent(formGroup?.afterInput)}
		</FormGroup>
	)
}

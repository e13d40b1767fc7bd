import type { HTMLAttributes } from 'react'
import type { FieldsetProps } from './fieldset.tsx'
import {
	additionContent,
	type ErrorMessageOptions,
	FieldsetFormGroup,
	type GroupFormGroupOptions,
	type HintOptions,
	hintAndError,
} from './form-group.tsx'
import { Input } from './input.tsx'
import { type Attributes, cx, toReactAttributes } from './shared.ts'

export type DateInputItem = {
	/** Defaults to the component's `id`, a hyphen and the item's name. */
	id?: string
	name?: string
	/** Defaults to the name, capitalised. */
	label?: string
	value?: string | number
	/** Highlights this field alone when the component has an error message. */
	error?: boolean
	classes?: string
	inputmode?: string
	autocomplete?: string
	pattern?: string
	attributes?: Attributes
}

type DateValues = Record<string, string | number | null | undefined>

export type DateInputProps = {
	id: string
	/** Prefixes each field's name: `namePrefix-day`. */
	namePrefix?: string
	/** Replaces the day, month and year fields. */
	items?: DateInputItem[]
	/** `false` leaves the field out. */
	day?: DateInputItem | false
	month?: DateInputItem | false
	year?: DateInputItem | false
	/** Values by field name (`day`, or `namePrefix-day` with a prefix). */
	values?: DateValues
	hint?: HintOptions | null | false
	errorMessage?: ErrorMessageOptions | null | false
	formGroup?: GroupFormGroupOptions
	/** Wraps the fields in a fieldset (with the role `group`); the hint and error ids join its aria-describedby. */
	fieldset?: Omit<FieldsetProps, 'html' | 'children' | 'role'> | null | false
	classes?: string
	attributes?: Attributes
}

type DatePart = 'day' | 'month' | 'year'

function hasErrorClass(item: DateInputItem): boolean {
	return Boolean(item.classes?.includes('govuk-input--error'))
}

// Nunjucks' capitalize filter: the first letter upper case, the rest lower case.
function capitalise(text: string | undefined): string {
	if (!text) return ''
	return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()
}

export function DateInput({
	id,
	namePrefix,
	items,
	day,
	month,
	year,
	values,
	hint,
	errorMessage,
	formGroup,
	fieldset,
	classes,
	attributes,
}: DateInputProps) {
	const defaults: Record<DatePart, DateInputItem | false> = {
		day: day === undefined ? { name: 'day', value: values?.day ?? undefined, classes: 'govuk-input--width-2' } : day,
		month:
			month === undefined
				? { name: 'month', value: values?.month ?? undefined, classes: 'govuk-input--width-2' }
				: month,
		year:
			year === undefined ? { name: 'year', value: values?.year ?? undefined, classes: 'govuk-input--width-4' } : year,
	}
	const fields: Array<DateInputItem | false> =
		items && items.length > 0 ? items : [defaults.day, defaults.month, defaults.year]
	const anyItemHasError = fields.some((item) => item && (item.error || hasErrorClass(item)))
	const prefix = namePrefix ? `${namePrefix}-` : ''

	function dateItem(item: DateInputItem, index: number) {
		let itemName = item.name
		let itemValue = item.value
		let itemWidth = 2
		// An item stands for the day, month or year when it is that param or carries its name.
		const part = (['day', 'month', 'year'] as const).find((name) => {
			const standard = defaults[name]
			return (
				item === standard ||
				(Boolean(item.name) && (item.name === name || (standard !== false && item.name === standard.name)))
			)
		})
		if (part) {
			const standard = defaults[part]
			itemName = item.name ?? part
			itemValue = item.value ?? (standard === false ? undefined : standard.value)
			if (part === 'year') itemWidth = 4
		}
		const itemClasses = cx(
			!hasErrorClass(item) &&
				(item.error || hasErrorClass(item) || (item.error !== false && Boolean(errorMessage) && !anyItemHasError)) &&
				'govuk-input--error',
			!item.classes?.includes('govuk-input--width-') && `govuk-input--width-${itemWidth}`,
			item.classes,
		)
		return (
			<div className="govuk-date-input__item" key={index}>
				<Input
					label={{ text: item.label || capitalise(itemName), classes: 'govuk-date-input__label' }}
					id={item.id || `${id}-${itemName}`}
					classes={cx('govuk-date-input__input', itemClasses)}
					name={prefix + (itemName ?? '')}
					value={itemValue ?? values?.[prefix + itemName] ?? undefined}
					type="text"
					inputmode={(item.inputmode || 'numeric') as HTMLAttributes<HTMLInputElement>['inputMode']}
					autocomplete={item.autocomplete}
					pattern={item.pattern}
					attributes={item.attributes}
				/>
			</div>
		)
	}

	const { describedBy, hintElement, errorElement } = hintAndError(
		id,
		fieldset ? fieldset.describedBy : undefined,
		hint,
		errorMessage,
	)
	// The role makes JAWS read the hint of a fieldset of text inputs, as GOV.UK Frontend notes.
	return (
		<FieldsetFormGroup
			hasError={Boolean(errorMessage)}
			formGroup={formGroup}
			fieldset={fieldset}
			describedBy={describedBy}
			role="group"
		>
			{hintElement}
			{errorElement}
			<div {...toReactAttributes(attributes)} className={cx('govuk-date-input', classes)} {...(id ? { id } : {})}>
				{additionContent(formGroup?.beforeInputs)}
				{fields.map((item, index) => (item ? dateItem(item, index) : null))}
				{additionContent(formGroup?.afterInputs)}
			</div>
		</FieldsetFormGroup>
	)
}

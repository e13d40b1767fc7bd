import type { ReactNode } from 'react'
import { Fieldset, type FieldsetProps } from './fieldset.tsx'
import {
	additionContent,
	type ErrorMessageOptions,
	FormGroup,
	type FormGroupAddition,
	type FormGroupOptions,
	type HintOptions,
	hintAndError,
} from './form-group.tsx'
import { ChoiceItem } from './choice-item.tsx'
import { type Attributes, cx, defined, hasContent, toReactAttributes } from './shared.ts'

export type RadiosItem = {
	text?: string
	html?: string
	/** Defaults to `idPrefix`, then `idPrefix-2`, `idPrefix-3` and so on. */
	id?: string
	value?: string | number
	label?: { classes?: string; attributes?: Attributes }
	hint?: { text?: string; html?: string; classes?: string; attributes?: Attributes }
	/** Renders a divider (such as "or") instead of a radio. */
	divider?: string
	/** Initially checked (rendered as React's `defaultChecked`). */
	checked?: boolean
	/** Content revealed when the radio is checked. */
	conditional?: { html?: string; children?: ReactNode }
	disabled?: boolean
	attributes?: Attributes
}

export type RadiosProps = {
	/** Wraps the radios in a fieldset; the hint and error message ids are added to its aria-describedby. */
	fieldset?: Omit<FieldsetProps, 'html' | 'children'> | null | false
	hint?: HintOptions | null | false
	errorMessage?: ErrorMessageOptions | null | false
	formGroup?: FormGroupOptions & {
		beforeInputs?: FormGroupAddition
		afterInputs?: FormGroupAddition
	}
	/** Defaults to `name`. */
	idPrefix?: string
	name: string
	/** Falsy entries are skipped, so items can be added conditionally. */
	items: Array<RadiosItem | null | undefined | false>
	/** Checks the item with this value, unless that item has `checked: false`. */
	value?: string | number
	classes?: string
	attributes?: Attributes
}

export function Radios({
	fieldset,
	hint,
	errorMessage,
	formGroup,
	idPrefix: idPrefixParam,
	name,
	items,
	value,
	classes,
	attributes,
}: RadiosProps) {
	const idPrefix = idPrefixParam || name
	const { describedBy, hintElement, errorElement } = hintAndError(
		idPrefix,
		fieldset ? fieldset.describedBy : undefined,
		hint,
		errorMessage,
	)

	const radios = (
		<>
			{hintElement}
			{errorElement}
			<div {...toReactAttributes(attributes)} className={cx('govuk-radios', classes)} data-module="govuk-radios">
				{additionContent(formGroup?.beforeInputs)}
				{(items ?? []).map((item, index) => {
					if (!item) return null
					// The first id has no number suffix so the error summary can link to it
					const itemId = item.id || (index > 0 ? `${idPrefix}-${index + 1}` : idPrefix)
					if (item.divider) {
						return (
							<div key={index} className="govuk-radios__divider">
								{item.divider}
							</div>
						)
					}
					const conditionalId = `conditional-${itemId}`
					const hasConditional = hasContent(item.conditional)
					const isChecked =
						item.checked || (Boolean(value) && String(item.value) === String(value) && item.checked !== false)
					const hasHint = Boolean(item.hint && (item.hint.text || item.hint.html))
					const itemHintId = `${itemId}-item-hint`
					return (
						<RadioItem
							key={index}
							name={name}
							item={item}
							itemId={itemId}
							isChecked={Boolean(isChecked)}
							conditionalId={hasConditional ? conditionalId : undefined}
							hintId={hasHint ? itemHintId : undefined}
						/>
					)
				})}
				{additionContent(formGroup?.afterInputs)}
			</div>
		</>
	)

	return (
		<FormGroup hasError={Boolean(errorMessage)} formGroup={formGroup}>
			{fieldset ? (
				<Fieldset
					describedBy={describedBy}
					classes={fieldset.classes}
					attributes={fieldset.attributes}
					legend={fieldset.legend}
					role={fieldset.role}
				>
					{radios}
				</Fieldset>
			) : (
				radios
			)}
		</FormGroup>
	)
}

function RadioItem({
	name,
	item,
	itemId,
	isChecked,
	conditionalId,
	hintId,
}: {
	name: string
	item: RadiosItem
	itemId: string
	isChecked: boolean
	conditionalId: string | undefined
	hintId: string | undefined
}) {
	return (
		<ChoiceItem
			{...{ kind: 'radios', item, itemId, hintId, conditionalId, isChecked }}
			input={
				<input
					{...toReactAttributes(item.attributes)}
					className="govuk-radios__input"
					id={itemId}
					name={name}
					type="radio"
					value={item.value ?? ''}
					{...defined({
						defaultChecked: isChecked || undefined,
						disabled: item.disabled || undefined,
						'data-aria-controls': conditionalId,
						'aria-describedby': hintId,
					})}
				/>
			}
		/>
	)
}

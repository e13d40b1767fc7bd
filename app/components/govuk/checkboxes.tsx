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

export type CheckboxesItem = {
	text?: string
	html?: string
	/** Defaults to `idPrefix`, then `idPrefix-2`, `idPrefix-3` and so on. */
	id?: string
	/** Defaults to the checkboxes' `name`. */
	name?: string
	value?: string | number
	label?: { classes?: string; attributes?: Attributes }
	hint?: { text?: string; html?: string; classes?: string; attributes?: Attributes }
	/** Renders a divider (such as "or") instead of a checkbox. */
	divider?: string
	/** Initially checked (rendered as React's `defaultChecked`). */
	checked?: boolean
	/** Content revealed when the checkbox is checked. */
	conditional?: { html?: string; children?: ReactNode }
	/** `exclusive` unchecks the other checkboxes when this one is checked (with GOV.UK Frontend's JavaScript). */
	behaviour?: 'exclusive'
	disabled?: boolean
	attributes?: Attributes
}

export type CheckboxesProps = {
	describedBy?: string
	/** Wraps the checkboxes in a fieldset; the hint and error message ids are added to its aria-describedby. */
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
	items: Array<CheckboxesItem | null | undefined | false>
	/** Checks the items with these values, unless an item has `checked: false`. */
	values?: Array<string | number>
	classes?: string
	attributes?: Attributes
}

export function Checkboxes({
	describedBy: describedByParam,
	fieldset,
	hint,
	errorMessage,
	formGroup,
	idPrefix: idPrefixParam,
	name,
	items,
	values,
	classes,
	attributes,
}: CheckboxesProps) {
	const idPrefix = idPrefixParam || name
	const hasFieldset = Boolean(fieldset)
	const { describedBy, hintElement, errorElement } = hintAndError(
		idPrefix,
		(fieldset && fieldset.describedBy) || describedByParam,
		hint,
		errorMessage,
	)
	const checkedValues = (values ?? []).map(String)

	const checkboxes = (
		<>
			{hintElement}
			{errorElement}
			<div
				{...toReactAttributes(attributes)}
				className={cx('govuk-checkboxes', classes)}
				data-module="govuk-checkboxes"
			>
				{additionContent(formGroup?.beforeInputs)}
				{(items ?? []).map((item, index) => {
					if (!item) return null
					// The first id has no number suffix so the error summary can link to it
					const itemId = item.id || (index > 0 ? `${idPrefix}-${index + 1}` : idPrefix)
					if (item.divider) {
						return (
							<div key={index} className="govuk-checkboxes__divider">
								{item.divider}
							</div>
						)
					}
					const isChecked =
						item.checked ||
						(values !== undefined && checkedValues.includes(String(item.value)) && item.checked !== false)
					const hasHint = Boolean(item.hint && (item.hint.text || item.hint.html))
					const itemHintId = hasHint ? `${itemId}-item-hint` : ''
					// With a fieldset, the fieldset carries the group's hint and error message
					const itemDescribedBy = `${hasFieldset ? '' : (describedBy ?? '')} ${itemHintId}`.trim()
					return (
						<CheckboxItem
							key={index}
							name={item.name || name}
							item={item}
							itemId={itemId}
							isChecked={Boolean(isChecked)}
							conditionalId={hasContent(item.conditional) ? `conditional-${itemId}` : undefined}
							hintId={itemHintId || undefined}
							describedBy={itemDescribedBy || undefined}
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
					{checkboxes}
				</Fieldset>
			) : (
				checkboxes
			)}
		</FormGroup>
	)
}

function CheckboxItem({
	name,
	item,
	itemId,
	isChecked,
	conditionalId,
	hintId,
	describedBy,
}: {
	name: string
	item: CheckboxesItem
	itemId: string
	isChecked: boolean
	conditionalId: string | undefined
	hintId: string | undefined
	describedBy: string | undefined
}) {
	return (
		<ChoiceItem
			{...{ kind: 'checkboxes', item, itemId, hintId, conditionalId, isChecked }}
			input={
				<input
					{...toReactAttributes(item.attributes)}
					className="govuk-checkboxes__input"
					id={itemId}
					name={name}
					type="checkbox"
					value={item.value ?? ''}
					{...defined({
						defaultChecked: isChecked || undefined,
						disabled: item.disabled || undefined,
						'data-aria-controls': conditionalId,
						'data-behaviour': item.behaviour || undefined,
						'aria-describedby': describedBy,
					})}
				/>
			}
		/>
	)
}

import type { HTMLAttributes, ReactNode } from 'react'
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
import { type Attributes, type Content, cx, defined, hasContent, inner, toReactAttributes } from './shared.ts'

export type InputAffix = Content & {
	classes?: string
	attributes?: Attributes
}

export type InputProps = {
	/** Defaults to `name`. */
	id?: string
	name: string
	/** Defaults to `text`. */
	type?: string
	inputmode?: HTMLAttributes<HTMLInputElement>['inputMode']
	/** The initial value (rendered as React's `defaultValue`, so the input stays uncontrolled). */
	value?: string | number
	disabled?: boolean
	describedBy?: string
	label: LabelOptions
	hint?: HintOptions | null | false
	errorMessage?: ErrorMessageOptions | null | false
	prefix?: InputAffix
	suffix?: InputAffix
	formGroup?: FormGroupOptions & {
		beforeInput?: FormGroupAddition
		afterInput?: FormGroupAddition
	}
	classes?: string
	autocomplete?: string
	pattern?: string
	spellcheck?: boolean
	autocapitalize?: string
	inputWrapper?: {
		classes?: string
		attributes?: Attributes
	}
	attributes?: Attributes
}

function Affix({ affix, type }: { affix: InputAffix; type: 'prefix' | 'suffix' }) {
	return (
		<div
			{...toReactAttributes(affix.attributes)}
			className={cx(`govuk-input__${type}`, affix.classes)}
			aria-hidden="true"
			{...inner(affix)}
		/>
	)
}

export function Input({
	id: idParam,
	name,
	type,
	inputmode,
	value,
	disabled,
	describedBy: describedByParam,
	label,
	hint,
	errorMessage,
	prefix,
	suffix,
	formGroup,
	classes,
	autocomplete,
	pattern,
	spellcheck,
	autocapitalize,
	inputWrapper,
	attributes,
}: InputProps) {
	const id = idParam || name
	const { describedBy, hintElement, errorElement } = hintAndError(id, describedByParam, hint, errorMessage)
	const hasPrefix = hasContent(prefix)
	const hasSuffix = hasContent(suffix)
	const before: ReactNode = additionContent(formGroup?.beforeInput)
	const after: ReactNode = additionContent(formGroup?.afterInput)

	const input = (
		<input
			{...toReactAttributes(attributes)}
			className={cx('govuk-input', classes, Boolean(errorMessage) && 'govuk-input--error')}
			id={id}
			name={name}
			type={type || 'text'}
			{...defined({
				spellCheck: spellcheck,
				defaultValue: value ?? undefined,
				disabled: disabled || undefined,
				'aria-describedby': describedBy,
				autoComplete: autocomplete || undefined,
				autoCapitalize: autocapitalize || undefined,
				pattern: pattern || undefined,
				inputMode: inputmode || undefined,
			})}
		/>
	)

	return (
		<FormGroup hasError={Boolean(errorMessage)} formGroup={formGroup}>
			<FieldLabel label={label} id={id} />
			{hintElement}
			{errorElement}
			{hasPrefix || hasSuffix || before || after ? (
				<div
					{...toReactAttributes(inputWrapper?.attributes)}
					className={cx('govuk-input__wrapper', inputWrapper?.classes)}
				>
					{before}
					{prefix && hasPrefix ? <Affix affix={prefix} type="prefix" /> : null}
					{input}
					{suffix && hasSuffix ? <Affix affix={suffix} type="suffix" /> : null}
					{after}
				</div>
			) : (
				input
			)}
		</FormGroup>
	)
}

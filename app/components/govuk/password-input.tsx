import { Button } from './button.tsx'
import type {
	ErrorMessageOptions,
	FormGroupAddition,
	FormGroupOptions,
	HintOptions,
	LabelOptions,
} from './form-group.tsx'
import { Input } from './input.tsx'
import { type Attributes, cx } from './shared.ts'

export type PasswordInputProps = {
	/** Defaults to `name`. */
	id?: string
	name: string
	/** The initial value (rendered as React's `defaultValue`). */
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
	/** Defaults to `current-password`; use `new-password` when setting a password. */
	autocomplete?: string
	attributes?: Attributes
	/** Button text; defaults to "Show". */
	showPasswordText?: string
	hidePasswordText?: string
	/** Defaults to "Show password". */
	showPasswordAriaLabelText?: string
	hidePasswordAriaLabelText?: string
	passwordShownAnnouncementText?: string
	passwordHiddenAnnouncementText?: string
	button?: { classes?: string }
}

export function PasswordInput({
	id: idParam,
	name,
	value,
	disabled,
	describedBy,
	label,
	hint,
	errorMessage,
	formGroup,
	classes,
	autocomplete,
	attributes,
	showPasswordText,
	hidePasswordText,
	showPasswordAriaLabelText,
	hidePasswordAriaLabelText,
	passwordShownAnnouncementText,
	passwordHiddenAnnouncementText,
	button,
}: PasswordInputProps) {
	const id = idParam || name
	// Translations for GOV.UK Frontend's JavaScript, which swaps the button text and announces changes
	const messages: Record<string, string | undefined> = {
		'show-password': showPasswordText,
		'hide-password': hidePasswordText,
		'show-password-aria-label': showPasswordAriaLabelText,
		'hide-password-aria-label': hidePasswordAriaLabelText,
		'password-shown-announcement': passwordShownAnnouncementText,
		'password-hidden-announcement': passwordHiddenAnnouncementText,
	}
	const formGroupAttributes: Attributes = { 'data-module': 'govuk-password-input' }
	for (const [key, message] of Object.entries(messages)) {
		if (message) formGroupAttributes[`data-i18n.${key}`] = message
	}
	Object.assign(formGroupAttributes, formGroup?.attributes)

	const afterInput = formGroup?.afterInput
	return (
		<Input
			formGroup={{
				classes: cx('govuk-password-input', formGroup?.classes),
				attributes: formGroupAttributes,
				beforeInput: formGroup?.beforeInput,
				afterInput: {
					children: (
						<>
							<Button
								type="button"
								classes={cx(
									'govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle',
									button?.classes,
								)}
								text={showPasswordText ?? 'Show'}
								attributes={{
									'aria-controls': id,
									'aria-label': showPasswordAriaLabelText ?? 'Show password',
									hidden: { value: true, optional: true },
								}}
							/>
							{afterInput ? (afterInput.children ?? afterInput.text) : null}
						</>
					),
				},
			}}
			inputWrapper={{ classes: 'govuk-password-input__wrapper' }}
			label={label}
			hint={hint}
			classes={cx('govuk-password-input__input govuk-js-password-input-input', classes)}
			errorMessage={errorMessage}
			id={id}
			name={name}
			type="password"
			spellcheck={false}
			autocapitalize="none"
			autocomplete={autocomplete || 'current-password'}
			value={value}
			disabled={disabled}
			describedBy={describedBy}
			attributes={attributes}
		/>
	)
}

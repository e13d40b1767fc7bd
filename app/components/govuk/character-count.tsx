import { additionContent } from './form-group.tsx'
import { Hint } from './hint.tsx'
import { type Attributes, cx, i18nAttributes, type Translation } from './shared.ts'
import { Textarea, type TextareaProps } from './textarea.tsx'

/** The textarea's options; the character count adds its limit and messages. */
export type CharacterCountProps = Pick<
	TextareaProps,
	| 'id'
	| 'name'
	| 'rows'
	| 'value'
	| 'label'
	| 'hint'
	| 'errorMessage'
	| 'formGroup'
	| 'classes'
	| 'attributes'
	| 'spellcheck'
> & {
	/** The most characters, or words when `countType` is `words`. */
	maxlength?: string | number
	/** The most words (GOV.UK Frontend prefers `maxlength` with `countType: 'words'`). */
	maxwords?: string | number
	/** The percentage of the limit from which the count is shown. */
	threshold?: string | number
	/** Defaults to `length` (UTF-16 code units); `characters` counts what a reader sees as one character. */
	countType?: 'length' | 'characters' | 'words'
	countMessage?: { classes?: string }
	/** Says what the limit is; `%{count}` stands for it. Defaults to "You can enter up to %{count} characters" (or words). */
	textareaDescriptionText?: string
	charactersUnderLimitText?: Translation
	charactersAtLimitText?: string
	charactersOverLimitText?: Translation
	wordsUnderLimitText?: Translation
	wordsAtLimitText?: string
	wordsOverLimitText?: Translation
}

// GOV.UK Frontend's JavaScript writes the limit with thousands separators; without JavaScript,
// "5,000" reads the same.
function formatLimit(limit: string | number): string {
	const number = Number(limit)
	return Number.isFinite(number) ? number.toLocaleString('en-GB') : String(limit)
}

/**
 * A textarea that says how much may be written. Without JavaScript it is a textarea and the
 * description "You can enter up to N characters"; GOV.UK Frontend's JavaScript
 * (`data-module="govuk-character-count"`) turns the description into a live count.
 */
export function CharacterCount({
	maxlength,
	maxwords,
	threshold,
	countType: countTypeParam,
	countMessage,
	textareaDescriptionText,
	charactersUnderLimitText,
	charactersAtLimitText,
	charactersOverLimitText,
	wordsUnderLimitText,
	wordsAtLimitText,
	wordsOverLimitText,
	formGroup,
	classes,
	...textarea
}: CharacterCountProps) {
	const id = textarea.id || textarea.name
	const countType = countTypeParam || (maxwords ? 'words' : undefined)
	const limit = maxwords || maxlength
	const description =
		textareaDescriptionText || `You can enter up to %{count} ${countType === 'words' ? 'words' : 'characters'}`
	const formGroupAttributes: Attributes = {
		'data-module': 'govuk-character-count',
		'data-maxlength': { value: maxlength, optional: true },
		'data-maxwords': { value: maxwords, optional: true },
		'data-threshold': { value: threshold, optional: true },
		'data-count-type': { value: countType, optional: true },
		// Without a limit the description can only be written once the JavaScript is given one.
		...(limit
			? {}
			: i18nAttributes('textarea-description', textareaDescriptionText && { other: textareaDescriptionText })),
		...i18nAttributes('characters-under-limit', charactersUnderLimitText),
		...i18nAttributes('characters-at-limit', charactersAtLimitText),
		...i18nAttributes('characters-over-limit', charactersOverLimitText),
		...i18nAttributes('words-under-limit', wordsUnderLimitText),
		...i18nAttributes('words-at-limit', wordsAtLimitText),
		...i18nAttributes('words-over-limit', wordsOverLimitText),
		...formGroup?.attributes,
	}
	return (
		<Textarea
			{...textarea}
			id={id}
			describedBy={`${id}-info`}
			formGroup={{
				classes: cx('govuk-character-count', formGroup?.classes),
				attributes: formGroupAttributes,
				beforeInput: formGroup?.beforeInput,
				afterInput: {
					children: (
						<>
							<Hint
								text={limit ? description.replaceAll('%{count}', formatLimit(limit)) : undefined}
								id={`${id}-info`}
								classes={cx('govuk-character-count__message', countMessage?.classes)}
							/>
							{additionContent(formGroup?.afterInput)}
						</>
					),
				},
			}}
			classes={cx('govuk-js-character-count', classes)}
		/>
	)
}

import { additionContent, FieldLabel, FormGroup, hintAndError } from './form-group.tsx'
import type { InputProps } from './input.tsx'
import { type Attributes, cx, defined, i18nAttributes, toReactAttributes, type Translation } from './shared.ts'

/** An input's options, less its value and text settings; the file upload adds its own. */
export type FileUploadProps = Pick<
	InputProps,
	'id' | 'name' | 'disabled' | 'describedBy' | 'label' | 'hint' | 'errorMessage' | 'formGroup' | 'classes'
> & {
	multiple?: boolean
	/** Wraps the input for GOV.UK Frontend's JavaScript, which turns it into a drop zone with a button. */
	javascript?: boolean
	chooseFilesButtonText?: string
	dropInstructionText?: string
	/** `%{count}` stands for the number of files. */
	multipleFilesChosenText?: Translation
	noFileChosenText?: string
	enteredDropZoneText?: string
	leftDropZoneText?: string
	/** Such as `accept`, to say which files to offer. */
	attributes?: Attributes
	wrapperClasses?: string
	wrapperAttributes?: Attributes
}

/** A file input. A browser never shows a chosen file again, so it takes no value. */
export function FileUpload({
	id: idParam,
	name,
	disabled,
	multiple,
	describedBy: describedByParam,
	label,
	hint,
	errorMessage,
	formGroup,
	javascript,
	chooseFilesButtonText,
	dropInstructionText,
	multipleFilesChosenText,
	noFileChosenText,
	enteredDropZoneText,
	leftDropZoneText,
	classes,
	attributes,
	wrapperClasses,
	wrapperAttributes,
}: FileUploadProps) {
	const id = idParam || name
	const { describedBy, hintElement, errorElement } = hintAndError(id, describedByParam, hint, errorMessage)
	const input = (
		<input
			{...toReactAttributes(attributes)}
			className={cx('govuk-file-upload', classes, Boolean(errorMessage) && 'govuk-file-upload--error')}
			id={id}
			name={name}
			type="file"
			{...defined({
				disabled: disabled || undefined,
				multiple: multiple || undefined,
				'aria-describedby': describedBy,
			})}
		/>
	)
	return (
		<FormGroup hasError={Boolean(errorMessage)} formGroup={formGroup}>
			<FieldLabel label={label} id={id} />
			{hintElement}
			{errorElement}
			{additionContent(formGroup?.beforeInput)}
			{javascript ? (
				<div
					{...toReactAttributes({
						...i18nAttributes('choose-files-button', chooseFilesButtonText),
						...i18nAttributes('no-file-chosen', noFileChosenText),
						...i18nAttributes('multiple-files-chosen', multipleFilesChosenText),
						...i18nAttributes('drop-instruction', dropInstructionText),
						...i18nAttributes('entered-drop-zone', enteredDropZoneText),
						...i18nAttributes('left-drop-zone', leftDropZoneText),
						...wrapperAttributes,
					})}
					className={cx('govuk-file-upload-wrapper', wrapperClasses)}
					data-module="govuk-file-upload"
				>
					{input}
				</div>
			) : (
				input
			)}
			{additionContent(formGroup?.afterInput)}
		</FormGroup>
	)
}

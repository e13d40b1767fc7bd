import { useEffect, useRef } from 'react'
import { ErrorSummary } from './govuk/error-summary.tsx'

export type FieldWithErrors = { id: string; errors?: string[] | undefined }

export type SummaryError = { text: string; href: string }

/** Every error of a form, in the order its fields appear; form-level errors link to `formErrorTarget`. */
export function collectErrors(
	fields: FieldWithErrors[],
	formErrors: string[] | undefined,
	formErrorTarget: string,
): SummaryError[] {
	const list: SummaryError[] = (formErrors ?? []).map((text) => ({ text, href: `#${formErrorTarget}` }))
	for (const field of fields) {
		const first = field.errors?.[0]
		if (first) list.push({ text: first, href: `#${field.id}` })
	}
	return list
}

/**
 * A link in the summary moves focus to its field, showing the field's legend or label, as
 * GOV.UK Frontend's error summary does, instead of changing the address: that would be a
 * navigation, which clears the errors a page keeps in its action data.
 */
function focusLinkedField(event: MouseEvent) {
	const link = event.target instanceof Element ? event.target.closest('a') : null
	const href = link?.getAttribute('href')
	if (!href?.startsWith('#')) return
	const field = document.getElementById(decodeURIComponent(href.slice(1)))
	if (!field) return
	event.preventDefault()
	const legend = field.closest('fieldset')?.querySelector('legend')
	const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`)
	;(legend ?? label ?? field).scrollIntoView()
	field.focus({ preventScroll: true })
}

/**
 * The GOV.UK error summary. When it appears after a submission handled without a full
 * page load, focus moves to it so screen reader users hear what went wrong.
 */
export function FormErrorSummary({ errors, descriptionText }: { errors: SummaryError[]; descriptionText?: string }) {
	const wrapper = useRef<HTMLDivElement>(null)
	const key = errors.map((error) => error.text).join('|')
	useEffect(() => {
		if (key) wrapper.current?.querySelector<HTMLElement>('.govuk-error-summary')?.focus()
	}, [key])
	useEffect(() => {
		const element = wrapper.current
		element?.addEventListener('click', focusLinkedField)
		return () => element?.removeEventListener('click', focusLinkedField)
	}, [key])
	if (errors.length === 0) return null
	return (
		<div ref={wrapper}>
			<ErrorSummary titleText="There is a problem" descriptionText={descriptionText} errorList={errors} attributes={{ tabindex: '-1' }} />
		</div>
	)
}

export function firstError(field: { errors?: string[] | undefined }) {
	const text = field.errors?.[0]
	return text ? { text } : undefined
}

import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useLocation } from 'react-router'
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

// Forms sent in this tab, counted from the moment each is sent, before any handler can stop
// it. The count lives outside React because a summary is often only mounted once the errors
// it shows exist, after the sending.
let formsSent = 0
const formSentListeners = new Set<() => void>()
if (typeof document !== 'undefined') {
	document.addEventListener(
		'submit',
		() => {
			formsSent += 1
			for (const listener of formSentListeners) listener()
		},
		true,
	)
}

function subscribeToFormsSent(listener: () => void) {
	formSentListeners.add(listener)
	return () => {
		formSentListeners.delete(listener)
	}
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
 * What the error summary last took focus for: a page arriving (its location) or a form being
 * sent. Kept outside the component so a summary that mounts again while the person corrects a
 * field (client-side validation) does not pull focus away from what they are typing.
 */
const lastFocusedFor = { location: '', formsSent: -1 }

/**
 * The GOV.UK error summary: first in the page's main content, with "Error: " in the page title
 * (`DocumentTitle`), and focused so that screen reader users hear what went wrong. On a full page
 * load GOV.UK Frontend's JavaScript focuses it; after a page change or a submission answered
 * without one (including one stopped by client-side validation), this does, each time, even when
 * the errors are the same as before.
 */
export function FormErrorSummary({
	errors,
	titleText = 'There is a problem',
	descriptionText,
}: {
	errors: SummaryError[]
	titleText?: string
	descriptionText?: string
}) {
	const wrapper = useRef<HTMLDivElement>(null)
	const location = useLocation().key
	const sent = useSyncExternalStore(
		subscribeToFormsSent,
		() => formsSent,
		() => 0,
	)
	const showing = errors.length > 0
	useEffect(() => {
		if (!showing || (lastFocusedFor.location === location && lastFocusedFor.formsSent === sent)) return
		lastFocusedFor.location = location
		lastFocusedFor.formsSent = sent
		wrapper.current?.querySelector<HTMLElement>('.govuk-error-summary')?.focus()
	})
	useEffect(() => {
		const element = wrapper.current
		element?.addEventListener('click', focusLinkedField)
		return () => element?.removeEventListener('click', focusLinkedField)
	}, [showing])
	if (!showing) return null
	return (
		<div ref={wrapper}>
			<ErrorSummary
				titleText={titleText}
				descriptionText={descriptionText}
				errorList={errors}
				attributes={{ tabindex: '-1' }}
			/>
		</div>
	)
}

export function firstError(field: { errors?: string[] | undefined }) {
	const text = field.errors?.[0]
	return text ? { text } : undefined
}

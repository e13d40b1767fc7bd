// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { Form, createRoutesStub, useActionData } from 'react-router'
import { afterEach, expect, test } from 'vitest'
import { FormErrorSummary, type SummaryError } from './form-error-summary.tsx'

afterEach(cleanup)

const nameRequired: SummaryError[] = [{ text: 'Enter a name', href: '#name' }]
const nameTaken: SummaryError[] = [{ text: 'That name is already taken', href: '#name' }]

/** A form only the server checks, which refuses every name: its summary stays up between sendings. */
function ServerCheckedForm() {
	const errors = useActionData<{ errors: SummaryError[] }>()?.errors ?? []
	return (
		<main>
			<FormErrorSummary errors={errors} />
			<Form method="post">
				<label htmlFor="name">Name</label>
				<input id="name" name="name" />
				<button>Save</button>
			</Form>
		</main>
	)
}

/**
 * A form checked in the browser too (a name is required; once sent, checked again as it is
 * typed). As with Conform, a sending that passes the browser's check clears the errors shown
 * until the server answers, and the summary is only mounted while there are errors.
 */
function BrowserCheckedForm() {
	const answer = useActionData<{ errors: SummaryError[] }>()
	const [browserCheck, setBrowserCheck] = useState<{ answer: typeof answer; errors: SummaryError[] } | null>(null)
	const errors = browserCheck && browserCheck.answer === answer ? browserCheck.errors : (answer?.errors ?? [])
	const check = (name: string) => setBrowserCheck({ answer, errors: name.trim() ? [] : nameRequired })
	return (
		<main>
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : null}
			<Form
				method="post"
				onSubmit={(event) => {
					const name = String(new FormData(event.currentTarget).get('name') ?? '')
					check(name)
					if (!name.trim()) event.preventDefault()
				}}
			>
				<label htmlFor="name">Name</label>
				<input id="name" name="name" onChange={(event) => browserCheck !== null && check(event.target.value)} />
				<button>Save</button>
			</Form>
		</main>
	)
}

function renderForm(Component: () => React.ReactNode) {
	const Stub = createRoutesStub([{ path: '/', Component, action: () => ({ errors: nameTaken }) }])
	render(<Stub />)
	return { name: screen.getByLabelText('Name'), save: screen.getByRole('button', { name: 'Save' }) }
}

function summary() {
	return document.querySelector('.govuk-error-summary')
}

async function expectSummaryFocused() {
	await waitFor(() => expect(document.activeElement).toBe(summary()))
}

test('the summary takes focus after every refused submission, even when it lists the same errors again', async () => {
	const { save } = renderForm(ServerCheckedForm)
	fireEvent.click(save)
	await screen.findByText('That name is already taken')
	await expectSummaryFocused()

	save.focus()
	fireEvent.click(save)
	await expectSummaryFocused()
	expect(summary()?.textContent).toContain('That name is already taken')
})

test('a summary cleared by the browser’s check takes focus again when the server refuses', async () => {
	const { name, save } = renderForm(BrowserCheckedForm)
	fireEvent.change(name, { target: { value: 'Brightstart' } })
	fireEvent.click(save)
	await screen.findByText('That name is already taken')
	await expectSummaryFocused()

	save.focus()
	fireEvent.click(save)
	await waitFor(() => expect(summary()).toBeNull())
	await screen.findByText('That name is already taken')
	await expectSummaryFocused()
})

test('errors found in the browser focus the summary each time it is sent, but not while a field is corrected', async () => {
	const { name, save } = renderForm(BrowserCheckedForm)
	fireEvent.click(save)
	await screen.findByText('Enter a name')
	await expectSummaryFocused()

	// Typing clears the error and the summary goes; emptying the field brings both back.
	name.focus()
	fireEvent.change(name, { target: { value: 'B' } })
	expect(summary()).toBeNull()
	fireEvent.change(name, { target: { value: '' } })
	expect(summary()?.textContent).toContain('Enter a name')
	expect(document.activeElement).toBe(name)

	fireEvent.click(save)
	await expectSummaryFocused()

	// Sent again unchanged: the same errors, and focus goes back to them.
	save.focus()
	fireEvent.click(save)
	await expectSummaryFocused()
})

test('the summary is the GOV.UK one, focusable from script and announced', () => {
	const Stub = createRoutesStub([
		{ path: '/', Component: () => <FormErrorSummary errors={nameRequired} descriptionText="Nothing was saved." /> },
	])
	render(<Stub />)
	const element = summary()
	expect(element?.getAttribute('tabindex')).toBe('-1')
	expect(element?.getAttribute('data-module')).toBe('govuk-error-summary')
	expect(screen.getByRole('alert').textContent).toContain('There is a problem')
	expect(screen.getByRole('link', { name: 'Enter a name' }).getAttribute('href')).toBe('#name')
	expect(screen.getByText('Nothing was saved.')).toBeTruthy()
})

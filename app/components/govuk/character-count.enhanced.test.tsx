// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { initAll } from 'govuk-frontend'
import { afterEach, expect, test } from 'vitest'
import { CharacterCount } from './character-count.tsx'

afterEach(cleanup)

test('GOV.UK Frontend’s JavaScript, started as the layout starts it, counts what is typed against the limit', () => {
	document.body.classList.add('govuk-frontend-supported')
	render(<CharacterCount name="statement" maxlength={10} value="Hi" label={{ text: 'Method statement' }} />)
	const failures: unknown[] = []
	initAll({ onError: (error: unknown) => failures.push(error) })
	expect(failures).toEqual([])

	const textarea = screen.getByLabelText('Method statement')
	const count = () => document.querySelector('.govuk-character-count__status')
	expect(count()?.textContent).toBe('You have 8 characters remaining')
	fireEvent.input(textarea, { target: { value: 'Twelve chars' } })
	expect(count()?.textContent).toBe('You have 2 characters too many')
	expect(count()?.classList.contains('govuk-error-message')).toBe(true)
	expect(textarea.classList.contains('govuk-textarea--error')).toBe(true)
	// The description stays for screen readers, which hear the count through a live region.
	const description = document.getElementById('statement-info')
	expect(description?.textContent).toBe('You can enter up to 10 characters')
	expect(description?.classList.contains('govuk-visually-hidden')).toBe(true)
})

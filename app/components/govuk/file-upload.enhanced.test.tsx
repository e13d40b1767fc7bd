// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { initAll } from 'govuk-frontend'
import { afterEach, expect, test } from 'vitest'
import { FileUpload } from './file-upload.tsx'

afterEach(cleanup)

test('GOV.UK Frontend’s JavaScript, started as the layout starts it, makes the enhanced upload a drop zone with a button', () => {
	document.body.classList.add('govuk-frontend-supported')
	render(
		<FileUpload
			name="evidence"
			javascript
			label={{ text: 'Add a file' }}
			hint={{ text: 'PDF or CSV, up to 10 MB' }}
			errorMessage={{ text: 'Choose a file' }}
		/>,
	)
	const failures: unknown[] = []
	initAll({ onError: (error: unknown) => failures.push(error) })
	expect(failures).toEqual([])

	// The button takes the field's id, so the label and an error summary's link still lead to it.
	const button = screen.getByRole('button')
	expect(button.id).toBe('evidence')
	expect(button.getAttribute('aria-describedby')).toBe('evidence-hint evidence-error')
	expect(button.textContent).toContain('Choose file')
	expect(button.textContent).toContain('or drop file')
	const input = document.querySelector('input[type="file"]')
	expect(input?.id).toBe('evidence-input')
	expect(input?.hasAttribute('hidden')).toBe(true)
	expect(input?.getAttribute('name')).toBe('evidence')
})

test('without `javascript` the script leaves the plain file input as it is', () => {
	document.body.classList.add('govuk-frontend-supported')
	render(<FileUpload name="evidence" label={{ text: 'Add a file' }} />)
	initAll({ onError: () => {} })
	expect(screen.queryByRole('button')).toBeNull()
	expect(screen.getByLabelText('Add a file').getAttribute('type')).toBe('file')
})

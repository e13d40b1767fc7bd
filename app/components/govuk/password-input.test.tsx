import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { PasswordInput, type PasswordInputProps } from './password-input.tsx'

describe('PasswordInput', () => {
	it.each(fixtureCases<PasswordInputProps>('password-input'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<PasswordInput {...options} />))).toBe(normaliseHtml(html))
	})
})

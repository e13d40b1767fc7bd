import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { ErrorMessage, type ErrorMessageProps } from './error-message.tsx'

describe('ErrorMessage', () => {
	it.each(fixtureCases<ErrorMessageProps>('error-message'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<ErrorMessage {...options} />))).toBe(normaliseHtml(html))
	})
})

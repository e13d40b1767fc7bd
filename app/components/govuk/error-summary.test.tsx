import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { ErrorSummary, type ErrorSummaryProps } from './error-summary.tsx'

describe('ErrorSummary', () => {
	it.each(fixtureCases<ErrorSummaryProps>('error-summary'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<ErrorSummary {...options} />))).toBe(normaliseHtml(html))
	})

	it('lists errors given as text and href', () => {
		const html = renderToStaticMarkup(
			<ErrorSummary titleText="There is a problem" errorList={[{ text: 'Enter your email', href: '#email' }]} />,
		)
		expect(html).toContain('<li><a href="#email">Enter your email</a></li>')
		expect(html).not.toContain('tabindex')
	})
})

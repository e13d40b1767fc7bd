import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Input, type InputProps } from './input.tsx'

describe('Input', () => {
	it.each(fixtureCases<InputProps>('input'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Input {...options} />))).toBe(normaliseHtml(html))
	})

	it('renders value as an uncontrolled default value', () => {
		const html = renderToStaticMarkup(
			<Input label={{ text: 'Email' }} name="email" type="email" value="a@example.com" />,
		)
		expect(html).toContain('value="a@example.com"')
	})
})

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Radios, type RadiosProps } from './radios.tsx'

describe('Radios', () => {
	it.each(fixtureCases<RadiosProps>('radios'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Radios {...options} />))).toBe(normaliseHtml(html))
	})

	it('checks the item matching value and takes React conditional content', () => {
		const html = renderToStaticMarkup(
			<Radios
				name="contact"
				value="email"
				items={[
					{ value: 'email', text: 'Email', conditional: { children: <p>Email field</p> } },
					{ value: 'phone', text: 'Phone' },
				]}
			/>,
		)
		expect(html).toMatch(/<input [^>]*id="contact" [^>]*checked=""/)
		expect(html).not.toMatch(/<input [^>]*id="contact-2" [^>]*checked/)
		expect(html).toContain('<div class="govuk-radios__conditional" id="conditional-contact"><p>Email field</p></div>')
	})
})

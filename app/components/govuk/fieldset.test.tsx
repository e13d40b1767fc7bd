import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Fieldset, type FieldsetProps } from './fieldset.tsx'

describe('Fieldset', () => {
	it.each(fixtureCases<FieldsetProps>('fieldset'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Fieldset {...options} />))).toBe(normaliseHtml(html))
	})

	it('puts React children after the legend', () => {
		const html = renderToStaticMarkup(
			<Fieldset legend={{ text: 'Address', isPageHeading: true }} describedBy="address-hint">
				<p>Fields</p>
			</Fieldset>,
		)
		expect(normaliseHtml(html)).toBe(
			normaliseHtml(
				'<fieldset class="govuk-fieldset" aria-describedby="address-hint"><legend class="govuk-fieldset__legend"><h1 class="govuk-fieldset__heading">Address</h1></legend><p>Fields</p></fieldset>',
			),
		)
	})
})

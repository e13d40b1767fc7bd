import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Details, type DetailsProps } from './details.tsx'

describe('Details', () => {
	it.each(fixtureCases<DetailsProps>('details'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Details {...options} />))).toBe(normaliseHtml(html))
	})

	it('takes React children as its content', () => {
		const html = renderToStaticMarkup(
			<Details summaryText="Help" open>
				<p>Call us</p>
			</Details>,
		)
		expect(html).toContain('<div class="govuk-details__text"><p>Call us</p></div>')
		expect(html).toMatch(/^<details class="govuk-details" open="">/)
	})
})

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { InsetText, type InsetTextProps } from './inset-text.tsx'

describe('InsetText', () => {
	it.each(fixtureCases<InsetTextProps>('inset-text'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<InsetText {...options} />))).toBe(normaliseHtml(html))
	})

	it('takes React children as its content', () => {
		expect(
			renderToStaticMarkup(
				<InsetText>
					It can take <strong>8 weeks</strong>.
				</InsetText>,
			),
		).toBe('<div class="govuk-inset-text">It can take <strong>8 weeks</strong>.</div>')
	})
})

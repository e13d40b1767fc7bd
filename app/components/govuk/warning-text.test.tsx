import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { WarningText, type WarningTextProps } from './warning-text.tsx'

describe('WarningText', () => {
	it.each(fixtureCases<WarningTextProps>('warning-text'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<WarningText {...options} />))).toBe(normaliseHtml(html))
	})

	it('takes React children as its content', () => {
		const html = renderToStaticMarkup(
			<WarningText>
				You can be <strong>fined</strong>
			</WarningText>,
		)
		expect(normaliseHtml(html)).toBe(
			normaliseHtml(
				'<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> You can be <strong>fined</strong></strong></div>',
			),
		)
	})
})

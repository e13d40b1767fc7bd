import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Panel, type PanelProps } from './panel.tsx'

describe('Panel', () => {
	it.each(fixtureCases<PanelProps>('panel'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Panel {...options} />))).toBe(normaliseHtml(html))
	})

	it('takes React children as its body', () => {
		const html = renderToStaticMarkup(
			<Panel titleText="Application complete">
				Your reference is <strong>HDJ2123F</strong>
			</Panel>,
		)
		expect(html).toContain('<div class="govuk-panel__body">Your reference is <strong>HDJ2123F</strong></div>')
	})
})

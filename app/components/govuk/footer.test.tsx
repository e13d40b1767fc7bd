import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Footer, type FooterProps } from './footer.tsx'

describe('Footer', () => {
	it.each(fixtureCases<FooterProps>('footer'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Footer {...options} />))).toBe(normaliseHtml(html))
	})

	it('can leave out the crown, the licence and the copyright for services that are not GOV.UK', () => {
		const html = renderToStaticMarkup(
			<Footer
				meta={{ items: [{ href: '/accessibility', text: 'Accessibility statement' }], text: 'Run by a council' }}
				contentLicence={null}
				copyright={null}
				hideCrown
			/>,
		)
		expect(html).not.toContain('<svg')
		expect(html).not.toContain('Open Government Licence')
		expect(html).not.toContain('Crown copyright')
		expect(html).not.toContain('govuk-footer__copyright-logo')
		expect(html).toContain('<a class="govuk-footer__link" href="/accessibility">Accessibility statement</a>')
		expect(html).toContain('<div class="govuk-footer__meta-custom">Run by a council</div>')
	})
})

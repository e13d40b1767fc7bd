import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { BackLink, type BackLinkProps } from './back-link.tsx'

describe('BackLink', () => {
	it.each(fixtureCases<BackLinkProps>('back-link'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<BackLink {...options} />))).toBe(normaliseHtml(html))
	})
})
